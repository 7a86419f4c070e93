import type { Event, EventDate, Evidence, SourceBlock } from '../../src/schema/dataset.ts';
import { lastDayOfMonth } from '../../src/domain/days.ts';
import { cmp, issue, type PipelineIssue, type StepResult } from '../issues.ts';
import type { CurationFile, EventInput, EvidenceInput } from '../input-schemas.ts';
import type { YamlSource } from '../yaml-input.ts';
import { locateQuote } from './verify-quotes.ts';

export type CuratedArticle = {
  articleId: string;
  source: YamlSource<CurationFile>;
  paragraphs: readonly string[];
  blocks: readonly SourceBlock[];
};

export type KnownIds = { actors: ReadonlySet<string>; channels: ReadonlySet<string> };

/**
 * Builds the events from every curation file: each event defined once, with its own evidence
 * plus the evidence other articles add through `corroborates`. Every quote is located in its
 * article; every id is checked against the registry. Problems name the file, line and field.
 * Events come out sorted by id and their evidence by article, paragraph and offset.
 */
export function buildEvents(
  curated: readonly CuratedArticle[],
  known: KnownIds,
  /** Some curation file could not be read: an event it defines may be what a corroboration points at. */
  { incomplete = false }: { incomplete?: boolean } = {},
): StepResult<Event[]> {
  const issues: PipelineIssue[] = [];
  const events = new Map<string, { event: Event; file: string }>();

  for (const article of curated) {
    const { file, value, lineOf } = article.source;
    value.events.forEach((input, i) => {
      const at = (field: string, path: PropertyKey[]) => ({ line: lineOf(['events', i, ...path]), field: `events[${i}].${field}` });
      const previous = events.get(input.id);
      if (previous) {
        issues.push(issue(file, `duplicate event id "${input.id}" (already defined in ${previous.file})`, at('id', ['id'])));
        return;
      }
      issues.push(...checkEventRefs(file, input, known, at));
      const date = expandDate(input, file, () => at('date', ['date']), issues);
      const evidence = locateAll(article, input.evidence, known, (j, f) => at(`evidence[${j}].${f}`, ['evidence', j, f]), issues);
      events.set(input.id, {
        file,
        event: {
          id: input.id,
          type: input.type,
          date,
          channelIds: [...new Set(input.channels)].sort(cmp),
          actorIds: [...new Set(input.actors)].sort(cmp),
          summary: input.summary.trim(),
          statusEffects: input.status.map((s) => ({
            channelId: s.channel,
            status: s.status,
            effective: s.effective ?? date.start,
            precision: s.precision ?? (s.effective ? 'day' : date.precision),
          })),
          evidence,
          notes: input.notes.map((n) => ({ field: n.field, note: n.note.trim() })),
          draft: input.draft,
        },
      });
    });
  }

  for (const article of curated) {
    const { file, value, lineOf } = article.source;
    value.corroborates.forEach((c, i) => {
      const target = events.get(c.event);
      if (!target) {
        if (incomplete) return;
        issues.push(issue(file, `no event "${c.event}" is defined in any curation file`, { line: lineOf(['corroborates', i, 'event']), field: `corroborates[${i}].event` }));
        return;
      }
      const at = (j: number, f: string) => ({ line: lineOf(['corroborates', i, 'evidence', j, f]), field: `corroborates[${i}].evidence[${j}].${f}` });
      target.event.evidence.push(...locateAll(article, c.evidence, known, at, issues));
    });
  }

  const out = [...events.values()].map((e) => e.event).sort((a, b) => cmp(a.id, b.id));
  for (const e of out) e.evidence.sort((a, b) => cmp(a.articleId, b.articleId) || a.paragraph - b.paragraph || a.start - b.start);
  return { value: out, issues };
}

type Where = { line: number | undefined; field: string };

function checkEventRefs(file: string, input: EventInput, known: KnownIds, at: (field: string, path: PropertyKey[]) => Where): PipelineIssue[] {
  const out: PipelineIssue[] = [];
  input.channels.forEach((c, j) => {
    if (!known.channels.has(c)) out.push(issue(file, `unknown channel id "${c}" (not in seeds/registry/channels.yaml)`, at(`channels[${j}]`, ['channels', j])));
  });
  input.actors.forEach((a, j) => {
    if (!known.actors.has(a)) out.push(issue(file, `unknown actor id "${a}" (not in seeds/registry/actors.yaml)`, at(`actors[${j}]`, ['actors', j])));
  });
  input.status.forEach((s, j) => {
    if (!input.channels.includes(s.channel)) {
      out.push(issue(file, `status names channel "${s.channel}", which is not among the event's channels`, at(`status[${j}].channel`, ['status', j, 'channel'])));
    }
  });
  return out;
}

/**
 * Fills in `end` and checks that the span agrees with the precision: a day is one day, a
 * month runs from its first to its last day, a year from 1 January to 31 December.
 */
/** `where` is called only for a problem: finding a line re-reads the YAML (yaml-input.ts). */
function expandDate(input: EventInput, file: string, where: () => Where, issues: PipelineIssue[]): EventDate {
  const d = input.date;
  const start = d.start;
  const end = d.end ?? defaultEnd(start, d.precision);
  const problem = dateProblem(start, end, d.precision);
  if (problem) issues.push(issue(file, problem, where()));
  return { start, end, precision: d.precision, basis: d.basis, note: d.note.trim() };
}

function defaultEnd(start: string, precision: EventDate['precision']): string {
  if (precision === 'month') return lastDayOfMonth(start);
  if (precision === 'year') return `${start.slice(0, 4)}-12-31`;
  return start;
}

function dateProblem(start: string, end: string, precision: EventDate['precision']): string | null {
  if (end < start) return `end ${end} is before start ${start}`;
  if (precision === 'day' && end !== start) return `precision "day" needs end equal to start (got ${start} to ${end}); use "range"`;
  if (precision === 'month' && (start.slice(8) !== '01' || end !== lastDayOfMonth(start))) {
    return `precision "month" needs the first and last day of one month (got ${start} to ${end})`;
  }
  if (precision === 'year' && (start.slice(5) !== '01-01' || end !== `${start.slice(0, 4)}-12-31`)) {
    return `precision "year" needs 1 January to 31 December of one year (got ${start} to ${end})`;
  }
  if (precision === 'part-month' && start.slice(0, 7) !== end.slice(0, 7)) {
    return `precision "part-month" must stay within one month (got ${start} to ${end})`;
  }
  return null;
}

function locateAll(
  article: CuratedArticle,
  inputs: readonly EvidenceInput[],
  known: KnownIds,
  at: (j: number, field: string) => Where,
  issues: PipelineIssue[],
): Evidence[] {
  const file = article.source.file;
  const out: Evidence[] = [];
  inputs.forEach((input, j) => {
    input.speakers.forEach((s) => {
      if (!known.actors.has(s)) issues.push(issue(file, `unknown actor id "${s}" (not in seeds/registry/actors.yaml)`, at(j, 'speakers')));
    });
    const located = locateQuote(article.paragraphs, article.blocks, input.quote);
    if ('problem' in located) {
      issues.push(issue(file, `quote ${located.problem}: "${preview(input.quote)}"`, at(j, 'quote')));
      return;
    }
    out.push({
      articleId: article.articleId,
      quote: article.paragraphs[located.found.paragraph]!.slice(located.found.start, located.found.end),
      ...located.found,
      reporting: input.reporting,
      speakerIds: [...new Set(input.speakers)].sort(cmp),
    });
  });
  return out;
}

function preview(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > 80 ? `${q.slice(0, 77)}…` : q;
}
