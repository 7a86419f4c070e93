import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, pagePerTest } from './support/browser.ts';
import { dataset } from './support/routes.ts';

// Keyboard alone reaches and operates navigation, filters, chart marks and highlights, and
// every stop shows a visible focus indicator.

type Stop = { tag: string; role: string | null; name: string; visible: boolean };

/** Presses Tab up to `max` times and records each focused element and whether its focus shows. */
async function tabStops(page: Page, max: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Focus inside a native control's own parts (a date field's calendar button): the
      // browser draws that ring itself, and the host element does not match :focus.
      if (!el.matches(':focus')) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      // An SVG chart mark shows focus as a ring of its own (its stroked hit circle, or a group's ring).
      const ring = [...el.querySelectorAll('.mark-hit, .mark-ring')].some((r) => {
        const stroke = getComputedStyle(r).stroke;
        return stroke !== 'none' && !/rgba\(0, 0, 0, 0\)|transparent/.test(stroke);
      });
      return {
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60) || `${el.tagName.toLowerCase()}[type=${el.getAttribute('type')}]`,
        visible: outline || shadow || ring,
      };
    });
    if (stop) stops.push(stop);
  }
  return stops;
}

describe('keyboard only', () => {
  const session = pagePerTest();

  it('reaches the navigation, the filters and the chart marks on the timeline, each with a visible focus', async () => {
    const { page } = session.opened;
    await page.goto(appUrl());
    await page.locator('main h1').waitFor();
    const stops = await tabStops(page, 80);
    const names = stops.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Timeline', 'Channels', 'Actors', 'Articles']));
    expect(stops.some((s) => s.tag === 'input')).toBe(true);
    expect(stops.filter((s) => s.tag === 'g' && s.role === 'button').length, 'chart marks reached').toBeGreaterThan(0);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
  });

  it('operates a filter and selects a chart mark with Enter', async () => {
    const { page } = session.opened;
    await page.goto(appUrl());
    const box = page.getByRole('checkbox', { name: /^Chiefs/ });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('channel') === 'chiefs');
    const mark = page.locator('svg [role="button"][tabindex="0"]').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('event') || url.searchParams.has('from'));
  });

  it('reaches a highlighted quote in the article view and follows it with Enter', async () => {
    const { page } = session.opened;
    const event = dataset.events.find((e) => e.evidence.length > 1)!;
    await page.goto(appUrl(`articles/${event.evidence[0]!.articleId}?quote=${event.id}.0`));
    const focused = await page.waitForFunction(() => document.activeElement?.getAttribute('aria-current') !== null && document.activeElement !== document.body);
    expect(focused).toBeTruthy();
    const stops = await tabStops(page, 8);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    // The next link after the highlighted quote goes somewhere: Enter follows it.
    const before = page.url();
    while (!(await page.evaluate(() => document.activeElement?.tagName === 'A'))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== before);
  });
});
