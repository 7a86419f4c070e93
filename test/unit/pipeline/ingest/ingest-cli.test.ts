import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, seedWorkspace } from '../../../support/seed-workspace.ts';

// `npm run ingest` for real, in a throwaway copy of seeds/: it is the only part of ingest
// that touches the disk. Then `npm run data` on the same copy, as a user would.

const EVAL = join(PROJECT_ROOT, 'test', 'ingest-eval');
const REUTERS = join(EVAL, 'dev', '01-reuters-austin-dong-singapore.txt');
const READOUT = join(EVAL, 'dev', '05-dod-readout-austin-dong-vtc.txt');

let ws: ReturnType<typeof seedWorkspace>;
beforeEach(() => {
  ws = seedWorkspace();
});
afterEach(() => ws.remove());

// Run from inside the workspace, so file names are relative to it, as a user's would be;
// tsx is loaded from the project by path, since the workspace has no node_modules.
const TSX = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, join(PROJECT_ROOT, 'pipeline', script), '--root', ws.root, ...args], { cwd: ws.root, encoding: 'utf8' });
const ingest = (...args: string[]) => run('ingest.ts', ...args);
const data = () => run('run.ts');
/** Every file under seeds/ and public/, with its bytes: "nothing changed" is this, unchanged. */
const snapshot = () => {
  const out: Record<string, string> = {};
  for (const dir of ['seeds', 'public']) {
    if (!existsSync(join(ws.root, dir))) continue;
    for (const e of readdirSync(join(ws.root, dir), { recursive: true, withFileTypes: true })) {
      if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'latin1');
    }
  }
  return out;
};
const newSeeds = () => readdirSync(join(ws.root, 'seeds')).filter((f) => f.endsWith('.txt') && !/^00[0-4]_/.test(f));
const dataset = () => JSON.parse(ws.read('public/data/dataset.json')) as {
  articles: { id: string; seedFile: string; curated: boolean; unlinkedNames: { text: string }[]; eventIds: string[] }[];
  events: { id: string; draft: boolean; evidence: { articleId: string }[] }[];
};

