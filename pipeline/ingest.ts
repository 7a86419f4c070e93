import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isCalendarDay, type Published } from '../src/schema/dataset.ts';
import { articleIdFromStem, buildDataset, type PipelineInputs } from './build-dataset.ts';
import { ingestArticle, type IngestedArticle } from './ingest/ingest-article.ts';
import { parseRegistry } from './ingest/registry-input.ts';
import { checkGivenName, decodeInput, nextSeedNumber, seedStem } from './ingest/seed-name.ts';
import { formatIssues, hasErrors, type PipelineIssue } from './issues.ts';
import { readInputs } from './read-inputs.ts';
import { serializeDataset } from './serialize-dataset.ts';
import { writeDatasetAtomically } from './write-dataset.ts';

// `npm run ingest -- FILE...`: copies each raw article into seeds/ unchanged and writes a
// draft curation file for it (pipeline/ingest/ does the reading; this module touches the
// disk and exits). Then it rebuilds public/data, so the article and its draft events are on
// the timeline at once.
//
// Never loses data: every input is checked, and the whole result run through the real
// pipeline in memory, before anything is written; nothing is overwritten without --force;
// a text already in seeds/ (same bytes) is not copied again. Either all inputs are written
// or none.

const USAGE = `Usage: npm run ingest -- [options] FILE...

Copies each article into seeds/ and writes a draft curation file for it in seeds/curation/,
then rebuilds public/data.

Options:
  --name NAME             the seed's file name (one FILE only); default NNN_<headline>.txt
  --published YYYY-MM-DD  the publication date, when the text does not print one
  --force                 overwrite an existing seed or curation file of the same name
  --dry-run               print what would be written; write nothing
  --no-data               do not rebuild public/data afterwards
  --root DIR              the project folder (default: the current folder)`;

type Options = { root: string; files: string[]; name?: string; published?: Published; force: boolean; dryRun: boolean; data: boolean };

