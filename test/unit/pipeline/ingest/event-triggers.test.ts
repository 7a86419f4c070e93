import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../../../pipeline/ingest/event-triggers.ts';

const read = (clause: string) => {
  const t = findTrigger(clause);
  return t ? [t.type, t.kind] : null;
};

describe('findTrigger', () => {
  it.each([
    // Contacts, with their medium.
    ['The two ministers held a video call in April.', ['video-conference', 'event']],
    ['Senior officers spoke by phone on October 20.', ['call', 'event']],
    ['He called Li again on Jan. 8.', ['call', 'event']],
    ['Austin and Dong last met in Singapore in May.', ['meeting', 'event']],
    ['Michael Chase spoke with Major General Huang Xueping.', ['contact', 'event']],
    ['It was the first phone call since they met in Bangkok in November last year.', ['meeting', 'event']],
    // The other kinds, and which wins when several words are there.
    ['Austin also pressed Dong for the resumption of regular talks between theatre commanders.', ['proposal', 'event']],
    ['China had turned down his request to meet Defense Minister Dong Jun.', ['refusal', 'event']],
    ['Chinese officials had not responded to requests for calls from Austin.', ['refusal', 'event']],
    ['China said it was cancelling a planned call between theatre commanders.', ['suspension', 'event']],
    ['Biden and Xi agreed last November to restore communication between their armed forces.', ['resumption', 'event']],
    ['The two sides agreed to hold the next round of talks later this year.', ['planned', 'event']],
    ['They also agreed that Biden and Xi would speak by phone in the coming weeks.', ['planned', 'event']],
    ['The U.S. side was willing to establish a crisis communication mechanism.', ['proposal', 'event']],
    // Referring back: evidence for an event already reported.
    ['The meeting, on the sidelines of the Shangri-La Dialogue, lasted just over an hour.', ['meeting', 'anaphor']],
    ['During the meeting, the two sides had frank and constructive discussions.', ['meeting', 'anaphor']],
    ['Li Haidong said the call sends a positive signal.', ['call', 'anaphor']],
    // A noun alone introduces an event only when the clause dates it (the caller checks).
    ["Austin's previous in-person meeting with a Chinese defence minister was in Cambodia.", ['meeting', 'noun']],
  ])('%s', (clause, expected) => {
    expect(read(clause)).toEqual(expected);
  });

  it.each([
    ['a comment refused', 'The ministry declined to comment on the report.'],
    ['a question', 'Did China and the US hold talks between theater commanders this year?'],
    ['a recommendation', 'Both sides should hold talks more often.'],
    ['what did not happen', 'Mattis\'s predecessor, Ash Carter, never visited China.'],
    ['"not severed"', 'Wu said military interactions have not been severed.'],
    ['an urge that is not about contact', 'The command urged China to reconsider its use of dangerous tactics.'],
    ['held something else', 'China held large-scale military exercises near Taiwan.'],
    ['"at the request of" alone', 'It was arranged at the request of the US side.'],
  ])('nothing for %s', (_name, clause) => {
    expect(read(clause)).toBeNull();
  });
});
