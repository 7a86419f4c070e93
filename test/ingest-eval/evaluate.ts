import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { lastDayOfMonth } from '../../src/domain/days.ts';
import { Day, Id } from '../../src/schema/dataset.ts';
import { DateBasis, DatePrecision, EventDatePrecision, EventType } from '../../src/schema/enums.ts';
import { articleIdFromStem } from '../../pipeline/build-dataset.ts';
import { findDateExpressions } from '../../pipeline/ingest/date-expressions.ts';
import { ingestArticle, type IngestedArticle } from '../../pipeline/ingest/ingest-article.ts';
import { parseRegistry } from '../../pipeline/ingest/registry-input.ts';
import type { Registry } from '../../pipeline/registry.ts';
import { normalizeWhitespace } from '../../pipeline/steps/normalize-whitespace.ts';

// The evaluation harness of `npm run ingest`: runs the pure ingest step on each article of
// test/ingest-eval/<set>/ and compares what it finds with the hand-written expected facts
// beside it (<name>.expected.yaml; the format is in test/ingest-eval/README.md).
// Used by test/unit/pipeline/ingest/evaluation.test.ts (floors) and report.ts (the table).

const DateSpec = z
  .object({ start: Day, end: Day.optional(), precision: EventDatePrecision })
  .strict()
  .transform((d) => ({ ...d, end: d.end ?? defaultEnd(d.start, d.precision) }));

export const ExpectedFacts = z
  .object({
    headline: z.string().min(1),
    published: z.object({ date: Day, precision: DatePrecision, basis: DateBasis }).strict().nullable(),
    outlet: z.string().nullable(),
    authors: z.array(z.string()),
    /** Lines of the raw text (or their beginnings) that cleaning must drop. */
    boilerplate: z.array(z.string().min(1)),
    /** Lines of the raw text (or their beginnings) that must stay in the body. */
    body: z.array(z.string().min(1)),
    /** Every person named in the body (not the byline) who is not in the registry. */
    people: z.array(z.string().min(1)).default([]),
    events: z.array(
      z
        .object({
          /** A fragment of the sentence that reports the event; a suggestion matches when one of its quotes contains it. */
          sentence: z.string().min(1),
          /** Other sentences that report the same event: quoting one of them also matches. */
          also: z.array(z.string().min(1)).default([]),
          type: EventType,
          date: DateSpec,
          /** The acceptable channels; the first is the analyst's choice. */
          channels: z.array(Id).min(1),
        })
        .strict(),
    ),
    /** Sentences a suggestion may quote without being counted right or wrong: borderline cases. */
    optional: z.array(z.string().min(1)).default([]),
    /** Date expressions and what they resolve to against the expected publication date. */
    dates: z.array(z.object({ text: z.string().min(1), in: z.string().min(1), start: Day, end: Day.optional(), precision: EventDatePrecision }).strict()),
  })
  .strict();
export type ExpectedFacts = z.infer<typeof ExpectedFacts>;

function defaultEnd(start: string, precision: string): string {
  if (precision === 'month') return lastDayOfMonth(start);
  if (precision === 'year') return `${start.slice(0, 4)}-12-31`;
  return start;
}

export type EvalArticle = { set: string; name: string; text: string; expected: ExpectedFacts };

export const EVAL_DIR = import.meta.dirname;
export const PROJECT_ROOT = join(EVAL_DIR, '..', '..');

/**
 * Every article of every set, sorted by set then name. `dev`: written first, the rules were
 * built on it; `holdout`: written before its first run, then used to fix general bugs;
 * `blind`: written last, after the rules were frozen (see README.md there for its first run).
 */
export function loadEvalSet(dir = EVAL_DIR): EvalArticle[] {
  const out: EvalArticle[] = [];
  for (const set of ['dev', 'holdout', 'blind']) {
    const folder = join(dir, set);
    const names = readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    for (const name of names) {
      const raw = parse(readFileSync(join(folder, `${name}.expected.yaml`), 'utf8'));
      const expected = ExpectedFacts.safeParse(raw);
      if (!expected.success) throw new Error(`${set}/${name}.expected.yaml: ${z.prettifyError(expected.error)}`);
      out.push({ set, name, text: readFileSync(join(folder, `${name}.txt`), 'utf8'), expected: expected.data });
    }
  }
  return out;
}

