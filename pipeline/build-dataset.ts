import { createHash } from 'node:crypto';
import { addDays, lastDayOfMonth, maxDay, minDay } from '../src/domain/days.ts';
import { deriveStatusIntervals } from '../src/domain/status-intervals.ts';
import {
  ArticleBodySchema,
  DatasetSchema,
  type Article,
  type ArticleBody,
  type Dataset,
  type Day,
  type Event,
  type FieldProvenance,
  type Mention,
  type Published,
} from '../src/schema/dataset.ts';
import { checkIntegrity } from '../src/schema/integrity.ts';
import { ActorsFile, ChannelsFile, CurationFile } from './input-schemas.ts';
import { cmp, hasErrors, issue, type PipelineIssue } from './issues.ts';
import { checkRegistry, toActor, toChannel } from './registry.ts';
import { cleanArticle, type CleanedArticle } from './steps/clean.ts';
import { buildEvents, type CuratedArticle } from './steps/events.ts';
import { compileMentionMatcher, findMentions } from './steps/mentions.ts';
import { extractMetadata } from './steps/metadata.ts';
import { findPublicationDate } from './steps/publication-date.ts';
import { findUnlinkedNames, knownNames } from './steps/unlinked-names.ts';
import { parseYamlInput, type YamlSource } from './yaml-input.ts';

export type InputFile = { file: string; text: string };
export type SeedFile = { file: string; stem: string; bytes: Uint8Array };

/** Everything `npm run data` reads, already off the disk. */
export type PipelineInputs = {
  seeds: SeedFile[];
  curation: (InputFile & { stem: string })[];
  actors: InputFile;
  channels: InputFile;
};

export type PipelineOutput = {
  dataset: Dataset;
  bodies: ArticleBody[];
};

