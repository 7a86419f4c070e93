import type { PipelineIssue } from '../issues.ts';
import { hasErrors } from '../issues.ts';
import { ActorsFile, ChannelsFile } from '../input-schemas.ts';
import { checkRegistry, type Registry } from '../registry.ts';
import { parseYamlInput } from '../yaml-input.ts';

/**
 * The registry from its two YAML texts, checked as `npm run data` checks it; null with the
 * issues when it is broken (ingest cannot match names against a registry it cannot read).
 * `articleIds` are the seeds' article ids, which misspelling scopes and roles refer to.
 */
export function parseRegistry(
  actors: { file: string; text: string },
  channels: { file: string; text: string },
  articleIds: ReadonlySet<string>,
): { registry: Registry | null; issues: PipelineIssue[] } {
  const a = parseYamlInput(actors.file, actors.text, ActorsFile);
  const c = parseYamlInput(channels.file, channels.text, ChannelsFile);
  const issues = [...a.issues, ...c.issues];
  if (!a.value || !c.value) return { registry: null, issues };
  const checked = checkRegistry(a.value, c.value, articleIds);
  issues.push(...checked.issues);
  return { registry: hasErrors(issues) ? null : checked.value, issues };
}