describe('npm run ingest', { timeout: 60_000 }, () => {
  it('copies the text byte for byte, writes a draft, and the article and its draft events reach public/data', () => {
    const r = ingest(REUTERS);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [seed] = newSeeds();
    expect(seed).toBe('005_us-chinese-defence-chiefs-hold-first-face-to.txt');
    expect(Buffer.compare(readFileSync(join(ws.root, 'seeds', seed!)), readFileSync(REUTERS))).toBe(0);
    const draft = ws.read(`seeds/curation/${seed!.replace('.txt', '.yaml')}`);
    expect(draft).toContain('id: evt-draft-005-us-chinese-defence-chiefs-hold-first-face-to-1');
    expect(draft).toContain('#   Dong Jun (1 mention)');
    expect(r.stdout).toMatch(/Wrote public\/data \(6 articles, \d+ events, 6 of them drafts\)/);

    // The same dataset `npm run data` builds from the new seeds.
    expect(data().stdout).toMatch(/^Unchanged: public\/data \(6 articles/);
    const d = dataset();
    const article = d.articles.find((a) => a.seedFile === `seeds/${seed}`)!;
    expect(article).toMatchObject({ id: '005-us-chinese-defence-chiefs-hold-first-face-to', curated: true });
    expect(article.unlinkedNames.map((u) => u.text)).toEqual(['Dong Jun', 'Ian Chong']);
    const drafts = d.events.filter((e) => e.draft);
    expect(drafts.map((e) => e.id)).toEqual(article.eventIds.filter((id) => id.startsWith('evt-draft-')));
    expect(drafts).toHaveLength(6);
    expect(d.events.filter((e) => !e.draft)).toHaveLength(22);
  });

  it('running it twice on the same file changes nothing, and says so', () => {
    expect(ingest(REUTERS).status).toBe(0);
    const before = snapshot();
    const again = ingest(REUTERS);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/already in seeds as seeds\/005_us-chinese-defence-chiefs-hold-first-face-to\.txt \(same bytes\), with its curation file: nothing to do/);
    expect(snapshot()).toEqual(before);
  });

  it('a seed put in seeds/ by hand, without curation, gets its draft and is not copied again', () => {
    ws.write('seeds/007_by-hand.txt', readFileSync(READOUT));
    const r = ingest(join(ws.root, 'seeds', '007_by-hand.txt'));
    expect(r.status).toBe(0);
    expect(newSeeds()).toEqual(['007_by-hand.txt']);
    expect(ws.read('seeds/curation/007_by-hand.yaml')).toContain('evt-draft-007-by-hand-1');
  });

  it('refuses to overwrite a seed or a curation file without --force, and writes nothing', () => {
    ws.write('seeds/curation/005_taken.yaml', 'events: []\n');
    ws.write('seeds/005_taken.txt', 'Other text entirely.\nThe two militaries held talks on Monday, the ministry said in a statement.\n');
    const before = snapshot();
    const r = ingest('--name', '005_taken', REUTERS);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds/005_taken.txt already exists with other content; choose another --name, or use --force to overwrite it');
    expect(r.stderr).toContain('nothing was written');
    expect(snapshot()).toEqual(before);

    const forced = ingest('--name', '005_taken', '--force', REUTERS);
    expect(forced.status).toBe(0);
    expect(Buffer.compare(readFileSync(join(ws.root, 'seeds/005_taken.txt')), readFileSync(REUTERS))).toBe(0);
    expect(ws.read('seeds/curation/005_taken.yaml')).toContain('evt-draft-005-taken-1');
  });

  it('refuses a curation file left without its seed', () => {
    ws.write('seeds/curation/005_kept.yaml', 'events: []\n');
    const r = ingest('--name', '005_kept.txt', REUTERS);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds/curation/005_kept.yaml already exists; it is not overwritten (use --force to replace it with a new draft)');
  });

  it.each([
    ['a missing file', () => 'no-such-article.txt', 'no-such-article.txt: no such file'],
    ['an empty file', () => (ws.write('empty.txt', ''), 'empty.txt'), 'empty.txt: is empty'],
    ['a binary file', () => (ws.write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xfe])), 'photo.txt'), 'photo.txt: is not UTF-8 text'],
    ['text with NUL bytes', () => (ws.write('nul.txt', 'Headline\nA sentence long enough to be prose in an article.\u0000\u0000'), 'nul.txt'), 'nul.txt: looks like binary data, not text: it contains NUL bytes (line 2)'],
    ['whitespace only', () => (ws.write('blank.txt', ' \n\t\n'), 'blank.txt'), 'blank.txt: the article contains only whitespace'],
    ['only page furniture', () => (ws.write('menu.txt', '• Home\n• About\nRelated posts\n© 2024 Example News\n'), 'menu.txt'), 'menu.txt: no body paragraphs left after cleaning'],
    ['a folder', () => 'seeds', 'seeds: is a folder, not a file'],
  ])('%s: a clear error naming the file, exit 1, nothing written', (_name, make, message) => {
    const file = make();
    const before = snapshot();
    const r = ingest(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  it('one bad file among good ones: nothing at all is written', () => {
    const before = snapshot();
    const r = ingest(REUTERS, 'missing.txt', READOUT);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt: no such file');
    expect(snapshot()).toEqual(before);
  });

  it('several files get consecutive numbers; the same text twice in one run is an error', () => {
    expect(ingest(REUTERS, READOUT).status).toBe(0);
    expect(newSeeds().map((f) => f.slice(0, 4))).toEqual(['005_', '006_']);
    const twice = ingest(READOUT, join(EVAL, 'dev', '06-chinadaily-dong-hegseth-call.txt'), join(EVAL, 'dev', '06-chinadaily-dong-hegseth-call.txt'));
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/06-chinadaily-dong-hegseth-call\.txt: the same text as .*06-chinadaily-dong-hegseth-call\.txt, given twice/);
  });

  it('--dry-run prints the draft and writes nothing', () => {
    const before = snapshot();
    const r = ingest('--dry-run', READOUT);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(not written: --dry-run)');
    expect(r.stdout).toContain('draft: true');
    expect(snapshot()).toEqual(before);
  });

  it('a text with no date: suggestions stay comments until --published dates them', () => {
    const text = 'US and China hold military talks\nU.S. and Chinese defense officials held a video call on Tuesday, the ministry said.\n';
    ws.write('undated.txt', text);
    expect(ingest('--name', '008_undated', '--no-data', 'undated.txt').status).toBe(0);
    expect(ws.read('seeds/curation/008_undated.yaml')).toContain('# Undated suggestions');
    expect(ingest('--name', '008_undated', '--force', '--published', '2024-04-05', 'undated.txt').status).toBe(0);
    const draft = ws.read('seeds/curation/008_undated.yaml');
    expect(draft).toContain('start: 2024-04-02');
    expect(draft).toContain('Given by the analyst at ingest (--published).');
    expect(data().status).toBe(0);
  });

  it('an alias added to the registry takes effect on the next run', () => {
    expect(ingest(READOUT).status).toBe(0);
    const id = dataset().articles.find((a) => a.seedFile.startsWith('seeds/005_'))!.id;
    const unlinked = () => dataset().articles.find((a) => a.id === id)!.unlinkedNames.map((u) => u.text);
    expect(unlinked()).toEqual(['Dong Jun', 'Lloyd J. Austin III']);

    ws.edit('seeds/registry/actors.yaml', '    name: Lloyd Austin\n', '    name: Lloyd Austin\n    aliases: [Lloyd J. Austin III]\n');
    expect(data().status).toBe(0);
    expect(unlinked()).toEqual(['Dong Jun']);
    const body = JSON.parse(ws.read(`public/data/articles/${id}.json`)) as { paragraphs: string[]; mentions: { actorId: string; paragraph: number; start: number; end: number }[] };
    const austin = body.mentions.filter((m) => m.actorId === 'lloyd-austin').map((m) => body.paragraphs[m.paragraph]!.slice(m.start, m.end));
    expect(austin).toContain('Lloyd J. Austin III');
  });

  it('a broken registry stops it before anything is written', () => {
    ws.edit('seeds/registry/actors.yaml', '  - id: joe-biden\n', '  - id: Joe Biden\n');
    const before = snapshot();
    const r = ingest(REUTERS);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds/registry/actors.yaml');
    expect(r.stderr).toContain('The registry has errors');
    expect(snapshot()).toEqual(before);
  });
});
