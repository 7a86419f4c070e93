import { describe, expect, it } from 'vitest';
import { findUnlinkedNames } from '../../../../pipeline/steps/unlinked-names.ts';

const names = (text: string) => findUnlinkedNames([text], [], []).map((u) => u.text);

describe('findUnlinkedNames: the forms names take in news text', () => {
  it.each([
    ["China's Defence Minister Dong Jun held talks.", ['Dong Jun']],
    ["The call was agreed during Jake Sullivan's visit.", ['Jake Sullivan']],
    ['Secretary of War Pete Hegseth spoke.', ['Pete Hegseth']],
    ['Secretary of Defense Lloyd J. Austin III spoke today.', ['Lloyd J. Austin III']],
    ['Gen Charles Q Brown became chairman.', ['Charles Q Brown']],
    ['He met South Korean Defense Minister Kim Yong-hyun.', ['Kim Yong-hyun']],
    ['They agreed at a summit near San Francisco.', []],
    ['Xi spoke at the Great Hall of the People.', []],
    ['Fellows of the Pacific Deterrence Review wrote it.', []],
    ['It was the first U.S. Secretary to visit.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
