import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../../pipeline/ingest/ingest-article.ts';
import { loadRegistry } from '../../../ingest-eval/evaluate.ts';

const registry = loadRegistry();
const HEAD = ['US and China hold military talks', 'May 31, 2024'];
const suggest = (...paragraphs: string[]) => {
  const r = ingestArticle({ text: [...HEAD, ...paragraphs].join('\n'), stem: '099_test', seedFile: 'seeds/099_test.txt', source: 'test', registry });
  return { r, s: r.suggestions.map((x) => ({ type: x.type, channel: x.channel, date: x.date && `${x.date.start}..${x.date.end}`, quotes: x.quotes.map((q) => q.text) })) };
};

describe('suggestEvents (through ingestArticle, on the project registry)', () => {
  it('one suggestion per event, with the clause as its verbatim quote', () => {
    const { r, s } = suggest('U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun held talks in Singapore on Friday.');
    expect(s).toEqual([
      {
        type: 'meeting',
        channel: 'defense-ministers',
        date: '2024-05-31..2024-05-31',
        quotes: ['U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun held talks in Singapore on Friday.'],
      },
    ]);
    for (const x of r.suggestions) for (const q of x.quotes) expect(r.cleaned.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
    expect(r.suggestions[0]!.actors).toEqual(['lloyd-austin']);
  });

  it('a sentence that refers back is more evidence for the event, not a new one', () => {
    const { s } = suggest(
      'U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun held talks in Singapore on Friday.',
      'The meeting, on the sidelines of a security forum, lasted just over an hour.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]!.quotes).toHaveLength(2);
  });

  it('the same event told twice with overlapping dates is one event with the narrower date', () => {
    const { s } = suggest(
      'U.S. and Chinese military officials met in Shanghai this week for talks on maritime safety.',
      'The Military Maritime Consultative Agreement working group met on Wednesday and Thursday, the command said.',
    );
    expect(s).toEqual([expect.objectContaining({ type: 'meeting', channel: 'mmca', date: '2024-05-29..2024-05-30' })]);
    expect(s[0]!.quotes).toHaveLength(2);
  });

  it('two events in one sentence become two suggestions, each quoting its clause', () => {
    const { s } = suggest('Biden and Xi agreed at a summit last November to restore military communication, and Defense Secretary Lloyd Austin met Dong Jun in Singapore in May.');
    expect(s.map((x) => [x.type, x.date, x.quotes[0]])).toEqual([
      ['resumption', '2023-11-01..2023-11-30', 'Biden and Xi agreed at a summit last November to restore military communication'],
      ['meeting', '2024-05-01..2024-05-31', 'Defense Secretary Lloyd Austin met Dong Jun in Singapore in May.'],
    ]);
  });

  it('contacts with third countries and non-military talks are not suggested', () => {
    const { s } = suggest(
      'Austin held talks with South Korean Defense Minister Kim Yong-hyun on Friday.',
      'China also said it would suspend bilateral climate talks and cooperation on drug trafficking.',
      'Analysts said the region was watching closely.',
    );
    expect(s).toEqual([]);
  });

  it('the channel of a proposal is what is proposed, not who proposes it', () => {
    const { s } = suggest('Austin also pressed Dong for the resumption of regular talks between U.S. and Chinese theatre commanders.');
    expect(s).toEqual([expect.objectContaining({ type: 'proposal', channel: 'theater-commanders', date: '2024-05-31..2024-05-31' })]);
  });

  it('without a publication date, relative dates stay unresolved and the suggestion has no date', () => {
    const r = ingestArticle({
      text: ['US and China hold military talks', 'U.S. and Chinese defense officials held a video call on Tuesday, the ministry said.'].join('\n'),
      stem: '099_test',
      seedFile: 'seeds/099_test.txt',
      source: 'test',
      registry,
    });
    expect(r.publication.published).toBeNull();
    expect(r.suggestions).toEqual([expect.objectContaining({ type: 'video-conference', date: null })]);
    expect(r.events).toEqual([]);
    expect(r.yaml).toContain('# Undated suggestions');
  });
});
