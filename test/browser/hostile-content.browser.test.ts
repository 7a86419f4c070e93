import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipeline/build-dataset.ts';
import { formatIssues } from '../../pipeline/issues.ts';
import { readInputs } from '../../pipeline/read-inputs.ts';
import { serializeDataset } from '../../pipeline/serialize-dataset.ts';
import { PROJECT_ROOT } from '../support/seed-workspace.ts';
import { appUrl, launchBrowser, openPage, type OpenedPage } from './support/browser.ts';

// A seed and a curation file full of script tags, event-handler attributes and javascript:
// links, built by the real pipeline into a dataset that is served instead of the committed
// one. In every view it must render as inert text: no script runs, no handler attribute or
// non-http(s) link reaches the DOM, and the hostile text is visible as text.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url));
const inputs = readInputs(PROJECT_ROOT);
inputs.seeds.push({ file: 'seeds/900_hostile.txt', stem: '900_hostile', bytes: fixture('900_hostile.txt') });
inputs.curation.push({ file: 'seeds/curation/900_hostile.yaml', stem: '900_hostile', text: fixture('900_hostile.yaml').toString('utf8') });
const built = buildDataset(inputs);
if (!built.output) throw new Error(`hostile fixture does not build:\n${formatIssues(built.issues)}`);
const files = serializeDataset(built.output);
const ARTICLE = '900-hostile';

const VIEWS = [
  '',
  `?event=evt-hostile`,
  `?q=pwned`,
  'channels/overall',
  'actors/lloyd-austin',
  'actors/wu-qian',
  'articles',
  `articles/${ARTICLE}`,
  `articles/${ARTICLE}?quote=evt-hostile.0`,
  `articles/${ARTICLE}?original=1`,
  `articles/${ARTICLE}?actor=lloyd-austin`,
];

async function serveHostileData(page: Page) {
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    const body = files.get(path);
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, body, contentType: 'application/json' });
  });
}

describe('hostile seed text', () => {
  let browser: Browser;
  let opened: OpenedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser);
    await serveHostileData(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it.each(VIEWS)('renders inert in /%s', async (view) => {
    const { page } = opened;
    let dialogs = 0;
    const onDialog = () => {
      dialogs += 1;
    };
    page.on('dialog', onDialog);
    await page.goto(appUrl(view));
    await page.waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]'));
    await page.waitForTimeout(200);
    const report = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
      badLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
        .filter((u) => !/^(https?:|\/|#|\?|\.|[a-z0-9-]+(\/|$))/i.test(u) || /^(javascript|data|vbscript):/i.test(u.trim())),
      embedded: document.querySelectorAll('main iframe, main object, main embed, main img[onerror], main svg[onload]').length,
      text: document.body.innerText,
    }));
    page.off('dialog', onDialog);
    expect(report.pwned).toBeNull();
    expect(dialogs).toBe(0);
    expect(report.scripts.every((s) => s !== 'inline' && s.startsWith('/hotline/assets/'))).toBe(true);
    expect(report.handlers).toEqual([]);
    expect(report.badLinks).toEqual([]);
    expect(report.embedded).toBe(0);
    expect(opened.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });

  it('shows the hostile text verbatim, as text', async () => {
    const { page } = opened;
    await page.goto(appUrl(`articles/${ARTICLE}`));
    await page.getByText('<img src=x onerror="window.__pwned = 2">', { exact: false }).first().waitFor();
    await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).first().waitFor();
  });
});
