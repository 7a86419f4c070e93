import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Replaces `dir` with exactly `files`, or leaves it untouched.
 *
 * Files are written to a sibling temp folder first and swapped in with two renames, so a
 * crash or a full disk mid-write never leaves a half-written dataset; a leftover `.old`
 * folder from an interrupted swap is restored on the next run. Returns false when the
 * folder already held exactly these bytes (nothing is touched then).
 */
export function writeDatasetAtomically(dir: string, files: ReadonlyMap<string, string>): boolean {
  const tmp = `${dir}.tmp`;
  const old = `${dir}.old`;
  if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
  if (sameContent(dir, files)) return false;

  rmSync(tmp, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(tmp, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
  return true;
}

/** What differs between `dir` and `files`: changed, missing and extra paths. */
export function diffDataset(dir: string, files: ReadonlyMap<string, string>): string[] {
  const onDisk = listFiles(dir);
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!onDisk.has(path)) out.push(`missing: ${path}`);
    else if (readFileSync(join(dir, path), 'utf8') !== text) out.push(`differs: ${path}`);
  }
  for (const path of onDisk) if (!files.has(path)) out.push(`not produced by the seeds: ${path}`);
  return out.sort();
}

function sameContent(dir: string, files: ReadonlyMap<string, string>): boolean {
  return existsSync(dir) && diffDataset(dir, files).length === 0;
}

function listFiles(dir: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.add(relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  }
  return out;
}
