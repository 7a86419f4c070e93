// Functions the bench runs inside the page (page.addInitScript / page.evaluate). They are
// serialised by playwright, so each is self-contained: no imports, no closures over this module.

/** State the init script keeps on `window.__hotlineBench`. */
export type PageBench = {
  longTasks: { start: number; duration: number }[];
  /** performance.now() when the chart first had all its lanes, and at the frame after. */
  committed?: number;
  drawn?: number;
};

declare global {
  interface Window {
    __hotlineBench: PageBench;
    __hotlineBenchData?: { events: { id: string; type: string; channelIds: string[]; date: { start: string } }[] };
  }
}

/**
 * Installed before the app's code: records long tasks from the start, and the moment the
 * timeline is drawn with all lanes (the chart root has data-ready="true" and as many
 * [data-lane] groups as its data-lane-count). "Drawn" is the first task after the next frame,
 * so the commit's layout and paint are included.
 */
export function installProbe(): void {
  const bench: PageBench = { longTasks: [] };
  window.__hotlineBench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figures say so (empty list).
  }
  const ready = () => {
    const root = document.querySelector('[data-ready="true"][data-lane-count]');
    if (!root) return false;
    const lanes = Number(root.getAttribute('data-lane-count'));
    return lanes > 0 && root.querySelectorAll('[data-lane]').length === lanes;
  };
  const observer = new MutationObserver(() => {
    if (bench.committed !== undefined || !ready()) return;
    bench.committed = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (bench.drawn = performance.now()), 0));
  });
  const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-lane-count'] });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** The floor for loading: fetch and JSON.parse of the same core file, in the same page. */
export async function fetchAndParse(url: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url, { cache: 'no-store' });
  const data = JSON.parse(await response.text()) as Window['__hotlineBenchData'];
  const ms = performance.now() - t0;
  window.__hotlineBenchData = data;
  return ms;
}

/** Counts in the drawn page: the chart's DOM nodes, the list rows in the DOM, the whole document. */
export function countNodes(): { chart: number; listRows: number; document: number } {
  const chart = document.querySelector('[data-ready="true"][data-lane-count]');
  return {
    chart: chart ? chart.querySelectorAll('*').length + 1 : -1,
    listRows: document.querySelectorAll('.timeline tbody tr:not(.spacer)').length,
    document: document.getElementsByTagName('*').length,
  };
}

/**
 * One filter change through the UI: clicks the `index`-th checkbox of the facet whose summary
 * starts with `facet`, and times it until the page root's data-query has changed (chart and
 * list commit with it) and the next frame is done. Then times the same filter as a plain array
 * filter over the parsed core file: the floor.
 */
export async function toggleFacet({ facet, index }: { facet: string; index: number }): Promise<{ ms: number; floorMs: number; matched: number; longTaskFrom: number }> {
  const details = [...document.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent?.trim().startsWith(facet));
  if (!details) throw new Error(`no filter named "${facet}"`);
  // A closed filter renders no options: open it and wait for them (not timed).
  if (!details.open) details.open = true;
  for (let wait = 0; !details.querySelector('input[type="checkbox"]') && wait < 200; wait++) await new Promise((r) => setTimeout(r, 10));
  const boxes = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const box = boxes[index % boxes.length];
  if (!box) throw new Error(`the "${facet}" filter has no options`);
  const queryOf = () => document.querySelector('[data-query]')?.getAttribute('data-query') ?? null;
  const before = queryOf();
  const longTaskFrom = performance.now();
  const t0 = performance.now();
  const changed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (queryOf() === before) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
  box.click();
  await changed;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const ms = performance.now() - t0;

  // The same filter, by hand: the options' labels are the event types in the order shown.
  const chosen = boxes.filter((b) => b.checked).map((b) => b.closest('label')?.querySelector('.facet__label')?.textContent?.trim().toLowerCase().replace(/\s+/g, '-') ?? '');
  const events = window.__hotlineBenchData?.events ?? [];
  const f0 = performance.now();
  const wanted = new Set(chosen);
  const matched = events.filter((e) => wanted.size === 0 || wanted.has(e.type)).length;
  const floorMs = performance.now() - f0;
  return { ms, floorMs, matched, longTaskFrom };
}
