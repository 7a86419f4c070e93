import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { issue, type PipelineIssue, type StepResult } from './issues.ts';

/** A parsed YAML file that can still answer "which line is this field on?". */
export type YamlSource<T> = {
  file: string;
  value: T;
  /** 1-based line of the node at `path` (or of its nearest existing parent). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

/**
 * Parses YAML and validates it with `schema`. Every problem becomes an issue naming the file,
 * the line and the field path (`events[2].evidence[0].quote`); value is null when there is any.
 */
export function parseYamlInput<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): StepResult<YamlSource<z.output<S>> | null> {
  const parse = () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    return { doc, lineAt: (offset: number) => lineCounter.linePos(offset).line };
  };
  const { doc, lineAt } = parse();

  if (doc.errors.length > 0) {
    return {
      value: null,
      issues: doc.errors.map((e) => issue(file, `invalid YAML: ${firstLine(e.message)}`, { line: lineAt(e.pos[0]) })),
    };
  }

  // Line numbers are only wanted for problems, which are rare; the syntax tree of every
  // curation file would stay in memory for them (a large corpus holds GBs of it), so it is
  // parsed again, once, when a line is first asked for.
  let tree: ReturnType<typeof parse> | null = null;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    tree ??= parse();
    for (let n = path.length; n >= 0; n--) {
      const node = nodeAt(tree.doc.contents, path.slice(0, n));
      if (node?.range) return tree.lineAt(node.range[0]);
    }
    return undefined;
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // The yaml library throws for an unresolved alias or an alias bomb; report, don't crash.
    return { value: null, issues: [issue(file, `invalid YAML: ${firstLine(e instanceof Error ? e.message : String(e))}`)] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      value: null,
      issues: parsed.error.issues.map((i) => {
        // An unknown key is best shown on its own line, not on its parent's.
        const at = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
        return issue(file, describeZodIssue(i), { line: lineOf(at), field: formatPath(i.path) || undefined });
      }),
    };
  }
  return { value: { file, value: parsed.data, lineOf }, issues: [] };
}

function nodeAt(root: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (isMap(node)) node = node.get(String(key), true);
    else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
    else return undefined;
  }
  return node as YamlNode | undefined;
}

/** `['events', 2, 'evidence', 0, 'quote']` → `events[2].evidence[0].quote` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function describeZodIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_type' && /received undefined$/.test(i.message)) return 'is required';
  return i.message;
}

function firstLine(s: string) {
  return s.split('\n')[0] ?? s;
}

export type { PipelineIssue };