/** The project's registry, as `npm run data` reads it. */
export function loadRegistry(root = PROJECT_ROOT): Registry {
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
  const read = (f: string) => ({ file: `seeds/registry/${f}`, text: readFileSync(join(root, 'seeds', 'registry', f), 'utf8') });
  const { registry, issues } = parseRegistry(read('actors.yaml'), read('channels.yaml'), new Set(seeds.map((f) => articleIdFromStem(f.slice(0, -4)))));
  if (!registry) throw new Error(issues.map((i) => i.message).join('\n'));
  return registry;
}

/** Counts that add up across articles; ratios are taken at the end (micro-averages). */
export type Counts = {
  articles: number;
  headline: number;
  published: number;
  publishedWithBasis: number;
  outlet: number;
  authors: number;
  boilerplate: [number, number];
  body: [number, number];
  people: { expected: number; found: number; listed: number };
  events: { expected: number; suggested: number; matched: number; ignored: number; date: number; channel: number; type: number };
  dates: [number, number];
};

export type ArticleReport = { article: EvalArticle; counts: Counts; problems: string[]; ingested: IngestedArticle };

const zero = (): Counts => ({
  articles: 0,
  headline: 0,
  published: 0,
  publishedWithBasis: 0,
  outlet: 0,
  authors: 0,
  boilerplate: [0, 0],
  body: [0, 0],
  people: { expected: 0, found: 0, listed: 0 },
  events: { expected: 0, suggested: 0, matched: 0, ignored: 0, date: 0, channel: 0, type: 0 },
  dates: [0, 0],
});

/**
 * Scores one article. `problems` lists every miss in words, so a falling figure can be
 * traced to the article and the line. Throws when the expected facts do not fit the text
 * (a fragment that is not in it): a broken answer key must not pass for a weak system.
 */
export function evaluateArticle(article: EvalArticle, registry: Registry): ArticleReport {
  const { expected: x } = article;
  const ingested = ingestArticle({ text: article.text, stem: article.name, seedFile: `seeds/${article.name}.txt`, source: article.name, registry });
  const c = zero();
  const problems: string[] = [];
  const miss = (what: string) => problems.push(what);
  c.articles = 1;

  const cleaned = ingested.cleaned;
  if (cleaned.title === x.headline) c.headline = 1;
  else miss(`headline: got ${JSON.stringify(cleaned.title)}`);

  const got = ingested.publication.published;
  const sameValue = got && x.published ? got.date === x.published.date && got.precision === x.published.precision : got === x.published;
  if (sameValue) c.published = 1;
  if (sameValue && (got?.basis ?? null) === (x.published?.basis ?? null)) c.publishedWithBasis = 1;
  if (!sameValue || (got?.basis ?? null) !== (x.published?.basis ?? null)) miss(`published: got ${got ? `${got.date} ${got.precision} ${got.basis}` : 'null'}`);

  if (ingested.metadata.outlet.value === x.outlet) c.outlet = 1;
  else miss(`outlet: got ${JSON.stringify(ingested.metadata.outlet.value)}`);
  if (JSON.stringify(ingested.metadata.authors.value) === JSON.stringify(x.authors)) c.authors = 1;
  else miss(`authors: got ${JSON.stringify(ingested.metadata.authors.value)}`);

  const blocks = cleaned.blocks.map((b) => ({ norm: normalizeWhitespace(b.text), body: b.role === 'body' }));
  const blockOf = (line: string, kind: string) => {
    const l = normalizeWhitespace(line);
    const b = blocks.find((bl) => bl.norm === l) ?? blocks.find((bl) => bl.norm.startsWith(l));
    if (!b) throw new Error(`${article.set}/${article.name}: ${kind} line not in the text: ${JSON.stringify(line)}`);
    return b;
  };
  for (const line of x.boilerplate) {
    c.boilerplate[1]++;
    if (!blockOf(line, 'boilerplate').body) c.boilerplate[0]++;
    else miss(`boilerplate kept: ${JSON.stringify(line)}`);
  }
  for (const line of x.body) {
    c.body[1]++;
    if (blockOf(line, 'body').body) c.body[0]++;
    else miss(`body line dropped: ${JSON.stringify(line)}`);
  }

  const listed = ingested.unlinked.map((u) => u.text);
  c.people = { expected: x.people.length, found: x.people.filter((p) => listed.includes(p)).length, listed: listed.length };
  for (const p of x.people) if (!listed.includes(p)) miss(`unlinked name not listed: ${p}`);
  for (const l of listed) if (!x.people.includes(l)) miss(`listed as a person but is not one (or is in the registry): ${l}`);

  scoreEvents(article, ingested, c, miss);

  for (const d of x.dates) {
    c.dates[1]++;
    const at = d.in.toLowerCase().indexOf(d.text.toLowerCase());
    if (at < 0) throw new Error(`${article.set}/${article.name}: date text ${JSON.stringify(d.text)} is not in ${JSON.stringify(d.in)}`);
    const ref = x.published ? { date: x.published.date, precision: x.published.precision, basis: x.published.basis } : null;
    const e = findDateExpressions(d.in, ref).find((f) => f.index < at + d.text.length && at < f.end);
    const end = d.end ?? defaultEnd(d.start, d.precision);
    if (e && e.start === d.start && e.endDay === end && e.precision === d.precision) c.dates[0]++;
    else miss(`date ${JSON.stringify(d.text)}: got ${e ? `${e.start}..${e.endDay} ${e.precision} ("${e.text}")` : 'nothing'}, want ${d.start}..${end} ${d.precision}`);
  }
  return { article, counts: c, problems, ingested };
}

