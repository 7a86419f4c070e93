import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Published, UnlinkedName } from '../../src/schema/dataset.ts';
import { CurationFile, type EventInput } from '../input-schemas.ts';
import { issue, type PipelineIssue } from '../issues.ts';
import type { ExtractedMetadata } from '../steps/metadata.ts';
import type { PublicationDate } from '../steps/publication-date.ts';
import { parseYamlInput } from '../yaml-input.ts';
import type { Suggestion } from './suggest-events.ts';

export type DraftInput = {
  /** The seed the draft curates, as issues name it: seeds/005_x.txt. */
  seedFile: string;
  /** Where the text came from, for the header comment. */
  source: string;
  articleId: string;
  title: { text: string; found: boolean };
  metadata: ExtractedMetadata;
  publication: PublicationDate;
  /** A publication date the analyst gave at ingest (--published), written as an `article:` correction. */
  publishedOverride: Published | null;
  unlinked: readonly UnlinkedName[];
  suggestions: readonly Suggestion[];
};

/** The event ids of a draft: `evt-draft-<article id>-<n>`, numbered in reading order from 1. */
export const draftEventId = (articleId: string, n: number) => `evt-draft-${articleId}-${n}`;

/** A suggestion as a curation event; null when it has no date (no publication date to resolve against). */
export function toEventInput(s: Suggestion, id: string): EventInput | null {
  if (!s.date) return null;
  const { start, end, precision, basis, note } = s.date;
  return {
    id,
    type: s.type,
    date: end === start && precision === 'day' ? { start, precision, basis, note } : { start, end, precision, basis, note },
    channels: s.channels,
    actors: s.actors,
    summary: summaryOf(s),
    status: [],
    notes: [{ field: 'channels', note: s.channelNote }],
    evidence: s.quotes.map((q) => ({ quote: q.text, reporting: 'reported' as const, speakers: [] })),
    draft: true,
  };
}

/** The reporting sentence, cut to about 160 characters at a word: a starting point for the analyst's summary. */
function summaryOf(s: Suggestion): string {
  const text = s.quotes[0]!.text;
  if (text.length <= 160) return text;
  const cut = text.slice(0, 160);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * The draft curation file: a header comment with what the pipeline read off the text and
 * the names it could not link, then the suggested events, each `draft: true`. Long strings
 * are folded block scalars, as in the hand-written files; lists of ids are flow sequences.
 * A suggestion without a date is written as a comment, so the file still passes the
 * pipeline and nothing is lost.
 */
export function renderDraft(input: DraftInput): string {
  const events = input.suggestions.map((s, i) => ({ s, event: toEventInput(s, draftEventId(input.articleId, i + 1)) }));
  const dated = events.filter((e): e is { s: Suggestion; event: EventInput } => e.event !== null);
  const value: Record<string, unknown> = {};
  if (input.publishedOverride) value.article = { published: input.publishedOverride };
  value.events = dated.map(({ event }) => compact(event));

  const doc = new Document(value);
  foldLongStrings(doc);
  const seq = doc.get('events', true);
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const { s } = dated[i]!;
      const statusHint = s.type === 'proposal' || s.type === 'planned' ? 'proposed' : s.type === 'suspension' ? 'suspended' : s.type === 'refusal' ? 'frozen' : 'open';
      if (isMap(item)) {
        item.commentBefore = [
          ` ${describe(s)}`,
          ` Status effect to add once confirmed, if the event changes the channel's state:`,
          `   status: [{ channel: ${s.channel}, status: ${statusHint} }]`,
        ].join('\n');
      }
    });
    if (seq.items.length === 0) seq.flow = true;
  }
  const body = doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
  const undated = events.filter((e) => e.event === null).map((e) => e.s);
  return `${header(input, dated.length, undated.length)}${body}${undatedBlock(undated)}`;
}

/** Drops defaults the schema fills in (empty lists), so the draft reads like a hand-written file. */
function compact(e: EventInput): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e };
  if (e.status.length === 0) delete out.status;
  out.evidence = e.evidence.map(({ speakers, ...rest }) => (speakers.length ? { ...rest, speakers } : rest));
  return out;
}

function describe(s: Suggestion): string {
  const where = s.quotes.map((q) => q.paragraph + 1).filter((p, i, a) => a.indexOf(p) === i);
  const date = s.date ? (s.date.start === s.date.end ? s.date.start : `${s.date.start} to ${s.date.end}`) : 'undated';
  return `Suggested ${s.type} on ${s.channel}, ${date}; from paragraph${where.length > 1 ? 's' : ''} ${where.join(', ')}.`;
}

