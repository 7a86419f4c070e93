import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of the project's seeds/ to break on purpose: tests edit files in it and
 * run the real pipeline on it, never touching the project's own seeds or dataset.
 */
export function seedWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'hotline-seeds-'));
  cpSync(join(PROJECT_ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  return {
    root,
    read: (path: string) => readFileSync(join(root, path), 'utf8'),
    write: (path: string, content: string | Uint8Array) => writeFileSync(join(root, path), content),
    edit: (path: string, from: string, to: string) => {
      const text = readFileSync(join(root, path), 'utf8');
      if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${path}`);
      writeFileSync(join(root, path), text.replace(from, to));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
