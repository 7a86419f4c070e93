import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { articleIdFromStem } from '../../../../pipeline/build-dataset.ts';
import { ActorInput, ActorsFile } from '../../../../pipeline/input-schemas.ts';
import { cmp } from '../../../../pipeline/issues.ts';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import * as fast from '../../../../pipeline/steps/mentions.ts';
import { parseYamlInput } from '../../../../pipeline/yaml-input.ts';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import * as reference from '../../../support/mentions-reference.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

// The single-pass matcher (pipeline/steps/mentions.ts) must give exactly what the
// one-regex-per-form scan it replaced gave (test/support/mentions-reference.ts), mention for
// mention, on the seeds, on a generated corpus, and on random registries and texts built from
// the characters where case folding, apostrophes, whitespace and word boundaries are tricky.

const both = (actors: readonly ActorInput[]) => {
  const f = fast.compileMentionMatcher(actors);
  const r = reference.compileMentionMatcher(actors);
  return (paragraphs: string[], articleId: string) => ({
    fast: fast.findMentions(paragraphs, f, articleId),
    reference: reference.findMentions(paragraphs, r, articleId),
  });
};

const readActors = (file: string) => parseYamlInput(file, readFileSync(file, 'utf8'), ActorsFile).value!.value.actors;

describe('the single-pass mention matcher equals the per-form regex scan', () => {
  it('on every seed', () => {
    const seeds = join(PROJECT_ROOT, 'seeds');
    const run = both(readActors(join(seeds, 'registry/actors.yaml')));
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort(cmp)) {
      const { paragraphs } = cleanArticle(readFileSync(join(seeds, file), 'utf8'), file).value;
      const { fast: a, reference: b } = run(paragraphs, articleIdFromStem(file.replace(/\.txt$/, '')));
      expect(a, file).toEqual(b);
    }
  });

  const corpus = mkdtempSync(join(tmpdir(), 'hotline-mentions-'));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('on a generated corpus (near-identical names, aliases, scoped misspellings)', () => {
    generateCorpus({ out: corpus, articles: 120, events: 500, actors: 400, channels: 12, seed: 7 });
    const seeds = join(corpus, 'seeds');
    const run = both(readActors(join(seeds, 'registry/actors.yaml')));
    let mentions = 0;
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort(cmp)) {
      const { paragraphs } = cleanArticle(readFileSync(join(seeds, file), 'utf8'), file).value;
      const { fast: a, reference: b } = run(paragraphs, articleIdFromStem(file.replace(/\.txt$/, '')));
      expect(a, file).toEqual(b);
      mentions += a.length;
    }
    expect(mentions).toBeGreaterThan(1_000);
  });

  // Letters whose case folding is unusual (ſ → s, K (Kelvin) → k, ß/ẞ, σ/ς/Σ, İ/ı/i, U+0345),
  // apostrophes, spaces of several kinds, punctuation and an astral letter.
  const ALPHABET = [...'aAsSſkKKbßẞσςΣiİıIͅ’\'-.’ (Q)', ' ', ' ', '\u00a0', '\u2009', '𝒜', '1'];
  const word = fc.array(fc.constantFrom(...ALPHABET.filter((c) => !/\s/.test(c))), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const formText = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  const registry = fc.array(
    fc.record({
      name: formText,
      aliases: fc.array(formText, { maxLength: 2 }),
      shortNames: fc.array(word, { maxLength: 1 }),
      misspellings: fc.array(fc.oneof(formText, fc.record({ text: formText, onlyIn: fc.constant(['art-1']) })), { maxLength: 1 }),
    }),
    { minLength: 1, maxLength: 6 },
  );

  it('on random registries and texts with tricky characters', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(registry, fc.array(fc.array(fc.oneof(word, fc.constantFrom(...ALPHABET)), { maxLength: 14 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (actors, chunks, scoped) => {
        const inputs = actors.map((a, i) => ActorInput.parse({ id: `actor-${i}`, side: 'us', kind: 'scholar', ...a }));
        const forms = inputs.flatMap((a) => [a.name, ...a.aliases, ...a.shortNames, ...a.misspellings.map((m) => (typeof m === 'string' ? m : m.text))]);
        // Paragraphs mix random characters with the forms themselves, so that matches happen.
        const paragraphs = chunks.map((cs, k) => cs.map((c, j) => ((j + k) % 3 === 0 ? forms[(j + k) % forms.length]! : c)).join((k % 2 === 0 ? ' ' : '')));
        const { fast: a, reference: b } = both(inputs)(paragraphs, scoped ? 'art-1' : 'art-2');
        expect(a).toEqual(b);
      }),
      { numRuns: 120, seed: 42 },
    );
  });
});

describe('foldChar', () => {
  it('gives characters a case-insensitive regex matches together the same key (whole BMP)', () => {
    const problems: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const variants = new Set([c.toLowerCase(), c.toUpperCase(), c.toUpperCase().toLowerCase(), c.toLowerCase().toUpperCase()]);
      variants.delete(c);
      for (const v of variants) {
        if ([...v].length !== 1) continue;
        const together = new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu').test(v);
        if (together && fast.foldChar(c) !== fast.foldChar(v)) problems.push(`U+${code.toString(16)} ${c} ~ ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('folds the way an "iu" regex does, not the way toLowerCase does', () => {
    expect(fast.foldKey('Straſſe')).toBe(fast.foldKey('STRASSE'));
    expect(fast.foldKey('\u212Aelvin')).toBe('kelvin');
    expect(fast.foldKey('İstanbul')).not.toBe(fast.foldKey('istanbul'));
    expect(fast.foldKey('People’s')).toBe("people's");
  });
});