/** 000_ad52e1e9c47da241 → 000-ad52e1e9c47da241: a slug that stays stable while the file name does. */
export function articleIdFromStem(stem: string): string {
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

type ArticleDraft = {
  id: string;
  seed: SeedFile;
  cleaned: CleanedArticle;
  curation: YamlSource<CurationFile> | null;
  mentions: Mention[];
};

/**
 * seeds → dataset, in DESIGN.md's order: clean, date, mentions, events, verify, derive
 * status, validate. Pure: same inputs, same bytes. All problems from all files are collected
 * and returned together; the output is null when any is an error, so nothing gets written.
 */
export function buildDataset(inputs: PipelineInputs): { output: PipelineOutput | null; issues: PipelineIssue[] } {
  const issues: PipelineIssue[] = [];
  const seeds = [...inputs.seeds].sort((a, b) => cmp(a.file, b.file));

  // Ids first: the registry refers to articles, and two seed names may collapse to one id.
  const idOwner = new Map<string, string>();
  for (const seed of seeds) {
    const id = articleIdFromStem(seed.stem);
    const owner = idOwner.get(id);
    if (owner) issues.push(issue(seed.file, `its article id "${id}" is also the id of ${owner}: rename one of the files`));
    idOwner.set(id, seed.file);
  }
  const articleIds = new Set(idOwner.keys());

  const actorsSrc = collect(issues, parseYamlInput(inputs.actors.file, inputs.actors.text, ActorsFile));
  const channelsSrc = collect(issues, parseYamlInput(inputs.channels.file, inputs.channels.text, ChannelsFile));
  const registry = actorsSrc && channelsSrc ? collect(issues, checkRegistry(actorsSrc, channelsSrc, articleIds)) : null;

  const seedStems = new Set(seeds.map((s) => s.stem));
  const curationByStem = new Map<string, YamlSource<CurationFile> | null>();
  for (const c of [...inputs.curation].sort((a, b) => cmp(a.file, b.file))) {
    if (!seedStems.has(c.stem)) {
      issues.push(issue(c.file, `curation for "${c.stem}", but there is no seeds/${c.stem}.txt`));
      continue;
    }
    curationByStem.set(c.stem, collect(issues, parseYamlInput(c.file, c.text, CurationFile)));
  }

  const matcher = registry ? compileMentionMatcher(registry.actors) : null;
  const drafts: ArticleDraft[] = [];
  for (const seed of seeds) {
    const text = decodeSeed(seed, issues);
    if (text === null) continue;
    const cleaning = cleanArticle(text, seed.file);
    issues.push(...cleaning.issues);
    // A seed that could not be read is reported once; its curation is not checked against
    // an empty text, which would only add a list of misleading "quote not found" errors.
    if (hasErrors(cleaning.issues)) continue;
    const id = articleIdFromStem(seed.stem);
    drafts.push({
      id,
      seed,
      cleaned: cleaning.value,
      curation: curationByStem.get(seed.stem) ?? null,
      mentions: matcher ? findMentions(cleaning.value.paragraphs, matcher, id) : [],
    });
  }

  if (!registry) return { output: null, issues };

  const curated: CuratedArticle[] = drafts.flatMap((d) =>
    d.curation ? [{ articleId: d.id, source: d.curation, paragraphs: d.cleaned.paragraphs, blocks: d.cleaned.blocks }] : [],
  );
  const known = { actors: new Set(registry.actors.map((a) => a.id)), channels: new Set(registry.channels.map((c) => c.id)) };
  const unreadable = [...curationByStem.values()].some((c) => c === null);
  const events = collect(issues, buildEvents(curated, known, { incomplete: unreadable }));
  if (hasErrors(issues)) return { output: null, issues };

  const eventIdsByArticle = eventIdsPerArticle(events);
  const registryNames = knownNames(registry.actors);
  const articles = drafts.map((d) => toArticle(d, eventIdsByArticle.get(d.id) ?? [], registry.actors, registryNames));
  const channels = registry.channels.map(toChannel);
  const coverage = coverageOf(events, articles);
  const findings = actorFindings(drafts, events);
  const actors = registry.actors
    .map((a) => toActor(a, findings.get(a.id) ?? { mentionCount: 0, articleIds: [], eventIds: [] }))
    .sort((a, b) => cmp(a.id, b.id));

  const content = {
    schemaVersion: 1 as const,
    version: '000000000000',
    coverage,
    articles,
    actors,
    channels,
    events,
    statusIntervals: deriveStatusIntervals(channels, events, coverage),
  };
  content.version = digest(content);

  const bodies = drafts.map((d) => ArticleBodySchema.parse({ schemaVersion: 1, id: d.id, paragraphs: d.cleaned.paragraphs, blocks: d.cleaned.blocks, mentions: d.mentions }));
  const parsed = DatasetSchema.safeParse(content);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(issue('public/data/dataset.json', i.message, { field: i.path.join('.') }));
    return { output: null, issues };
  }
  for (const problem of checkIntegrity(parsed.data, new Map(bodies.map((b) => [b.id, b])))) {
    issues.push(issue('public/data/dataset.json', problem.message, { field: problem.path }));
  }
  if (hasErrors(issues)) return { output: null, issues };
  return { output: { dataset: parsed.data, bodies }, issues };
}

function collect<T>(issues: PipelineIssue[], result: { value: T; issues: PipelineIssue[] }): T {
  issues.push(...result.issues);
  return result.value;
}

/** Seeds must be UTF-8 text; a binary or mis-encoded file is named, not half-read. */
function decodeSeed(seed: SeedFile, issues: PipelineIssue[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(seed.bytes);
  } catch {
    issues.push(issue(seed.file, 'is not valid UTF-8 text (a binary file, or another encoding): save it as UTF-8'));
    return null;
  }
}

