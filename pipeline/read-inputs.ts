import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineInputs } from './build-dataset.ts';

/**
 * Reads seeds/ into memory: every *.txt (as bytes, so the build can report a bad encoding),
 * every curation/*.yaml and the registry. File names sort in code-unit order. Paths in the
 * result are relative to `root`, which is how issues name them.
 */
export function readInputs(root: string, seedsDir = 'seeds'): PipelineInputs {
  const dir = join(root, seedsDir);
  const rel = (...parts: string[]) => [seedsDir, ...parts].join('/');
  const names = (d: string, ext: string) =>
    existsSync(d) ? readdirSync(d).filter((n) => n.endsWith(ext)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  const text = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');

  return {
    seeds: names(dir, '.txt').map((n) => ({ file: rel(n), stem: n.slice(0, -4), bytes: readFileSync(join(dir, n)) })),
    curation: names(join(dir, 'curation'), '.yaml').map((n) => ({
      file: rel('curation', n),
      stem: n.slice(0, -5),
      text: readFileSync(join(dir, 'curation', n), 'utf8'),
    })),
    actors: { file: rel('registry', 'actors.yaml'), text: text(rel('registry', 'actors.yaml')) },
    channels: { file: rel('registry', 'channels.yaml'), text: text(rel('registry', 'channels.yaml')) },
  };
}
