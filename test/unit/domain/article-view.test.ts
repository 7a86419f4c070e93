import { describe, expect, it } from 'vitest';
import { articleParagraphs, articleQuotes, mentionCounts, mentionsOf, quoteKey } from '../../../src/domain/article-view.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { makeSourceViewBody, makeSourceViewDataset, QUOTES } from '../../support/source-view-fixture.ts';

const index = indexDataset(makeSourceViewDataset());
const body = makeSourceViewBody('art-delta');

describe('articleQuotes', () => {
  it('numbers the article’s quotes in reading order, whatever the event order', () => {
    expect(articleQuotes(index, 'art-delta').map((q) => [q.number, q.key, q.evidence.quote])).toEqual([
      [1, 'evt-delta-talks.0', QUOTES.talks0],
      [2, 'evt-delta-talks.1', QUOTES.talks1],
      [3, 'evt-delta-talks.2', QUOTES.talks2],
      [4, 'evt-delta-draft.0', QUOTES.draft0],
    ]);
  });

  it('leaves out the evidence an event takes from other articles', () => {
    expect(articleQuotes(index, 'art-alpha').map((q) => q.key)).toEqual(['evt-suspension.0']);
    expect(articleQuotes(index, 'art-charlie')).toEqual([]);
  });

  it('quoteKey is the address used in ?quote=', () => {
    expect(quoteKey('evt-a', 2)).toBe('evt-a.2');
  });
});

describe('articleParagraphs', () => {
  it('splits each paragraph where mentions and quotes start or end', () => {
    const paragraphs = articleParagraphs(body, articleQuotes(index, 'art-delta'));
    const view = paragraphs[0]!.map((s) => [s.text, s.mentions.map((m) => m.actorId), s.quotes.map((q) => q.number)]);
    expect(view).toEqual([
      ['Wu ', ['wu-qian'], [1]],
      ['Qian', ['wu-qian'], [1, 2]],
      [' said the hotline would reopen', [], [1, 2]],
      [', and ', [], [2]],
      ['Gen. ', ['charles-brown'], [2]],
      ['Brown', ['charles-brown', 'charles-brown'], [2]],
      [' agreed', [], [2]],
      [' with ', [], []],
      ['Wu', ['wu-qian'], []],
      ['.', [], []],
    ]);
    expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(body.paragraphs);
  });
});

describe('mention helpers', () => {
  it('counts mentions per actor and lists one actor’s in reading order', () => {
    expect(Object.fromEntries(mentionCounts(body))).toEqual({ 'wu-qian': 3, 'charles-brown': 2, 'lloyd-austin': 1 });
    expect(mentionsOf(body, 'wu-qian').map((m) => [m.paragraph, m.start])).toEqual([
      [0, 0],
      [0, 66],
      [1, 11],
    ]);
  });
});
