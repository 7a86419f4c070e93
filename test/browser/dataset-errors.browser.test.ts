import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appUrl, pagePerTest } from './support/browser.ts';

// A broken dataset must show what is wrong within a second, never a blank page and never a
// retry loop on a file that will not change. The real build is served; only the response
// for data/dataset.json is replaced.

const real = readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8');
const invalid = (() => {
  const d = JSON.parse(real);
  d.events[3].date.start = '2023-02-30';
  delete d.channels[0].name;
  return JSON.stringify(d);
})();

const CASES = [
  { name: 'missing', status: 404, body: 'Not found', title: 'is missing', detail: /HTTP 404/ },
  { name: 'truncated', status: 200, body: real.slice(0, 5000), title: 'is not valid JSON', detail: /truncated/ },
  { name: 'not JSON', status: 200, body: 'schemaVersion: 1\n', title: 'is not valid JSON', detail: /could not be parsed/ },
  { name: 'wrong version', status: 200, body: JSON.stringify({ ...JSON.parse(real), schemaVersion: 2 }), title: 'has the wrong schema version', detail: /2/ },
  { name: 'schema-invalid', status: 200, body: invalid, title: 'does not match the schema', detail: /events\[3\]\.date\.start: must be a calendar day/ },
] as const;

describe('a broken dataset', () => {
  const session = pagePerTest();

  it.each(CASES)('($name) shows a named error within a second, fetched once', async ({ status, body, title, detail }) => {
    const { page } = session.opened;
    let requests = 0;
    await page.route('**/data/dataset.json', (route) => {
      requests += 1;
      return route.fulfill({ status, body, contentType: status === 200 ? 'application/json' : 'text/plain' });
    });
    const started = Date.now();
    await page.goto(appUrl());
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 1_000 });
    const elapsed = Date.now() - started;
    expect(await alert.getByRole('heading').first().innerText()).toContain(title);
    expect(await alert.innerText()).toMatch(detail);
    expect(await alert.innerText()).toContain('npm run data');
    // Give a retry loop the chance to show itself.
    await page.waitForTimeout(1_500);
    expect(requests).toBe(1);
    expect(elapsed).toBeLessThan(3_000); // navigation included; the alert itself waited at most 1 s
    // Allowed: the browser's own line for the 404, and React reporting the error it caught
    // (the same message the panel shows). Anything else is a fault.
    const expected = (p: string) => (status === 404 && p.includes('404')) || p.startsWith('console.error: DatasetLoadError: /hotline/data/dataset.json');
    expect(session.opened.problems.filter((p) => !expected(p))).toEqual([]);
  });
});