function foldLongStrings(doc: Document) {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && ['quote', 'note', 'summary'].includes(key)) {
        if (pair.value.value.length > 60) pair.value.type = Scalar.BLOCK_FOLDED;
      }
      if (isSeq(pair.value) && ['channels', 'actors', 'speakers'].includes(key)) pair.value.flow = true;
    },
  });
}

function header(input: DraftInput, dated: number, undated: number): string {
  const m = input.metadata;
  const p = input.publication.published;
  const lines = [
    `Draft curation written by \`npm run ingest\` for ${input.seedFile}`,
    `(from ${input.source}).`,
    '',
    dated === 0
      ? 'No suggested events below: nothing in the text read as a contact that could be dated.'
      : `${dated} suggested event${dated === 1 ? '' : 's'}, each \`draft: true\`: the app marks them as drafts and can hide them.`,
    'For each one: check the quote, date, channel and actors, fix what is wrong, add a status',
    'effect if it changes a channel, then delete the `draft: true` line; or delete the event.',
    'Keep the ids of events you confirm, or rename them before anything links to them.',
    '',
    'What the pipeline reads off the text (correct a field under `article:` if it is wrong):',
    `  headline:  ${JSON.stringify(input.title.text)}${input.title.found ? '' : ' (no headline found: the first sentence)'}`,
    `  published: ${p ? `${p.date} (${p.precision}, ${p.basis})` : 'none found'}: ${input.publication.note}`,
    `  outlet:    ${m.outlet.value ?? 'none'}: ${m.outlet.note}`,
    `  byline:    ${m.authors.value.length ? m.authors.value.join(', ') : 'none'}: ${m.authors.note}`,
    `  source:    ${m.originalSource.value ?? 'none'}: ${m.originalSource.note}`,
  ];
  if (input.publishedOverride) lines.push(`  published is set below from --published, over what the text gives.`);
  if (undated > 0) {
    lines.push('', `${undated} suggestion${undated === 1 ? '' : 's'} could not be dated without a publication date: they are at the end of`, 'the file as comments. Set `article.published`, then turn them into events.');
  }
  lines.push('');
  if (input.unlinked.length === 0) {
    lines.push('Every person-like name in the text matches the registry.');
  } else {
    lines.push(
      'Names that look like people but match no entry in seeds/registry/actors.yaml. Add a new',
      'official there, or a variant spelling as an alias or misspelling of an existing actor:',
      'the next `npm run data` links it.',
      ...input.unlinked.map((u) => `  ${u.text} (${u.count} mention${u.count === 1 ? '' : 's'})`),
    );
  }
  return `${lines.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}

function undatedBlock(undated: readonly Suggestion[]): string {
  if (undated.length === 0) return '';
  const lines = undated.flatMap((s) => [
    `- type: ${s.type}`,
    `  channels: [${s.channel}]`,
    `  actors: [${s.actors.join(', ')}]`,
    `  evidence:`,
    ...s.quotes.map((q) => `    - quote: ${JSON.stringify(q.text)}`),
  ]);
  return `\n# Undated suggestions (no publication date to resolve against):\n${lines.map((l) => `# ${l}`).join('\n')}\n`;
}

/**
 * Reads a draft back with the real curation schema and checks that it says what was meant:
 * the safety net that a draft always passes `npm run data`. Returns the issues, none when
 * the round trip is exact (evidence quotes may differ in whitespace only, as in curation).
 */
export function checkDraft(file: string, yaml: string, expected: readonly EventInput[]): PipelineIssue[] {
  const parsed = parseYamlInput(file, yaml, CurationFile);
  if (!parsed.value) return parsed.issues;
  const norm = (e: EventInput) => JSON.stringify({ ...e, summary: ws(e.summary), date: { ...e.date, note: ws(e.date.note) }, evidence: e.evidence.map((q) => ({ ...q, quote: ws(q.quote) })), notes: e.notes.map((n) => ({ ...n, note: ws(n.note) })) });
  const got = parsed.value.value.events.map(norm);
  const want = expected.map(norm);
  if (got.length !== want.length) return [issue(file, `the draft holds ${got.length} events, ${want.length} were written`)];
  const bad = got.findIndex((g, i) => g !== want[i]);
  return bad >= 0 ? [issue(file, `event ${bad} does not read back as written`, { field: `events[${bad}]` })] : [];
}

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
