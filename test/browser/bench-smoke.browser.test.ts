import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { formatTable, runBench, type BenchFigures } from '../bench/run.ts';

// `npm run bench` in small, on every test run: a generated corpus of 1,500 articles (7,500
// events) through the real pipeline, the real production build and Chromium. It fails when a
// budget of issue 6 breaks by a clear margin, so a regression cannot land silently. Sizes are
// checked against the budgets plus 10 %; timings only against floors measured in this same
// run (never fixed milliseconds), with half the budget again as margin:
//
// - loading: the data-dependent part (load minus the same build's load on the seeds' small
//   dataset) against fetch + JSON.parse of the same core file — budget 2×, fails above 3×;
// - filtering: p95 of a filter change against the same build's p95 on the small dataset —
//   fails above 6× (at 50,000 events the budget of 100 ms is about 3× the small dataset's);
// - the pipeline: against reading and parsing its inputs — fails above 6× (it is ~2–3×; the
//   one-regex-per-name matcher it replaced was ~40× at scale).
//
// The full figures are printed, so a failing run shows what moved.

const KB = 1024;

describe('bench smoke (issue 6 budgets, small corpus)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let f: BenchFigures;

  it('runs the bench end to end', { timeout: 180_000 }, async () => {
    f = await runBench({
      corpus: { out: join(scratch, 'corpus'), articles: 1_500, events: 7_500, actors: 300, channels: 40, seed: 6 },
      work: join(scratch, 'work'),
      changes: 30,
      loads: 3,
      browser: true,
      chromiumPath: inject('chromiumPath'),
      reuseCorpus: false,
      baseline: true,
    });
    console.log(formatTable(f));
    expect(f.browser?.baseline).not.toBeNull();
  });

  it('keeps the first view within 230 KB of JS (gzip) and every other route small', () => {
    expect(f.bundle.firstView.jsGzip).toBeLessThanOrEqual(230 * KB * 1.1);
    // The actor profile's scatter chart is a full recharts chart, whose state store (~50 KB)
    // the first view no longer carries; it loads with that route only. The others are small.
    for (const r of f.bundle.routes) expect(r.jsGzip, r.route).toBeLessThanOrEqual((r.route === 'actors/actor-page.tsx' ? 90 : 20) * KB);
  });

  it('draws the chart with at most 5,000 nodes and renders only the visible rows', () => {
    const b = f.browser!;
    expect(b.nodes.chart).toBeLessThanOrEqual(5_000 * 1.1);
    expect(b.nodes.listRows).toBeLessThanOrEqual(60 * 1.1);
    // Filter lists rendered whole put tens of thousands of nodes in the page.
    expect(b.nodes.document).toBeLessThanOrEqual(12_000);
  });

  it('loads within 2× its floor (data-dependent part, with margin)', () => {
    expect(f.browser!.baseline!.marginalLoadRatio).toBeLessThanOrEqual(3);
  });

  it('filters at a cost that does not grow with the data beyond the margin', () => {
    const b = f.browser!;
    expect(b.interaction.changes).toBeGreaterThanOrEqual(30);
    expect(b.interaction.p95Ms).toBeLessThanOrEqual(6 * b.baseline!.p95Ms);
    // A link to one event must not make every change list the events of every bin.
    expect(b.interaction.withSelection.p95Ms).toBeLessThanOrEqual(6 * b.baseline!.p95Ms);
  });

  it('keeps the pipeline within a small multiple of reading its inputs', () => {
    expect(f.pipeline.ratio).toBeLessThanOrEqual(6);
  });
});
