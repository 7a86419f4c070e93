import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { countNodes, fetchAndParse, installProbe, toggleFacet } from './browser-probe.ts';
import { DEFAULT_CORPUS, generateCorpus, parseCorpusArgs, type CorpusOptions } from './generate-corpus.ts';

// `npm run bench`: Hotline at scale, measured. Generates a corpus (generate-corpus.ts), builds
// it with the real pipeline in a child process, makes the real production build, and measures
// the timeline in Debian's Chromium: load against the floor of fetching and parsing the same
// core file, filter changes against the same filter as a plain array filter, long tasks, the
// chart's DOM size and the JS heap. Prints a table; `-- --json FILE` writes the figures.
//
//   npm run bench                                  the default corpus (10,000 articles, 50,000 events)
//   npm run bench -- --articles 500                a smaller one (events and actors scale along)
//   npm run bench -- --json bench.json --changes 60 --loads 5
//   npm run bench -- --no-browser                  pipeline, dataset and bundle only
//   npm run bench -- --baseline                    also the same build on the seeds' small dataset
//   npm run bench -- --reuse-corpus                keep .bench/corpus when made with the same options
//
// Everything goes under .bench/ (gitignored). Timings depend on the machine and its load: the
// ratios to the floors, measured in the same run, are what compare across machines.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type BenchOptions = {
  corpus: CorpusOptions;
  /** Scratch folder for the build and the measurements' files. */
  work: string;
  /** Filter changes to time (at least 30 for a p95). */
  changes: number;
  /** Cold loads to time; the median is reported. */
  loads: number;
  browser: boolean;
  chromiumPath: string;
  /** Keep an existing corpus made with the same options instead of generating it again. */
  reuseCorpus: boolean;
  /**
   * Also measure the same build on the project's own small dataset (public/data): the app's
   * fixed costs, so the data-dependent part of loading and filtering can be told apart.
   */
  baseline: boolean;
};

export type Budget = { name: string; limit: string; value: string; ok: boolean | null };

export type BenchFigures = {
  corpus: CorpusOptions & { generateSeconds: number };
  /** `floorSeconds`: reading the inputs and parsing and validating the YAML, in a process of its own. */
  pipeline: { seconds: number; cpuSeconds: number; articlesPerSecond: number; peakRssMb: number; floorSeconds: number; ratio: number };
  dataset: { coreBytes: number; coreGzipBytes: number; articleFiles: number; articleBytes: number; articleGzipBytes: number };
  bundle: {
    firstView: { jsGzip: number; cssGzip: number; files: string[] };
    routes: { route: string; jsGzip: number; cssGzip: number }[];
  };
  browser: null | {
    load: { ms: number; floorMs: number; ratio: number; runsMs: number[]; floorRunsMs: number[] };
    interaction: {
      changes: number;
      medianMs: number;
      p95Ms: number;
      maxMs: number;
      floorMedianMs: number;
      floorP95Ms: number;
      ratio: number;
      /** The same changes with one event selected (opened from a link to it). */
      withSelection: { medianMs: number; p95Ms: number; maxMs: number };
    };
    longTasks: { load: { count: number; over200: number; maxMs: number }; interaction: { count: number; over200: number; maxMs: number } };
    nodes: { chart: number; listRows: number; document: number };
    heapMb: number;
    /** The same build on the project's small dataset; `marginalLoadRatio` = (load − baseline load) / floor. */
    baseline: null | { loadMs: number; medianMs: number; p95Ms: number; longestTaskMs: number; marginalLoadRatio: number };
  };
  budgets: Budget[];
  seconds: number;
};

const KB = 1024;

