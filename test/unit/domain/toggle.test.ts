import { describe, expect, it } from 'vitest';
import { toggleItem } from '../../../src/domain/toggle.ts';

describe('toggleItem', () => {
  it.each([
    [['a', 'b'], 'b', ['a']],
    [['a'], 'c', ['a', 'c']],
    [[], 'a', ['a']],
  ])('%j with %s gives %j', (list, item, out) => expect(toggleItem(list, item)).toEqual(out));
});
