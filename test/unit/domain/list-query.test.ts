import { describe, expect, it } from 'vitest';
import { compareText, firstMatch, normalizeForSearch, queryTerms } from '../../../src/domain/list-query.ts';

describe('normalizeForSearch', () => {
  it.each([
    ['  Xí  Jìnpíng’s ', "xi jinping's"],
    ['“PLA”', '"pla"'],
    ['ÉLY\tRatner', 'ely ratner'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(normalizeForSearch(input)).toBe(out);
  });
});

describe('firstMatch', () => {
  it.each<[string[], string, number]>([
    [['Wu Qian', 'Wu'], 'qian', 0],
    [['Lloyd Austin', 'Austin'], 'AUS', 0],
    [['Charles Q. Brown', 'CQ Brown'], 'cq', 1],
    [['Wu', 'Qian'], 'wu qian', -1], // every word in one name, not spread over two
    [['Li Shangfu'], 'austin', -1],
    [['Li Shangfu'], '', 0],
    [[], '', -1],
  ])('%j with %j → %i', (texts, query, expected) => {
    expect(firstMatch(texts, queryTerms(query))).toBe(expected);
  });
});

describe('compareText', () => {
  it('orders case- and accent-insensitively, then by the exact text, the same in every locale', () => {
    expect(['beta', 'Alpha', 'Éclair', 'alpha', 'delta'].sort(compareText)).toEqual(['Alpha', 'alpha', 'beta', 'delta', 'Éclair']);
  });
});