export async function runBench(o: BenchOptions, log: (line: string) => void = () => {}): Promise<BenchFigures> {
  const started = performance.now();
  mkdirSync(o.work, { recursive: true });

  // 1. The corpus.
  const corpusDir = resolve(o.corpus.out);
  const stamp = join(corpusDir, 'options.json');
  let generateSeconds = 0;
  if (o.reuseCorpus && existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(o.corpus)) {
    log(`corpus: reusing ${relative(ROOT, corpusDir)}`);
  } else {
    log(`corpus: generating ${o.corpus.articles} articles, ${o.corpus.events} events, ${o.corpus.actors} actors, ${o.corpus.channels} channels …`);
    const t = performance.now();
    generateCorpus(o.corpus);
    generateSeconds = (performance.now() - t) / 1000;
    writeFileSync(stamp, JSON.stringify(o.corpus));
  }

  // 2. The pipeline, as `npm run data` runs it, in a child process.
  log('pipeline: building the dataset …');
  const dataDir = join(corpusDir, 'public/data');
  rmSync(dataDir, { recursive: true, force: true });
  const pipeline = await runPipeline(corpusDir, join(resolve(o.work), 'pipeline-usage.json'));
  const floorSeconds = await inputFloor(corpusDir);

  // 3. The dataset's files.
  const core = readFileSync(join(dataDir, 'dataset.json'));
  const coreJson = JSON.parse(core.toString('utf8')) as { channels: unknown[]; events: unknown[] };
  let articleBytes = 0;
  let articleGzipBytes = 0;
  const articleNames = readdirSync(join(dataDir, 'articles'));
  for (const name of articleNames) {
    const bytes = readFileSync(join(dataDir, 'articles', name));
    articleBytes += bytes.length;
    articleGzipBytes += gzipSync(bytes).length;
  }
  const dataset = { coreBytes: core.length, coreGzipBytes: gzipSync(core).length, articleFiles: articleNames.length, articleBytes, articleGzipBytes };

  // 4. The production build, with the corpus's data in place of the seeds'.
  log('build: vite build …');
  const dist = join(resolve(o.work), 'dist');
  await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    ...withoutNodeEnv(process.env),
    HOTLINE_BASE: '/',
  });
  const bundle = bundleSizes(dist);
  const distBaseline = join(resolve(o.work), 'dist-baseline');
  rmSync(distBaseline, { recursive: true, force: true });
  if (o.baseline) cpSync(dist, distBaseline, { recursive: true });
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  cpSync(dataDir, join(dist, 'data'), { recursive: true });

  // 5. The browser.
  let browserFigures: BenchFigures['browser'] = null;
  if (o.browser) {
    const browser = await chromium.launch({ executablePath: o.chromiumPath, headless: true, args: CHROMIUM_ARGS });
    try {
      browserFigures = await serve(dist, (base) => measureBrowser(browser, base, coreJson.channels.length, o, log));
      if (o.baseline) {
        const lanes = (JSON.parse(readFileSync(join(distBaseline, 'data/dataset.json'), 'utf8')) as { channels: unknown[] }).channels.length;
        log('browser: the same build on the small dataset (baseline) …');
        const b = await serve(distBaseline, (base) => measureBrowser(browser, base, lanes, o, () => {}));
        browserFigures.baseline = {
          loadMs: b.load.ms,
          medianMs: b.interaction.medianMs,
          p95Ms: b.interaction.p95Ms,
          longestTaskMs: b.longTasks.interaction.maxMs,
          marginalLoadRatio: round((browserFigures.load.ms - b.load.ms) / browserFigures.load.floorMs, 2),
        };
      }
    } finally {
      await browser.close();
    }
  }

  const figures: BenchFigures = {
    corpus: { ...o.corpus, generateSeconds: round(generateSeconds, 1) },
    pipeline: {
      seconds: round(pipeline.seconds, 2),
      cpuSeconds: round(pipeline.cpuSeconds, 2),
      articlesPerSecond: Math.round(o.corpus.articles / pipeline.seconds),
      peakRssMb: Math.round(pipeline.maxRssKb / KB),
      floorSeconds: round(floorSeconds, 2),
      ratio: round(pipeline.seconds / floorSeconds, 2),
    },
    dataset,
    bundle,
    browser: browserFigures,
    budgets: [],
    seconds: 0,
  };
  figures.budgets = budgets(figures);
  figures.seconds = round((performance.now() - started) / 1000, 1);
  return figures;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function runPipeline(corpusDir: string, usageFile: string) {
  rmSync(usageFile, { force: true });
  const t = performance.now();
  await run(process.execPath, ['--import', 'tsx', '--import', join(ROOT, 'test/bench/usage-probe.ts'), join(ROOT, 'pipeline/run.ts'), '--root', corpusDir], {
    ...process.env,
    HOTLINE_BENCH_USAGE: usageFile,
  });
  const seconds = (performance.now() - t) / 1000;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; userMs: number; systemMs: number };
  return { seconds, cpuSeconds: (usage.userMs + usage.systemMs) / 1000, maxRssKb: usage.maxRssKb };
}

