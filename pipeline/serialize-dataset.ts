import type { PipelineOutput } from './build-dataset.ts';

/**
 * The files of public/data/ as path → text. Stable JSON: objects already come in schema key
 * order (zod builds them so), two-space indent, trailing newline; same output, same bytes.
 */
export function serializeDataset(output: PipelineOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set('dataset.json', stableJson(output.dataset));
  for (const body of output.bodies) files.set(`articles/${body.id}.json`, stableJson(body));
  return files;
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
