import type { z } from 'zod';
import { DatasetLoadError } from './load-error.ts';

/** The `schemaVersion` this app reads, in dataset.json and in every article body file. */
export const SUPPORTED_SCHEMA_VERSION = 1;

/**
 * `['events', 3, 'date', 'start']` → `events[3].date.start`; the root is `(root)`.
 * The same notation the pipeline prints, so a path from the app can be searched for in its output.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Every zod issue as `path: message`, in the order zod reports them. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
}

/**
 * Fetches one of the static JSON files under `public/data/` and validates it, throwing a
 * `DatasetLoadError` that says which of the failure kinds happened. An aborted request
 * rethrows the abort untouched, so react-query can cancel.
 *
 * Order of checks: HTTP status → not an HTML fallback page → JSON syntax → `schemaVersion`
 * (before the full parse, so a file from another version gets one clear message instead of
 * hundreds of field issues) → the schema, listing every issue.
 */
export async function fetchDataFile<T>(
  url: string,
  schema: z.ZodType<T>,
  resource: string,
  signal?: AbortSignal,
): Promise<T> {
  const fail = (init: Omit<ConstructorParameters<typeof DatasetLoadError>[0], 'url' | 'resource'>) =>
    new DatasetLoadError({ ...init, url, resource });

  let response: Response;
  try {
    // Asking for JSON keeps a dev server from answering a missing file with its index.html.
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail({ kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) {
    const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw fail({ kind: 'missing', status: response.status, detail: text });
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw fail({
      kind: 'missing',
      status: response.status,
      detail: 'the server sent an HTML page instead of the file (a single-page-app fallback: the file is not there)',
    });
  }

  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = text.trim() === '' ? 'the file is empty' : error instanceof Error ? error.message : String(error);
    throw fail({ kind: 'not-json', detail: `${reason} (${text.length} characters received; a truncated file fails this way)` });
  }

  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw fail({
      kind: 'invalid',
      detail: '1 problem',
      issues: [`(root): expected an object, found ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`],
    });
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SUPPORTED_SCHEMA_VERSION) {
    const found = version === undefined ? 'none' : JSON.stringify(version);
    throw fail({
      kind: 'wrong-version',
      foundVersion: found,
      detail:
        version === undefined
          ? `the file has no schemaVersion; this app reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`
          : `found schemaVersion ${found}; this app reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`,
    });
  }

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    throw fail({ kind: 'invalid', detail: `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`, issues });
  }
  return parsed.data;
}