function toArticle(
  d: ArticleDraft,
  eventIds: string[],
  actors: readonly { id: string; name: string; aliases: string[]; shortNames: string[] }[],
  known: ReadonlySet<string>,
): Article {
  const meta = extractMetadata(d.cleaned);
  const date = findPublicationDate(d.cleaned);
  const fix = d.curation?.value.article ?? {};
  const curatedNote = (f: { method: 'curated' | 'inferred'; note: string }): FieldProvenance => ({ method: f.method, note: f.note.trim() });

  const published: Published | null = fix.published ? { ...fix.published, note: fix.published.note.trim() } : date.published;
  return {
    id: d.id,
    seedFile: d.seed.file,
    title: fix.title?.value ?? d.cleaned.title,
    outlet: fix.outlet ? fix.outlet.value : meta.outlet.value,
    originalSource: fix.originalSource ? fix.originalSource.value : meta.originalSource.value,
    authors: fix.authors?.value ?? meta.authors.value,
    published,
    curated: d.curation !== null,
    provenance: {
      title: fix.title
        ? curatedNote(fix.title)
        : d.cleaned.titleFound
          ? { method: 'extracted', note: 'The headline at the top of the article.' }
          : { method: 'inferred', note: 'The text has no headline: this is the first sentence of the lead.' },
      outlet: fix.outlet ? curatedNote(fix.outlet) : { method: meta.outlet.method, note: meta.outlet.note },
      originalSource: fix.originalSource ? curatedNote(fix.originalSource) : { method: meta.originalSource.method, note: meta.originalSource.note },
      authors: fix.authors ? curatedNote(fix.authors) : { method: meta.authors.method, note: meta.authors.note },
      published: fix.published
        ? { method: fix.published.basis === 'inferred' ? 'inferred' : 'curated', note: 'Set by the analyst in the curation file; the reason is in the date note.' }
        : date.published
          ? { method: date.published.basis === 'stated' ? 'extracted' : 'inferred', note: date.note }
          : { method: 'missing', note: date.note },
    },
    paragraphCount: d.cleaned.paragraphs.length,
    removedBlockCount: d.cleaned.blocks.filter((b) => b.role === 'boilerplate' || b.role === 'duplicate').length,
    mentionCount: d.mentions.length,
    actorIds: [...new Set(d.mentions.map((m) => m.actorId))].sort(cmp),
    eventIds,
    unlinkedNames: findUnlinkedNames(d.cleaned.paragraphs, d.mentions, actors, known),
    bodyFile: `articles/${d.id}.json`,
  };
}

/**
 * Per article, the events with at least one evidence quote in it, in event order (by id).
 * One pass over the events: looking the events up per article would cost articles × events.
 */
function eventIdsPerArticle(events: readonly Event[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    for (const articleId of new Set(e.evidence.map((ev) => ev.articleId))) {
      const list = out.get(articleId);
      if (list) list.push(e.id);
      else out.set(articleId, [e.id]);
    }
  }
  return out;
}

type ActorFindings = { mentionCount: number; articleIds: string[]; eventIds: string[] };

/**
 * What the pipeline found about each actor: how often and where it is named, and the events
 * that list it or quote it as a speaker (in event order). Built in one pass over articles and
 * events, keyed by actor id; an actor found nowhere has no entry.
 */
function actorFindings(drafts: readonly ArticleDraft[], events: readonly Event[]): Map<string, ActorFindings> {
  const out = new Map<string, ActorFindings>();
  const entry = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = { mentionCount: 0, articleIds: [], eventIds: [] }));
    return f;
  };
  for (const d of drafts) {
    for (const m of d.mentions) {
      const f = entry(m.actorId);
      f.mentionCount++;
      if (f.articleIds[f.articleIds.length - 1] !== d.id) f.articleIds.push(d.id);
    }
  }
  for (const f of out.values()) f.articleIds.sort(cmp);
  for (const e of events) {
    for (const id of new Set([...e.actorIds, ...e.evidence.flatMap((ev) => ev.speakerIds)])) entry(id).eventIds.push(e.id);
  }
  return out;
}

/**
 * From 1 January of the earliest year any event or publication touches, to the day after
 * the last day they reach: every lane starts `unknown` at the same place.
 */
function coverageOf(events: readonly Event[], articles: readonly Article[]): { start: Day; end: Day } {
  const days: [Day, Day][] = events.map((e) => [e.date.start, e.date.end]);
  for (const a of articles) if (a.published) days.push([a.published.date, periodEnd(a.published)]);
  if (days.length === 0) return { start: '2000-01-01', end: '2000-01-02' };
  const first = days.map((d) => d[0]).reduce(minDay);
  const last = days.map((d) => d[1]).reduce(maxDay);
  return { start: `${first.slice(0, 4)}-01-01`, end: addDays(last, 1) };
}

function periodEnd(p: Published): Day {
  if (p.precision === 'month') return lastDayOfMonth(p.date);
  if (p.precision === 'year') return `${p.date.slice(0, 4)}-12-31`;
  return p.date;
}

/** 12 hex digits of SHA-256 over the content: a link made against other data can tell. */
function digest(content: object): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}
