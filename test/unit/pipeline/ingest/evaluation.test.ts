import { describe, expect, it } from 'vitest';
import { evaluateAll, figuresOf, formatTable, type Figures } from '../../../ingest-eval/evaluate.ts';

// The measured quality of `npm run ingest` on test/ingest-eval/ (21 articles in the style of
// wire services, state media, the Pentagon, a think tank and regional outlets, each with
// hand-written expected facts). The table is printed on every run; the floors sit just below
// what the rules achieve, so a change that makes them worse fails here and names the figure.
// `npx tsx test/ingest-eval/report.ts --verbose` lists every miss by article.

const FLOORS: Record<keyof Omit<Figures, 'articles'>, number> = {
  eventPrecision: 0.97,
  eventRecall: 0.98,
  eventDate: 0.95,
  eventChannel: 0.97,
  eventType: 0.96,
  relativeDates: 0.98,
  publishedDate: 0.95,
  publishedDateAndBasis: 0.95,
  headline: 0.95,
  boilerplateRemoved: 0.98,
  bodyKept: 0.98,
  unlinkedRecall: 0.95,
  unlinkedPrecision: 0.95,
  outlet: 0.75,
  byline: 0.95,
};

describe('ingest evaluation (test/ingest-eval)', { timeout: 60_000 }, () => {
  const { dev, holdout, blind, all } = evaluateAll();
  const figures = figuresOf(all);
  console.log(
    `\nIngest evaluation\n${formatTable([
      { label: 'dev', counts: dev },
      { label: 'held out', counts: holdout },
      { label: 'blind', counts: blind },
      { label: 'all', counts: all },
    ])}\n`,
  );

  it('covers at least 12 articles, with events and dates to find in each set', () => {
    expect(all.articles).toBeGreaterThanOrEqual(12);
    for (const set of [dev, holdout, blind]) {
      expect(set.events.expected).toBeGreaterThan(0);
      expect(set.dates[1]).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(FLOORS))('%s stays at or above %d', (key, floor) => {
    expect(figures[key as keyof Figures]).toBeGreaterThanOrEqual(floor);
  });
});
