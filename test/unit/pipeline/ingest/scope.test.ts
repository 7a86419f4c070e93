import { describe, expect, it } from 'vitest';
import { inScope, type ScopeCues } from '../../../../pipeline/ingest/scope.ts';

const none: ScopeCues = { sides: new Set(), militaryActor: false, militaryContext: false, mechanism: false, leader: false, context: '' };

describe('inScope: is the clause about US–China military contact?', () => {
  it.each([
    ['both sides and a military word', 'U.S. and Chinese military officials met in Shanghai.', none, true],
    ['the leaders', 'Biden and Xi agreed at a summit to restore ties.', { ...none, leader: true }, true],
    ['a military actor from the registry', 'Austin and Dong last met in Singapore.', { ...none, militaryActor: true, sides: new Set(['us'] as const) }, true],
    ['a military context from the paragraph', 'The two sides agreed to hold the next round of talks.', { ...none, context: 'The militaries held MMCA talks.' }, true],
    ['a named mechanism', 'The working group met in Honolulu.', { ...none, mechanism: true }, true],
    ['a third country and no Chinese side', 'Austin held talks with South Korean Defense Minister Kim.', { ...none, militaryActor: true }, false],
    ['a venue is not a participant', 'The two leaders last met in person in Bali, Indonesia, on the sidelines of the G20 summit.', none, true],
    ['no military or leaders cue', 'Sullivan held talks with Wang in Beijing.', none, false],
    ['a civilian topic in a military article', 'It would suspend bilateral climate talks.', { ...none, context: 'China halts military talks.' }, false],
  ])('%s', (_name, clause, cues, expected) => {
    expect(inScope(clause, cues)).toBe(expected);
  });
});