/** The input floor (input-floor.ts) in a process of its own, timed from outside like the pipeline. */
async function inputFloor(corpusDir: string): Promise<number> {
  const t = performance.now();
  await run(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/input-floor.ts'), '--root', corpusDir], process.env);
  return (performance.now() - t) / 1000;
}

async function serve<T>(dist: string, use: (base: string) => Promise<T>): Promise<T> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: '/',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    logLevel: 'warn',
  });
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    return await use(`http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }
}

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };

/**
 * Gzip bytes of what each view loads, from Vite's manifest: the first view is the entry chunk
 * with everything it imports statically (the timeline lives there); a route is a lazy chunk with
 * its static imports that the first view does not already have.
 */
export function bundleSizes(dist: string): BenchFigures['bundle'] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const gzip = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(join(dist, file))).length));
    return n;
  };
  const closure = (key: string, into = new Set<string>()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, into);
    return into;
  };
  const sizes = (keys: Iterable<string>, skip: ReadonlySet<string> = new Set()) => {
    let js = 0;
    let css = 0;
    const files: string[] = [];
    const cssSeen = new Set<string>();
    for (const k of keys) {
      if (skip.has(k)) continue;
      const chunk = manifest[k]!;
      if (chunk.file.endsWith('.js')) {
        js += gzip(chunk.file);
        files.push(chunk.file);
      }
      for (const c of chunk.css ?? []) {
        if (cssSeen.has(c)) continue;
        cssSeen.add(c);
        css += gzip(c);
      }
    }
    return { jsGzip: js, cssGzip: css, files };
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  const first = closure(entry);
  const firstView = sizes(first);
  const routes = Object.keys(manifest)
    .filter((k) => manifest[k]!.isDynamicEntry)
    .map((k) => {
      const { jsGzip, cssGzip } = sizes(closure(k), first);
      return { route: (manifest[k]!.src ?? k).replace(/^src\/features\//, ''), jsGzip, cssGzip };
    })
    .sort((a, b) => (a.route < b.route ? -1 : 1));
  return { firstView, routes };
}

async function measureBrowser(browser: Browser, base: string, lanes: number, o: BenchOptions, log: (line: string) => void): Promise<NonNullable<BenchFigures['browser']>> {
  const coreUrl = `${base}data/dataset.json`;
  const runsMs: number[] = [];
  const floorRunsMs: number[] = [];
  let last: Awaited<ReturnType<typeof openTimeline>> | null = null;
  for (let k = 0; k < o.loads; k++) {
    if (last) await last.context.close();
    log(`browser: cold load ${k + 1}/${o.loads} …`);
    last = await openTimeline(browser, base, lanes);
    runsMs.push(last.loadMs);
  }
  const { page, context } = last!;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const nodes = await page.evaluate(countNodes);
    const loadTasks = await page.evaluate(() => window.__hotlineBench.longTasks.slice());
    for (let k = 0; k < o.loads; k++) floorRunsMs.push(await page.evaluate(fetchAndParse, coreUrl));

    log(`browser: ${o.changes} filter changes …`);
    const changes = await filterChanges(page, o.changes);
    const allTasks = await page.evaluate(() => window.__hotlineBench.longTasks.slice());
    const interactionTasks = allTasks.filter((t) => t.start >= changes.from);
    const { times, floors } = changes;
    const floorMedian = median(floors);

    // The same changes on a shared link to one event: the chart flags the mark that holds it
    // and the list keeps its row in view on every change. The event is the middle one in time,
    // so its row is far down the list.
    const eventId = await page.evaluate(() => {
      const events = [...(window.__hotlineBenchData?.events ?? [])].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
      return events[Math.floor(events.length / 2)]?.id ?? '';
    });
    log(`browser: ${o.changes} filter changes with event ${eventId} selected …`);
    await page.goto(`${base}?event=${encodeURIComponent(eventId)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__hotlineBench?.drawn !== undefined, undefined, { timeout: 600_000, polling: 100 });
    if ((await page.locator('.timeline-mark.is-selected').count()) === 0 || (await page.locator('.event-list tr.is-selected').count()) !== 1) {
      throw new Error(`event ${eventId}: the chart or the list does not show it selected`);
    }
    await page.evaluate(fetchAndParse, coreUrl);
    const selected = await filterChanges(page, o.changes);
    return {
      load: { ms: round(median(runsMs)), floorMs: round(median(floorRunsMs)), ratio: round(median(runsMs) / median(floorRunsMs), 2), runsMs: runsMs.map((x) => round(x)), floorRunsMs: floorRunsMs.map((x) => round(x)) },
      interaction: {
        changes: times.length,
        medianMs: round(median(times), 1),
        p95Ms: round(percentile(times, 0.95), 1),
        maxMs: round(Math.max(...times), 1),
        floorMedianMs: round(floorMedian, 2),
        floorP95Ms: round(percentile(floors, 0.95), 2),
        ratio: round(median(times) / Math.max(floorMedian, 0.1), 1),
        withSelection: { medianMs: round(median(selected.times), 1), p95Ms: round(percentile(selected.times, 0.95), 1), maxMs: round(Math.max(...selected.times), 1) },
      },
      longTasks: { load: taskStats(loadTasks), interaction: taskStats(interactionTasks) },
      nodes,
      heapMb: round(heap.usedSize / KB / KB, 1),
      baseline: null,
    };
  } finally {
    await context.close();
  }
}