function scoreEvents(article: EvalArticle, ingested: IngestedArticle, c: Counts, miss: (s: string) => void) {
  const body = normalizeWhitespace(ingested.cleaned.paragraphs.join(' '));
  const fragments = (e: ExpectedFacts['events'][number]) => [e.sentence, ...e.also].map(normalizeWhitespace);
  for (const f of [...article.expected.events.flatMap(fragments), ...article.expected.optional.map(normalizeWhitespace)]) {
    if (!body.includes(f)) throw new Error(`${article.set}/${article.name}: event fragment not in the cleaned body: ${JSON.stringify(f)}`);
  }
  const suggestions = ingested.suggestions.filter((s) => s.date !== null);
  const quotesOf = (s: (typeof suggestions)[number]) => s.quotes.map((q) => normalizeWhitespace(q.text));
  const contains = (s: (typeof suggestions)[number], f: string) => quotesOf(s).some((q) => q.includes(f));
  const used = new Set<number>();
  c.events.expected = article.expected.events.length;

  for (const e of article.expected.events) {
    // The suggestion that quotes the main sentence wins over one that quotes only an "also".
    const main = suggestions.findIndex((s, i) => !used.has(i) && contains(s, normalizeWhitespace(e.sentence)));
    const i = main >= 0 ? main : suggestions.findIndex((s, j) => !used.has(j) && fragments(e).some((f) => contains(s, f)));
    if (i < 0) {
      miss(`event not suggested: ${JSON.stringify(e.sentence)}`);
      continue;
    }
    used.add(i);
    const s = suggestions[i]!;
    c.events.matched++;
    const d = s.date!;
    if (d.start === e.date.start && d.end === e.date.end && d.precision === e.date.precision) c.events.date++;
    else miss(`event date ${JSON.stringify(e.sentence.slice(0, 50))}: got ${d.start}..${d.end} ${d.precision} (${d.note}), want ${e.date.start}..${e.date.end} ${e.date.precision}`);
    if (e.channels.includes(s.channel)) c.events.channel++;
    else miss(`event channel ${JSON.stringify(e.sentence.slice(0, 50))}: got ${s.channel}, want ${e.channels.join('|')}`);
    if (s.type === e.type) c.events.type++;
    else miss(`event type ${JSON.stringify(e.sentence.slice(0, 50))}: got ${s.type}, want ${e.type}`);
  }
  const optional = article.expected.optional.map(normalizeWhitespace);
  suggestions.forEach((s, i) => {
    if (used.has(i)) return;
    if (optional.some((f) => contains(s, f))) {
      c.events.ignored++;
      return;
    }
    miss(`suggestion not expected: ${s.type} ${s.channel} ${JSON.stringify(quotesOf(s)[0]!.slice(0, 90))}`);
  });
  c.events.suggested = suggestions.length - c.events.ignored;
}

export function sumCounts(list: readonly Counts[]): Counts {
  const t = zero();
  for (const c of list) {
    t.articles += c.articles;
    t.headline += c.headline;
    t.published += c.published;
    t.publishedWithBasis += c.publishedWithBasis;
    t.outlet += c.outlet;
    t.authors += c.authors;
    t.boilerplate = [t.boilerplate[0] + c.boilerplate[0], t.boilerplate[1] + c.boilerplate[1]];
    t.body = [t.body[0] + c.body[0], t.body[1] + c.body[1]];
    t.dates = [t.dates[0] + c.dates[0], t.dates[1] + c.dates[1]];
    for (const k of ['expected', 'found', 'listed'] as const) t.people[k] += c.people[k];
    for (const k of Object.keys(t.events) as (keyof Counts['events'])[]) t.events[k] += c.events[k];
  }
  return t;
}