/** What ingest will do with one input, decided before anything is written. */
type Plan =
  | { kind: 'duplicate'; input: string; seed: string }
  | { kind: 'draft'; input: string; stem: string; copy: Uint8Array | null; ingested: IngestedArticle };

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if ('help' in options) {
    console.log(USAGE);
    return 0;
  }
  if ('problem' in options) {
    console.error(`${options.problem}\n\n${USAGE}`);
    return 1;
  }
  const { root } = options;
  const seedsDir = join(root, 'seeds');
  if (!existsSync(join(seedsDir, 'registry'))) {
    console.error(`${join(root, 'seeds/registry')}: not found: run ingest from the project folder, or give --root`);
    return 1;
  }
  const existing = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const read = (f: string) => ({ file: `seeds/registry/${f}`, text: readFileSync(join(seedsDir, 'registry', f), 'utf8') });
  const articleIds = new Set(existing.map((f) => articleIdFromStem(f.slice(0, -4))));
  const { registry, issues: registryIssues } = parseRegistry(read('actors.yaml'), read('channels.yaml'), articleIds);
  if (!registry) {
    console.error(`${formatIssues(registryIssues)}\n\nThe registry has errors: fix them first (ingest matches names against it). Nothing was written.`);
    return 1;
  }

  // 1. Plan every input; collect every problem.
  const problems: string[] = [];
  const plans: Plan[] = [];
  const stems = existing.map((f) => f.slice(0, -4));
  const seen = new Map<string, string>(); // bytes (latin1 key) → the seed or input that has them
  for (const f of existing) seen.set(readFileSync(join(seedsDir, f)).toString('latin1'), `seeds/${f}`);
  for (const input of options.files) {
    const shown = display(input);
    const bytes = readBytes(input);
    if ('problem' in bytes) {
      problems.push(`${shown}: ${bytes.problem}`);
      continue;
    }
    const decoded = decodeInput(bytes.value);
    if ('problem' in decoded) {
      problems.push(`${shown}: ${decoded.problem}`);
      continue;
    }
    const key = Buffer.from(bytes.value).toString('latin1');
    const same = seen.get(key);
    if (same && !same.startsWith('seeds/')) {
      problems.push(`${shown}: the same text as ${same}, given twice`);
      continue;
    }
    let stem: string;
    let copy: Uint8Array | null = bytes.value;
    if (same) {
      // Already a seed, byte for byte: no second copy. A seed without curation gets its draft.
      stem = basename(same, '.txt');
      copy = null;
      if (existsSync(join(seedsDir, 'curation', `${stem}.yaml`)) && !options.force) {
        plans.push({ kind: 'duplicate', input: shown, seed: same });
        continue;
      }
    } else if (options.name) {
      const given = checkGivenName(options.name, stems);
      if ('problem' in given) {
        problems.push(given.problem);
        continue;
      }
      stem = given.stem;
    } else {
      const headline = ingestArticle({ text: decoded.text, stem: 'probe', seedFile: 'seeds/probe.txt', source: shown, registry }).cleaned.title;
      stem = seedStem(nextSeedNumber([...stems.map((s) => `${s}.txt`)]), headline, basename(input));
    }
    const seedFile = `seeds/${stem}.txt`;
    const curationFile = `seeds/curation/${stem}.yaml`;
    if (copy && existsSync(join(root, seedFile)) && !options.force) {
      problems.push(`${shown}: ${seedFile} already exists with other content; choose another --name, or use --force to overwrite it`);
      continue;
    }
    if (existsSync(join(root, curationFile)) && !options.force) {
      problems.push(`${shown}: ${curationFile} already exists; it is not overwritten (use --force to replace it with a new draft)`);
      continue;
    }
    const ingested = ingestArticle({ text: decoded.text, stem, seedFile, source: shown, registry, publishedOverride: options.published ?? null });
    if (hasErrors(ingested.issues)) {
      problems.push(...ingested.issues.map((i) => `${shown}: ${i.message}${i.line ? ` (line ${i.line})` : ''}`));
      continue;
    }
    seen.set(key, shown);
    stems.push(stem);
    plans.push({ kind: 'draft', input: shown, stem, copy, ingested });
  }
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was written.`);
    return 1;
  }

  // 2. The real pipeline, in memory, with the new seeds and drafts: they must pass it.
  const drafts = plans.filter((p): p is Extract<Plan, { kind: 'draft' }> => p.kind === 'draft');
  const inputs = readInputs(root);
  const withDrafts: PipelineInputs = {
    ...inputs,
    seeds: [...inputs.seeds.filter((s) => !drafts.some((d) => d.stem === s.stem)), ...drafts.map((d) => ({ file: `seeds/${d.stem}.txt`, stem: d.stem, bytes: d.copy ?? readFileSync(join(seedsDir, `${d.stem}.txt`)) }))],
    curation: [...inputs.curation.filter((c) => !drafts.some((d) => d.stem === c.stem)), ...drafts.map((d) => ({ file: `seeds/curation/${d.stem}.yaml`, stem: d.stem, text: d.ingested.yaml }))],
  };
  const built = buildDataset(withDrafts);
  const ours = (i: PipelineIssue) => drafts.some((d) => i.file === `seeds/${d.stem}.txt` || i.file === `seeds/curation/${d.stem}.yaml`);
  const mine = built.issues.filter((i) => ours(i) && i.severity === 'error');
  if (mine.length > 0) {
    console.error(`${formatIssues(mine)}\n\nThe draft would not pass the pipeline (a bug in ingest): nothing was written.`);
    return 1;
  }

  for (const p of plans) if (p.kind === 'duplicate') console.log(`${p.input}: already in seeds as ${p.seed} (same bytes), with its curation file: nothing to do.`);
  if (drafts.length === 0) return 0;

  // 3. Write: seeds first, then the drafts; undo this run's files if anything fails.
  if (options.dryRun) {
    for (const d of drafts) console.log(`${summary(d)}\n\n--- seeds/curation/${d.stem}.yaml (not written: --dry-run)\n${d.ingested.yaml}`);
    return 0;
  }
  const written: string[] = [];
  try {
    for (const d of drafts) {
      const flag = options.force ? 'w' : 'wx';
      if (d.copy) {
        writeFileSync(join(seedsDir, `${d.stem}.txt`), d.copy, { flag });
        written.push(join(seedsDir, `${d.stem}.txt`));
      }
      writeFileSync(join(seedsDir, 'curation', `${d.stem}.yaml`), d.ingested.yaml, { flag });
      written.push(join(seedsDir, 'curation', `${d.stem}.yaml`));
    }
  } catch (error) {
    if (!options.force) for (const f of written) rmSync(f, { force: true });
    console.error(`Could not write ${error instanceof Error ? error.message : String(error)}${options.force ? '' : '; the files of this run were removed again'}.`);
    return 1;
  }
  for (const d of drafts) console.log(summary(d));

  // 4. Rebuild public/data, as `npm run data` would, so the drafts are on the timeline.
  if (!options.data) {
    console.log('\nRun `npm run data` (or `npm run dev`) to see the article and its draft events in the app.');
    return 0;
  }
  if (!built.output || hasErrors(built.issues)) {
    console.error(`\nThe seeds were written, but public/data was not rebuilt: \`npm run data\` fails for other reasons:\n${formatIssues(built.issues.filter((i) => i.severity === 'error'))}`);
    return 1;
  }
  const changed = writeDatasetAtomically(join(root, 'public/data'), serializeDataset(built.output));
  const { dataset } = built.output;
  console.log(`\n${changed ? 'Wrote' : 'Unchanged:'} public/data (${dataset.articles.length} articles, ${dataset.events.length} events, ${dataset.events.filter((e) => e.draft).length} of them drafts).`);
  return 0;
}

