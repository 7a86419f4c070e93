import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, seedWorkspace } from '../../support/seed-workspace.ts';

// The CLI is the only part that touches the disk: these run it for real, in a temp copy.
let ws: ReturnType<typeof seedWorkspace>;
beforeEach(() => {
  ws = seedWorkspace();
});
afterEach(() => ws.remove());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/run.ts'), '--root', ws.root, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
const snapshot = () => {
  const dir = join(ws.root, 'public/data');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
};

describe('npm run data', { timeout: 30_000 }, () => {
  it('writes the dataset, then reports it unchanged on a second run with identical bytes', () => {
    const first = cli();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Wrote public\/data \(5 articles, \d+ events/);
    const before = snapshot();
    const second = cli();
    expect(second.stdout).toMatch(/^Unchanged: public\/data/);
    expect(snapshot()).toEqual(before);
    expect(Object.keys(before).filter((p) => p.includes('/articles/'))).toHaveLength(5);
  });

  it('fails with a clear message and leaves the previous dataset untouched', () => {
    expect(cli().status).toBe(0);
    const before = snapshot();
    ws.write('seeds/005_broken.txt', '');
    ws.edit('seeds/curation/003_209ec3550312bc1b.yaml', 'likely held talks in Fiji.', 'held talks in Fiji.');
    const failed = cli();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('seeds/005_broken.txt: ');
    expect(failed.stderr).toContain('quote not found in the article text');
    expect(failed.stderr).toContain('2 errors: public/data was not changed.');
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(ws.root, 'public/data.tmp'))).toBe(false);
  });

  it('--check passes on a fresh dataset and fails, listing the file, when it is stale', () => {
    expect(cli().status).toBe(0);
    expect(cli('--check').status).toBe(0);
    const file = join(ws.root, 'public/data/dataset.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Wu Qian"', '"Wu Qian (edited)"'));
    const check = cli('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('differs: dataset.json');
  });

  it('--check lists an article file that no seed produces', () => {
    expect(cli().status).toBe(0);
    writeFileSync(join(ws.root, 'public/data/articles/zzz.json'), '{}');
    expect(cli('--check').stderr).toContain('not produced by the seeds: articles/zzz.json');
  });
});