/**
 * `n` filter changes through the UI, each checked against the same filter done by hand: the
 * times, the floors, and when the first began (long tasks from then on are the changes').
 */
async function filterChanges(page: Page, n: number): Promise<{ times: number[]; floors: number[]; from: number }> {
  const times: number[] = [];
  const floors: number[] = [];
  let from = Infinity;
  for (let k = 0; k < n; k++) {
    // Event types on and off in a stride, so the result sizes vary (all, one type, several).
    const r = await page.evaluate(toggleFacet, { facet: 'Event type', index: (k * 4) % 11 });
    from = Math.min(from, r.longTaskFrom);
    times.push(r.ms);
    floors.push(r.floorMs);
    const shown = await page.locator('.timeline__count').textContent();
    const count = /^(\d[\d,]*) of/.exec(shown ?? '')?.[1] ?? /All (\d[\d,]*)/.exec(shown ?? '')?.[1];
    if (count !== undefined && Number(count.replace(/,/g, '')) !== r.matched) {
      throw new Error(`filter change ${k + 1}: the page shows "${shown}", the plain filter finds ${r.matched}`);
    }
  }
  return { times, floors, from };
}

/** A fresh context (empty cache), navigated to the timeline; resolves when it is drawn with all lanes. */
async function openTimeline(browser: Browser, base: string, lanes: number) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // tsx keeps function names with a `__name` helper, which the serialised probes then call.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installProbe);
  await page.goto(base, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__hotlineBench?.drawn !== undefined, undefined, { timeout: 600_000, polling: 100 });
  } catch (error) {
    const text = (await page.locator('main').textContent().catch(() => ''))?.slice(0, 500);
    throw new Error(`the timeline was not drawn: ${errors.join('; ') || text}`, { cause: error });
  }
  const drawn = await page.evaluate(() => ({ ms: window.__hotlineBench.drawn!, lanes: document.querySelectorAll('[data-lane]').length }));
  if (drawn.lanes !== lanes) throw new Error(`the chart drew ${drawn.lanes} lanes, the dataset has ${lanes} channels`);
  return { context, page, loadMs: drawn.ms };
}

