import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../pipeline/ingest/ingest-article.ts';
import { CurationFile } from '../../pipeline/input-schemas.ts';
import { normalizeWhitespace } from '../../pipeline/steps/normalize-whitespace.ts';
import { parseYamlInput } from '../../pipeline/yaml-input.ts';
import { loadRegistry, PROJECT_ROOT } from './evaluate.ts';

/**
 * How the suggestions for the five seeds compare with their hand curation (seeds/curation/),
 * which was written before ingest existed and by another hand: a check no rule was tuned on.
 * An event counts as found when a suggestion quotes text overlapping one of its evidence
 * quotes (its own or a corroboration from the same article); a suggestion counts as right
 * when it overlaps some curated quote of that article. Dates are compared on the start day
 * and precision; curated dates often use knowledge from outside the text.
 */
export function seedAgreement(root = PROJECT_ROOT) {
  const registry = loadRegistry(root);
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const t = { curated: 0, found: 0, suggested: 0, right: 0, date: 0, channel: 0 };
  const all = seeds.map((f) => {
    const stem = f.slice(0, -4);
    const curation = parseYamlInput(`seeds/curation/${stem}.yaml`, readFileSync(join(root, 'seeds', 'curation', `${stem}.yaml`), 'utf8'), CurationFile).value!.value;
    return { stem, curation };
  });
  // Events are defined in one file and corroborated in others: the quotes per article.
  for (const { stem, curation } of all) {
    const text = readFileSync(join(root, 'seeds', f(stem)), 'utf8');
    // Curated metadata corrections are the analyst's knowledge; ingest resolves against what the text gives.
    const ingested = ingestArticle({ text, stem, seedFile: `seeds/${f(stem)}`, source: f(stem), registry });
    const events = curation.events.map((e) => ({ quotes: e.evidence.map((q) => normalizeWhitespace(q.quote)), date: e.date, channels: e.channels }));
    const corroborated = curation.corroborates.map((c) => {
      const defined = all.flatMap((a) => a.curation.events).find((e) => e.id === c.event)!;
      return { quotes: c.evidence.map((q) => normalizeWhitespace(q.quote)), date: defined.date, channels: defined.channels };
    });
    const curated = [...events, ...corroborated];
    const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
    const used = new Set<number>();
    t.curated += curated.length;
    for (const c of curated) {
      const i = ingested.suggestions.findIndex((s, j) => !used.has(j) && s.quotes.some((q) => c.quotes.some((cq) => overlaps(normalizeWhitespace(q.text), cq))));
      if (i < 0) continue;
      used.add(i);
      t.found++;
      const s = ingested.suggestions[i]!;
      if (s.date && s.date.start === c.date.start && s.date.precision === c.date.precision) t.date++;
      if (c.channels.includes(s.channel)) t.channel++;
    }
    t.suggested += ingested.suggestions.length;
    t.right += ingested.suggestions.filter((s) => s.quotes.some((q) => curated.some((c) => c.quotes.some((cq) => overlaps(normalizeWhitespace(q.text), cq))))).length;
  }
  return t;
}

const f = (stem: string) => `${stem}.txt`;