/** The figures the README quotes, as fractions in [0, 1]. */
export type Figures = {
  articles: number;
  eventPrecision: number;
  eventRecall: number;
  eventDate: number;
  eventChannel: number;
  eventType: number;
  relativeDates: number;
  publishedDate: number;
  publishedDateAndBasis: number;
  headline: number;
  boilerplateRemoved: number;
  bodyKept: number;
  unlinkedRecall: number;
  unlinkedPrecision: number;
  outlet: number;
  byline: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function figuresOf(c: Counts): Figures {
  return {
    articles: c.articles,
    eventPrecision: ratio(c.events.matched, c.events.suggested),
    eventRecall: ratio(c.events.matched, c.events.expected),
    eventDate: ratio(c.events.date, c.events.matched),
    eventChannel: ratio(c.events.channel, c.events.matched),
    eventType: ratio(c.events.type, c.events.matched),
    relativeDates: ratio(c.dates[0], c.dates[1]),
    publishedDate: ratio(c.published, c.articles),
    publishedDateAndBasis: ratio(c.publishedWithBasis, c.articles),
    headline: ratio(c.headline, c.articles),
    boilerplateRemoved: ratio(c.boilerplate[0], c.boilerplate[1]),
    bodyKept: ratio(c.body[0], c.body[1]),
    unlinkedRecall: ratio(c.people.found, c.people.expected),
    unlinkedPrecision: ratio(c.people.found, c.people.listed),
    outlet: ratio(c.outlet, c.articles),
    byline: ratio(c.authors, c.articles),
  };
}

/** Evaluates every article; per set and overall. */
export function evaluateAll(articles = loadEvalSet(), registry = loadRegistry()) {
  const reports = articles.map((a) => evaluateArticle(a, registry));
  const bySet = (set: string) => sumCounts(reports.filter((r) => r.article.set === set).map((r) => r.counts));
  const all = sumCounts(reports.map((r) => r.counts));
  return { reports, dev: bySet('dev'), holdout: bySet('holdout'), blind: bySet('blind'), all };
}

const ROWS: [keyof Figures, string, (c: Counts) => string][] = [
  ['eventPrecision', 'Suggested events: precision', (c) => `${c.events.matched}/${c.events.suggested}`],
  ['eventRecall', 'Suggested events: recall', (c) => `${c.events.matched}/${c.events.expected}`],
  ['eventDate', 'Event dates right (of matched)', (c) => `${c.events.date}/${c.events.matched}`],
  ['eventChannel', 'Event channel right (of matched)', (c) => `${c.events.channel}/${c.events.matched}`],
  ['eventType', 'Event type right (of matched)', (c) => `${c.events.type}/${c.events.matched}`],
  ['relativeDates', 'Relative date expressions resolved', (c) => `${c.dates[0]}/${c.dates[1]}`],
  ['publishedDate', 'Publication date (value)', (c) => `${c.published}/${c.articles}`],
  ['publishedDateAndBasis', 'Publication date (value + basis)', (c) => `${c.publishedWithBasis}/${c.articles}`],
  ['headline', 'Headline', (c) => `${c.headline}/${c.articles}`],
  ['boilerplateRemoved', 'Boilerplate lines removed', (c) => `${c.boilerplate[0]}/${c.boilerplate[1]}`],
  ['bodyKept', 'Body lines kept', (c) => `${c.body[0]}/${c.body[1]}`],
  ['unlinkedRecall', 'Unregistered people listed (recall)', (c) => `${c.people.found}/${c.people.expected}`],
  ['unlinkedPrecision', 'Unlinked names that are people (precision)', (c) => `${c.people.found}/${c.people.listed}`],
  ['outlet', 'Outlet', (c) => `${c.outlet}/${c.articles}`],
  ['byline', 'Byline', (c) => `${c.authors}/${c.articles}`],
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A Markdown table: one row per figure, one column per set. */
export function formatTable(sets: { label: string; counts: Counts }[]): string {
  const head = `| measure | ${sets.map((s) => `${s.label} (${s.counts.articles} articles)`).join(' | ')} |`;
  const rule = `|---|${sets.map(() => '---:').join('|')}|`;
  const rows = ROWS.map(([key, label, raw]) => `| ${label} | ${sets.map((s) => `${pct(figuresOf(s.counts)[key])} (${raw(s.counts)})`).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
