import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, type PipelineInputs } from '../../../pipeline/build-dataset.ts';
import { formatIssue } from '../../../pipeline/issues.ts';
import { readInputs } from '../../../pipeline/read-inputs.ts';
import { DatasetSchema } from '../../../src/schema/dataset.ts';
import { checkIntegrity } from '../../../src/schema/integrity.ts';
import { PROJECT_ROOT } from '../../support/seed-workspace.ts';

// Random and malformed inputs: each run either yields a valid dataset or a list of issues,
// each naming a file and saying what is wrong. Never an exception, never half a dataset.
const base = readInputs(PROJECT_ROOT);
const encoder = new TextEncoder();
const BOMB = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');

function outcome(inputs: PipelineInputs) {
  const { output, issues } = buildDataset(inputs);
  for (const i of issues) {
    expect(i.file).toMatch(/\S/);
    expect(i.message).toMatch(/\S/);
    expect(formatIssue(i)).not.toMatch(/\n\s+at /);
  }
  if (output) {
    expect(DatasetSchema.safeParse(output.dataset).success).toBe(true);
    expect(checkIntegrity(output.dataset, new Map(output.bodies.map((b) => [b.id, b])))).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  } else {
    expect(issues.some((i) => i.severity === 'error')).toBe(true);
  }
  return output;
}

const articleText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.lorem({ maxCount: 30, mode: 'sentences' }), fc.constantFrom('', '  ', '• Home', 'Related posts', 'Source: X', 'Authors: A, B', 'September 2, 2023', '\u00a0', '<script>alert(1)</script>', 'Lloyd Austin met Wei Fenghe.')), { maxLength: 30 }).map((lines) => lines.join('\n')),
);

describe('pipeline fuzzing', { timeout: 60_000 }, () => {
  it('ingests or rejects any article text, with a clear issue', () => {
    fc.assert(
      fc.property(fc.oneof(articleText.map((t) => encoder.encode(t)), fc.uint8Array({ maxLength: 300 })), (bytes) => {
        const output = outcome({ ...base, seeds: [...base.seeds, { file: 'seeds/999_fuzz.txt', stem: '999_fuzz', bytes }] });
        if (output) expect(output.dataset.articles.some((a) => a.id === '999-fuzz')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts or rejects any curation file, with a clear issue', () => {
    const real = readFileSync(join(PROJECT_ROOT, 'seeds/curation/003_209ec3550312bc1b.yaml'), 'utf8');
    const mutated = fc.tuple(fc.nat({ max: real.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => real.slice(0, at) + insert + real.slice(at + cut));
    const yamlish = fc.oneof(
      mutated,
      fc.string({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom(BOMB, 'x: *undefinedalias', 'events: !!set { a, b }', 'events: [', 'events:\n  - id: 5', 'article: { published: { date: 2023-02-30 } }', '? [a]\n: b', '&a [*a]', 'events: !!binary aGk='),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        const curation = base.curation.map((c) => (c.stem === '003_209ec3550312bc1b' ? { ...c, text } : c));
        outcome({ ...base, curation });
      }),
      { numRuns: 200 },
    );
  });

  it('accepts or rejects any registry, with a clear issue', () => {
    const real = base.actors.text;
    fc.assert(
      fc.property(fc.nat({ max: real.length }), fc.nat({ max: 60 }), fc.string({ maxLength: 12 }), (at, cut, insert) => {
        outcome({ ...base, actors: { ...base.actors, text: real.slice(0, at) + insert + real.slice(at + cut) } });
      }),
      { numRuns: 100 },
    );
  });
});