function taskStats(tasks: { duration: number }[]) {
  return { count: tasks.length, over200: tasks.filter((t) => t.duration > 200).length, maxMs: round(Math.max(0, ...tasks.map((t) => t.duration))) };
}

/** The issue's budgets at 50,000 events; `ok` is null where the figure was not measured. */
export function budgets(f: BenchFigures): Budget[] {
  const b = f.browser;
  const out: Budget[] = [
    { name: 'JS for the timeline view (gzip)', limit: '≤ 230 KB', value: `${kb(f.bundle.firstView.jsGzip)} KB`, ok: f.bundle.firstView.jsGzip <= 230 * KB },
    { name: 'load, drawn with all lanes', limit: '≤ 2× floor', value: b ? `${b.load.ratio}× (${b.load.ms} / ${b.load.floorMs} ms)` : '–', ok: b ? b.load.ratio <= 2 : null },
    { name: 'filter change p95', limit: '≤ 100 ms', value: b ? `${b.interaction.p95Ms} ms` : '–', ok: b ? b.interaction.p95Ms <= 100 : null },
    { name: 'tasks > 200 ms during filter changes', limit: '0', value: b ? String(b.longTasks.interaction.over200) : '–', ok: b ? b.longTasks.interaction.over200 === 0 : null },
    { name: 'chart DOM nodes', limit: '≤ 5,000', value: b ? String(b.nodes.chart) : '–', ok: b ? b.nodes.chart <= 5000 : null },
    { name: 'list renders only visible rows', limit: '≤ 60 rows', value: b ? `${b.nodes.listRows} rows` : '–', ok: b ? b.nodes.listRows <= 60 : null },
    { name: 'pipeline', limit: '≥ 200 articles/s', value: `${f.pipeline.articlesPerSecond} articles/s`, ok: f.pipeline.articlesPerSecond >= 200 },
  ];
  return out;
}

