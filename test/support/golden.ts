import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** `x.meta.json` → `x.meta.changed.json`: beside the golden file, same extension, easy to diff. */
export function changedPath(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}.changed${file.slice(dot)}` : `${file}.changed`;
}

export type GoldenMode = 'update' | 'ci' | 'local';

/** UPDATE_GOLDEN=1 wins over CI=true: regenerating is always a deliberate, local act. */
export function goldenMode(env: NodeJS.ProcessEnv = process.env): GoldenMode {
  if (env.UPDATE_GOLDEN === '1') return 'update';
  if (env.CI === 'true' || env.CI === '1') return 'ci';
  return 'local';
}

/**
 * The expected text of a golden file, given what the code produces now (after Observable
 * Framework's test/markdown-test.ts).
 *
 * - `update` (UPDATE_GOLDEN=1): writes the file when missing or changed; returns `actual`.
 * - `ci` (CI=true): never writes a golden file. When it is missing or differs, writes
 *   `<name>.changed.<ext>` beside it for review; throws when missing; returns the old text
 *   when changed, so the caller's assertions fail.
 * - `local`: writes a missing file (a new seed gets its golden on the first run, to be read
 *   and committed); returns the old text when changed, so the caller's assertions fail.
 *
 * A `.changed` file left by an earlier run is removed once the output matches again.
 */
export function readGolden(file: string, actual: string, mode: GoldenMode = goldenMode()): string {
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const changed = changedPath(file);
  if (expected === actual) {
    rmSync(changed, { force: true });
    return expected;
  }
  if (mode === 'update' || (mode === 'local' && expected === null)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return actual;
  }
  if (mode === 'ci') {
    writeFileSync(changed, actual);
    if (expected === null) throw new Error(`golden file ${file} is missing; the output is in ${changed}`);
  }
  return expected ?? actual;
}

/** Stable JSON for golden files: 2-space indent, trailing newline. */
export const goldenJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
