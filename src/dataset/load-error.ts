/**
 * Why a data file could not be used. The app's data are static files built by `npm run data`,
 * so every kind is a build or deploy problem the analyst can fix, and the message says how.
 *
 * - `missing`: the server answered with an error status (or an HTML fallback page instead of the file)
 * - `unreachable`: the request itself failed (offline, blocked)
 * - `not-json`: the body does not parse as JSON (a truncated or half-written file)
 * - `wrong-version`: `schemaVersion` is not the one this app reads (checked before the full parse)
 * - `invalid`: JSON of the right version that does not match the schema; `issues` lists every problem
 */
export type LoadErrorKind = 'missing' | 'unreachable' | 'not-json' | 'wrong-version' | 'invalid';

export type LoadErrorInit = {
  kind: LoadErrorKind;
  /** What the file is, for people: "the dataset", "the text of article 003-…". */
  resource: string;
  /** The URL that was fetched, as requested (e.g. "/hotline/data/dataset.json"). */
  url: string;
  /** One line on what went wrong, without the URL. */
  detail: string;
  status?: number;
  /** For `wrong-version`: the value found, as JSON ("2", "\"1\"", or "none"). */
  foundVersion?: string;
  /** For `invalid`: every problem as `path: message`, e.g. `events[3].date.start: must be a calendar day…`. */
  issues?: readonly string[];
};

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  readonly kind: LoadErrorKind;
  readonly resource: string;
  readonly url: string;
  readonly detail: string;
  readonly status: number | undefined;
  readonly foundVersion: string | undefined;
  readonly issues: readonly string[];

  constructor(init: LoadErrorInit) {
    const issues = init.issues ?? [];
    super(`${init.url}: ${init.detail}${issues.length ? `\n${issues.join('\n')}` : ''}`);
    this.kind = init.kind;
    this.resource = init.resource;
    this.url = init.url;
    this.detail = init.detail;
    this.status = init.status;
    this.foundVersion = init.foundVersion;
    this.issues = issues;
  }
}

/** What an error panel shows; `ErrorPanel` takes exactly these props. */
export type ErrorDescription = {
  title: string;
  summary: string;
  url?: string;
  issues?: readonly string[];
  /** What to do about it, in words… */
  hint?: string;
  /** …and the command that does it, shown as code. */
  command?: string;
};

const REBUILD = 'Rebuild public/data/ from seeds/ in the project folder, then reload this page:';
const rebuild = { hint: REBUILD, command: 'npm run data' } as const;

/**
 * Turns anything thrown while loading or rendering into words for the error panel.
 * A `DatasetLoadError` names the file, the URL and the fix; anything else is shown as the
 * unexpected error it is, with its message.
 */
export function describeLoadError(error: unknown): ErrorDescription {
  if (!(error instanceof DatasetLoadError)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      title: 'Something went wrong',
      summary: message || 'An unexpected error stopped this view from rendering.',
      hint: 'Reload the page. If the problem stays, the browser console has the details.',
    };
  }
  const { kind, resource, url, detail, issues } = error;
  const capital = resource.charAt(0).toUpperCase() + resource.slice(1);
  switch (kind) {
    case 'missing':
      return { title: `${capital} is missing`, summary: `Loading ${url} failed: ${detail}.`, url, ...rebuild };
    case 'unreachable':
      return {
        title: `${capital} could not be fetched`,
        summary: `The request for ${url} failed: ${detail}.`,
        url,
        hint: 'Check that the site is still being served, then reload. In development:',
        command: 'npm run dev',
      };
    case 'not-json':
      return { title: `${capital} is not valid JSON`, summary: `${url} could not be parsed: ${detail}.`, url, ...rebuild };
    case 'wrong-version':
      return {
        title: `${capital} has the wrong schema version`,
        summary: `${url}: ${detail}.`,
        url,
        hint: `The data and the app must come from the same checkout. ${REBUILD}`,
        command: 'npm run data',
      };
    case 'invalid':
      return {
        title: `${capital} does not match the schema`,
        summary: `${url}: ${detail}.`,
        url,
        issues,
        ...rebuild,
      };
  }
}
