import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActorsFile } from '../../../../pipeline/input-schemas.ts';
import { articleIdFromStem } from '../../../../pipeline/build-dataset.ts';
import { cmp } from '../../../../pipeline/issues.ts';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import { compileMentionMatcher, findMentions } from '../../../../pipeline/steps/mentions.ts';
import { parseYamlInput } from '../../../../pipeline/yaml-input.ts';
import { goldenJson, readGolden } from '../../../support/golden.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

// Expected mentions per seed: test/golden/<stem>.mentions.json lists, per paragraph, each
// mention as "actor-id: matched text (how)". A registry or matcher change shows up as a
// readable diff. Regenerate with UPDATE_GOLDEN=1, then read the diff.

const SEEDS = join(PROJECT_ROOT, 'seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort(cmp);
const actors = parseYamlInput('actors.yaml', readFileSync(join(SEEDS, 'registry/actors.yaml'), 'utf8'), ActorsFile).value!.value.actors;
const matcher = compileMentionMatcher(actors);

describe.each(files)('mentions in seeds/%s', (file) => {
  const stem = file.replace(/\.txt$/, '');
  const { value: cleaned } = cleanArticle(readFileSync(join(SEEDS, file), 'utf8'), `seeds/${file}`);
  const mentions = findMentions(cleaned.paragraphs, matcher, articleIdFromStem(stem));
  const byParagraph: Record<string, string[]> = {};
  for (const m of mentions) {
    (byParagraph[`paragraph ${m.paragraph}`] ??= []).push(`${m.actorId}: ${cleaned.paragraphs[m.paragraph]!.slice(m.start, m.end)} (${m.match})`);
  }
  const actual = goldenJson(byParagraph);

  it('matches the expected mentions', () => {
    const expected = readGolden(join(PROJECT_ROOT, 'test', 'golden', `${stem}.mentions.json`), actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
  });
});