export function formatTable(f: BenchFigures): string {
  const rows: [string, string][] = [
    ['corpus', `${f.corpus.articles} articles, ${f.corpus.events} events, ${f.corpus.actors} actors, ${f.corpus.channels} channels (seed ${f.corpus.seed})`],
    ['pipeline', `${f.pipeline.seconds} s (${f.pipeline.cpuSeconds} s CPU), ${f.pipeline.articlesPerSecond} articles/s, peak RSS ${f.pipeline.peakRssMb} MB; floor (read + parse inputs) ${f.pipeline.floorSeconds} s, ratio ${f.pipeline.ratio}×`],
    ['core file', `${mb(f.dataset.coreBytes)} MB raw, ${mb(f.dataset.coreGzipBytes)} MB gzip`],
    ['article files', `${f.dataset.articleFiles} files, ${mb(f.dataset.articleBytes)} MB raw, ${mb(f.dataset.articleGzipBytes)} MB gzip`],
    ['first view (timeline)', `JS ${kb(f.bundle.firstView.jsGzip)} KB + CSS ${kb(f.bundle.firstView.cssGzip)} KB gzip (${f.bundle.firstView.files.length} JS files)`],
    ...f.bundle.routes.map((r): [string, string] => [`  route ${r.route}`, `+ JS ${kb(r.jsGzip)} KB + CSS ${kb(r.cssGzip)} KB gzip`]),
  ];
  const b = f.browser;
  if (b) {
    rows.push(
      ['load (drawn, all lanes)', `${b.load.ms} ms; floor (fetch + JSON.parse) ${b.load.floorMs} ms; ratio ${b.load.ratio}×  [runs ${b.load.runsMs.join(', ')} / ${b.load.floorRunsMs.join(', ')}]`],
      ['filter change', `median ${b.interaction.medianMs} ms, p95 ${b.interaction.p95Ms} ms, max ${b.interaction.maxMs} ms over ${b.interaction.changes}; floor (array filter) median ${b.interaction.floorMedianMs} ms, p95 ${b.interaction.floorP95Ms} ms; ratio ${b.interaction.ratio}×`],
      ['filter change, event selected', `median ${b.interaction.withSelection.medianMs} ms, p95 ${b.interaction.withSelection.p95Ms} ms, max ${b.interaction.withSelection.maxMs} ms over ${b.interaction.changes}`],
      ['long tasks, load', `${b.longTasks.load.count} (${b.longTasks.load.over200} over 200 ms, longest ${b.longTasks.load.maxMs} ms)`],
      ['long tasks, filtering', `${b.longTasks.interaction.count} (${b.longTasks.interaction.over200} over 200 ms, longest ${b.longTasks.interaction.maxMs} ms)`],
      ['DOM nodes', `chart ${b.nodes.chart}, list rows ${b.nodes.listRows}, document ${b.nodes.document}`],
      ['JS heap after load', `${b.heapMb} MB`],
    );
    if (b.baseline) {
      rows.push(['baseline (seeds dataset)', `load ${b.baseline.loadMs} ms, filter median ${b.baseline.medianMs} ms, p95 ${b.baseline.p95Ms} ms; data-dependent load ${b.baseline.marginalLoadRatio}× floor`]);
    }
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  const bw = Math.max(...f.budgets.map((x) => x.name.length));
  const scale = f.corpus.events === 50_000 ? '' : ` (set for 50,000 events; this corpus has ${f.corpus.events.toLocaleString('en-US')})`;
  lines.push('', `budgets${scale}:`);
  for (const x of f.budgets) lines.push(`  ${x.ok === null ? '  –  ' : x.ok ? ' met ' : 'MISS '} ${x.name.padEnd(bw)}  ${x.limit.padEnd(18)} ${x.value}`);
  lines.push('', `bench took ${f.seconds} s${f.corpus.generateSeconds ? ` (corpus generation ${f.corpus.generateSeconds} s)` : ''}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${relative(ROOT, args.find((a) => a.endsWith('.ts') || a.endsWith('.js')) ?? file)} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const { NODE_ENV: _dropped, ...rest } = env;
  return rest;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const mb = (bytes: number) => (bytes / KB / KB).toFixed(1);

function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

/** Nearest-rank percentile. */
function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions & { json: string | undefined } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = parseCorpusArgs(argv, DEFAULT_CORPUS);
  // A smaller corpus gets its own folder, so the default one survives for reuse.
  if (!argv.includes('--out') && argv.some((a) => ['--articles', '--events', '--actors', '--channels', '--seed'].includes(a))) {
    corpus.out = `.bench/corpus-${corpus.articles}-${corpus.events}-${corpus.actors}-${corpus.channels}-${corpus.seed}`;
  }
  const changes = Number(value('--changes') ?? 40);
  const loads = Number(value('--loads') ?? 3);
  if (!Number.isInteger(changes) || changes < 1 || !Number.isInteger(loads) || loads < 1) throw new Error('--changes and --loads need whole numbers ≥ 1');
  return {
    corpus,
    work: value('--work') ?? '.bench/run',
    changes,
    loads,
    browser: !argv.includes('--no-browser'),
    chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    reuseCorpus: argv.includes('--reuse-corpus'),
    baseline: argv.includes('--baseline'),
    json: value('--json'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseBenchArgs(process.argv.slice(2));
  if (o.browser && !existsSync(o.chromiumPath)) {
    console.error(`The bench drives Chromium at ${o.chromiumPath}, which is missing: apt-get install -y chromium, set CHROMIUM_PATH, or pass --no-browser.`);
    process.exit(1);
  }
  const t = performance.now();
  runBench(o, (line) => console.error(`[${((performance.now() - t) / 1000).toFixed(0).padStart(4)} s] ${line}`))
    .then((figures) => {
      console.log(formatTable(figures));
      if (o.json) {
        writeFileSync(o.json, `${JSON.stringify(figures, null, 2)}\n`);
        console.log(`\nfigures written to ${o.json} (${statSync(o.json).size} bytes)`);
      }
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
