import { evaluateAll, formatTable } from './evaluate.ts';
import { seedAgreement } from './seed-agreement.ts';

// Prints the evaluation of `npm run ingest` on test/ingest-eval/ as Markdown tables, for the
// README: `npx tsx test/ingest-eval/report.ts`. With --verbose, every miss per article.

const { reports, dev, holdout, blind, all } = evaluateAll();
console.log(
  formatTable([
    { label: 'dev', counts: dev },
    { label: 'held out', counts: holdout },
    { label: 'blind', counts: blind },
    { label: 'all', counts: all },
  ]),
);

const s = seedAgreement();
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}% (${a}/${b})`;
console.log(`
Against the hand curation of the five seeds (seeds/curation/, written before ingest existed):

| measure | seeds (5 articles) |
|---|---:|
| Curated events found by a suggestion | ${pct(s.found, s.curated)} |
| Suggestions that quote a curated event | ${pct(s.right, s.suggested)} |
| Start day and precision as curated (of found) | ${pct(s.date, s.found)} |
| Channel among the curated ones (of found) | ${pct(s.channel, s.found)} |`);

if (process.argv.includes('--verbose')) {
  for (const r of reports) {
    if (r.problems.length === 0) continue;
    console.log(`\n${r.article.set}/${r.article.name}`);
    for (const p of r.problems) console.log(`  - ${p}`);
  }
}
