import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmp } from '../../../../pipeline/issues.ts';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import { extractMetadata } from '../../../../pipeline/steps/metadata.ts';
import { normalizeWhitespace } from '../../../../pipeline/steps/normalize-whitespace.ts';
import { findPublicationDate } from '../../../../pipeline/steps/publication-date.ts';
import { goldenJson, readGolden } from '../../../support/golden.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

// Readability-style expected outputs, one pair per seed: test/golden/<stem>.clean.txt (the
// paragraphs) and <stem>.meta.json (the fields and every removed block). Each field is its
// own test, so a failure names it. Regenerate with UPDATE_GOLDEN=1, then read the diff.

const SEEDS = join(PROJECT_ROOT, 'seeds');
const GOLDEN = join(PROJECT_ROOT, 'test', 'golden');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort(cmp);

const FIELDS = ['title', 'titleFound', 'outlet', 'authors', 'originalSource', 'published', 'removed'] as const;

describe.each(files)('seeds/%s', (file) => {
  const stem = file.replace(/\.txt$/, '');
  const { value: cleaned, issues } = cleanArticle(readFileSync(join(SEEDS, file), 'utf8'), `seeds/${file}`);
  const meta = extractMetadata(cleaned);
  const actual = {
    title: cleaned.title,
    titleFound: cleaned.titleFound,
    outlet: meta.outlet.value,
    authors: meta.authors.value,
    originalSource: meta.originalSource.value,
    published: findPublicationDate(cleaned).published,
    removed: cleaned.blocks
      .filter((b) => b.paragraph === null)
      .map((b) => ({ role: b.role, reason: b.reason, text: normalizeWhitespace(b.text) })),
  };
  const cleanText = `${cleaned.paragraphs.join('\n\n')}\n`;
  const metaText = goldenJson(actual);
  // With CI=true a missing golden file throws; that fails this seed's tests, not the whole file.
  const missing: string[] = [];
  const golden = (name: string, text: string) => {
    try {
      return readGolden(join(GOLDEN, name), text);
    } catch (e) {
      missing.push((e as Error).message);
      return null;
    }
  };
  const expectedClean = golden(`${stem}.clean.txt`, cleanText);
  const expectedMetaText = golden(`${stem}.meta.json`, metaText);
  const expected = (expectedMetaText === null ? {} : JSON.parse(expectedMetaText)) as Record<string, unknown>;

  it('has its golden files', () => {
    expect(missing).toEqual([]);
  });

  it('cleans without issues', () => {
    expect(issues).toEqual([]);
  });

  it('clean.txt', () => {
    expect(cleanText).toBe(expectedClean);
  });

  it.each(FIELDS)('meta.json %s', (field) => {
    expect(actual[field]).toEqual(expected[field]);
  });

  // Catches what the fields miss (a new key, key order), so a changed golden always fails.
  it('meta.json as a whole', () => {
    expect(metaText).toBe(expectedMetaText);
  });
});
