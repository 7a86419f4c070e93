import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, renderDraft, toEventInput, type DraftInput } from '../../../../pipeline/ingest/draft-yaml.ts';
import type { Suggestion } from '../../../../pipeline/ingest/suggest-events.ts';
import { CurationFile } from '../../../../pipeline/input-schemas.ts';
import { normalizeWhitespace } from '../../../../pipeline/steps/normalize-whitespace.ts';
import { parseYamlInput } from '../../../../pipeline/yaml-input.ts';

const suggestion = (quote: string, over: Partial<Suggestion> = {}): Suggestion => ({
  type: 'meeting',
  date: { start: '2024-05-31', end: '2024-05-31', precision: 'day', basis: 'relative', note: '"on Friday", resolved against the publication date, 2024-05-31 (stated).' },
  dated: true,
  channel: 'defense-ministers',
  channels: ['defense-ministers'],
  channelNote: 'Suggested by ingest from "Defense Secretary" in the sentence.',
  actors: ['lloyd-austin'],
  quotes: [{ paragraph: 0, start: 0, end: quote.length, text: quote }],
  ...over,
});

const input = (suggestions: Suggestion[], over: Partial<DraftInput> = {}): DraftInput => ({
  seedFile: 'seeds/005_talks.txt',
  source: 'talks.txt',
  articleId: '005-talks',
  title: { text: 'Talks', found: true },
  metadata: {
    outlet: { value: 'Reuters', method: 'extracted', note: 'Copyright line.' },
    authors: { value: [], method: 'missing', note: 'No byline.' },
    originalSource: { value: null, method: 'missing', note: 'No source line.' },
  },
  publication: { published: { date: '2024-05-31', precision: 'day', basis: 'stated', note: 'Printed.' }, note: 'Printed.' },
  publishedOverride: null,
  unlinked: [{ text: 'Dong Jun', count: 3 }],
  suggestions,
  ...over,
});

const read = (yaml: string) => parseYamlInput('seeds/curation/005_talks.yaml', yaml, CurationFile);

describe('renderDraft', () => {
  const yaml = renderDraft(input([suggestion('Austin and Dong met on Friday.'), suggestion('They spoke by phone in April.', { type: 'call' })]));

  it('reads back through the curation schema: ids, draft: true, the quote as evidence, reported', () => {
    const events = read(yaml).value!.value.events;
    expect(events.map((e) => [e.id, e.draft, e.type])).toEqual([
      ['evt-draft-005-talks-1', true, 'meeting'],
      ['evt-draft-005-talks-2', true, 'call'],
    ]);
    expect(events[0]!.evidence).toEqual([{ quote: 'Austin and Dong met on Friday.', reporting: 'reported', speakers: [] }]);
    expect(events[0]!.notes).toEqual([{ field: 'channels', note: 'Suggested by ingest from "Defense Secretary" in the sentence.' }]);
    expect(events[0]!.status).toEqual([]);
  });

  it('lists what the pipeline reads and the unlinked names in the header comment', () => {
    expect(yaml).toContain('#   published: 2024-05-31 (day, stated): Printed.');
    expect(yaml).toContain('#   Dong Jun (3 mentions)');
    expect(yaml).toContain('#   status: [{ channel: defense-ministers, status: open }]');
  });

  it('a suggestion without a date is kept as a comment, and the file still reads', () => {
    const text = renderDraft(input([suggestion('Undated talk.', { date: null, dated: false })], { publication: { published: null, note: 'No date printed.' } }));
    expect(read(text).value!.value.events).toEqual([]);
    expect(text).toContain('# Undated suggestions (no publication date to resolve against):');
    expect(text).toContain('#     - quote: "Undated talk."');
  });

  it('--published becomes an article correction', () => {
    const published = { date: '2021-12-01', precision: 'day' as const, basis: 'inferred' as const, note: 'Given by the analyst at ingest (--published).' };
    expect(read(renderDraft(input([], { publishedOverride: published }))).value!.value.article.published).toEqual(published);
  });

  it('any quote text round-trips (YAML specials, quotes, non-Latin script)', () => {
    const piece = fc.constantFrom('Austin', 'met', '#1', 'key: value', '- item', '"quoted"', "'single'", '’s', '“Taiwan card”', '|', '>', '{x}', '[y]', '&a', '*b', '!c', '%', '@', '`', '中美', '—', '...', 'Gen.', '\t', '  ');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
        const quote = parts.join(' ');
        fc.pre(normalizeWhitespace(quote) !== '');
        const s = suggestion(quote);
        const text = renderDraft(input([s]));
        expect(checkDraft('seeds/curation/005_talks.yaml', text, [toEventInput(s, 'evt-draft-005-talks-1')!])).toEqual([]);
        expect(normalizeWhitespace(read(text).value!.value.events[0]!.evidence[0]!.quote)).toBe(normalizeWhitespace(quote));
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkDraft', () => {
  it('names a draft that does not say what was meant', () => {
    const s = suggestion('Austin and Dong met on Friday.');
    const yaml = renderDraft(input([s])).replace('type: meeting', 'type: call');
    expect(checkDraft('f.yaml', yaml, [toEventInput(s, 'evt-draft-005-talks-1')!])).toEqual([
      { file: 'f.yaml', message: 'event 0 does not read back as written', field: 'events[0]', severity: 'error' },
    ]);
  });
});