function summary(d: Extract<Plan, { kind: 'draft' }>): string {
  const i = d.ingested;
  const p = i.published;
  const events = i.events.length;
  const undated = i.suggestions.length - events;
  const lines = [
    d.copy ? `seeds/${d.stem}.txt  ← ${d.input} (${d.copy.length} bytes, copied unchanged)` : `seeds/${d.stem}.txt  (already there, byte for byte)`,
    `seeds/curation/${d.stem}.yaml  draft: ${events === 0 ? 'no suggested events' : `${events} suggested event${events === 1 ? '' : 's'}, each draft: true`}${undated ? `; ${undated} undated, kept as comments` : ''}`,
    `  headline:  ${i.cleaned.title}`,
    `  published: ${p ? `${p.date} (${p.precision}, ${p.basis})` : `none found: ${i.publication.note} Give it with --published.`}`,
    `  outlet:    ${i.metadata.outlet.value ?? 'none found'}; byline: ${i.metadata.authors.value.join(', ') || 'none found'}`,
  ];
  if (i.unlinked.length) lines.push(`  names not in the registry: ${i.unlinked.map((u) => `${u.text} (${u.count})`).join(', ')}`);
  return lines.join('\n');
}

function parseArgs(argv: string[]): Options | { problem: string } | { help: true } {
  const o: Options = { root: process.cwd(), files: [], force: false, dryRun: false, data: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--force') o.force = true;
      else if (a === '--dry-run') o.dryRun = true;
      else if (a === '--no-data') o.data = false;
      else if (a === '--root') o.root = resolve(value());
      else if (a === '--name') o.name = value();
      else if (a === '--published') {
        const d = value();
        if (!isCalendarDay(d)) return { problem: `--published "${d}": not a calendar day written YYYY-MM-DD` };
        o.published = { date: d, precision: 'day', basis: 'inferred', note: 'Given by the analyst at ingest (--published).' };
      } else if (a === '--help' || a === '-h') return { help: true };
      else if (a.startsWith('--')) return { problem: `unknown option ${a}` };
      else o.files.push(a);
    } catch (e) {
      return { problem: (e as Error).message };
    }
  }
  if (o.files.length === 0) return { problem: 'no FILE given' };
  if (o.name && o.files.length > 1) return { problem: '--name needs exactly one FILE' };
  return o;
}

function readBytes(file: string): { value: Uint8Array } | { problem: string } {
  if (!existsSync(file)) return { problem: 'no such file' };
  if (statSync(file).isDirectory()) return { problem: 'is a folder, not a file' };
  try {
    return { value: readFileSync(file) };
  } catch (e) {
    return { problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

function display(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith('..') ? resolve(file) : rel;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`npm run ingest failed: ${error instanceof Error ? error.message : String(error)}\nNothing was written unless listed above.`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 2;
}
