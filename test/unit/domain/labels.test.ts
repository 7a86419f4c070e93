import { describe, expect, it } from 'vitest';
import { countLabel } from '../../../src/domain/labels.ts';

describe('countLabel', () => {
  it.each([
    [0, 'event', undefined, '0 events'],
    [1, 'event', undefined, '1 event'],
    [2, 'event', undefined, '2 events'],
    [1, 'activity', 'activities', '1 activity'],
    [3, 'activity', 'activities', '3 activities'],
  ])('%i %s → %s', (n, singular, plural, expected) => {
    expect(countLabel(n, singular, plural)).toBe(expected);
  });
});
