import { isCalendarDay } from '../schema/dataset.ts';

/** A URL parameter value that was dropped, and why. Shown to the analyst, never swallowed. */
export type SearchIssue = { param: string; value: string; problem: string };

/**
 * One URL parameter's wire format. `parse` returns undefined for a malformed value (the
 * caller turns that into exactly one SearchIssue using `expected`); it never throws.
 */
export type ParamCodec<T> = {
  parse: (raw: string) => T | undefined;
  serialize: (value: T) => string;
  /** What a valid value looks like, for the notice: "a day written YYYY-MM-DD". */
  expected: string;
};

/** Free text, trimmed; an empty value means "not set". */
export const text: ParamCodec<string> = {
  parse: (raw) => raw.trim(),
  serialize: (v) => v,
  expected: 'text',
};

/** A real calendar day, 'YYYY-MM-DD'. */
export const day: ParamCodec<string> = {
  parse: (raw) => (isCalendarDay(raw) ? raw : undefined),
  serialize: (v) => v,
  expected: 'a day written YYYY-MM-DD',
};

/** A dataset id: a lowercase slug. Whether it exists is checked separately, against the data. */
export const id: ParamCodec<string> = {
  parse: (raw) => (/^[a-z0-9][a-z0-9-]*$/.test(raw) && raw.length <= 200 ? raw : undefined),
  serialize: (v) => v,
  expected: 'an id (lowercase letters, digits and -)',
};

/** `1` means on; the parameter is left out when off. */
export const flag: ParamCodec<boolean> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (v) => (v ? '1' : '0'),
  expected: '1 or 0',
};

export const oneOf = <T extends string>(values: readonly T[]): ParamCodec<T> => ({
  parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
  serialize: (v) => v,
  expected: `one of ${values.join(', ')}`,
});

/** Positive integer. */
export const count: ParamCodec<number> = {
  parse: (raw) => (/^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : undefined),
  serialize: (v) => String(v),
  expected: 'a positive whole number',
};

/**
 * A field of a view's search state: its URL key, codec and default. A list field is written
 * `a,b` and each item is parsed, checked and dropped on its own, so one bad id does not cost
 * the others. `exists` checks a parsed value against the dataset ("no such channel").
 */
// The brackets stop the conditional from distributing over unions (boolean is true | false).
export type FieldSpec<T, Ctx> = [T] extends [readonly (infer Item)[]]
  ? { key: string; list: true; codec: ParamCodec<Item>; exists?: (ctx: Ctx, value: Item) => boolean; missing?: string }
  : { key: string; list?: false; codec: ParamCodec<NonNullable<T>>; exists?: (ctx: Ctx, value: NonNullable<T>) => boolean; missing?: string };

/** A rule across fields (from after to): returns the issue and the state with the bad part dropped. */
export type CrossCheck<S> = (value: S) => { issue: SearchIssue; fixed: S } | null;

export type SearchDefinition<S, Ctx> = {
  defaults: S;
  /** Parses every parameter; each dropped value yields exactly one issue. Never throws. */
  parse: (params: URLSearchParams, ctx: Ctx) => { value: S; issues: SearchIssue[] };
  /** Canonical form: fixed key order, defaults left out, lists sorted and de-duplicated. */
  serialize: (value: S) => URLSearchParams;
};

type Fields<S, Ctx> = { [K in keyof S]: FieldSpec<S[K], Ctx> };

const MAX_VALUE_LENGTH = 2000;

export function defineSearch<S extends Record<string, unknown>, Ctx>(
  fields: Fields<S, Ctx>,
  defaults: S,
  crossChecks: readonly CrossCheck<S>[] = [],
): SearchDefinition<S, Ctx> {
  const entries = Object.entries(fields) as [keyof S & string, FieldSpec<unknown, Ctx> & { list?: boolean }][];
  const byKey = new Map(entries.map(([name, spec]) => [spec.key, [name, spec] as const]));

  const parse = (params: URLSearchParams, ctx: Ctx) => {
    const value = { ...defaults };
    const issues: SearchIssue[] = [];
    const seen = new Set<string>();
    for (const [key, raw] of params) {
      const field = byKey.get(key);
      const shown = clip(raw);
      if (!field) {
        issues.push({ param: clip(key), value: shown, problem: 'unknown parameter' });
        continue;
      }
      if (seen.has(key)) {
        issues.push({ param: key, value: shown, problem: 'repeated parameter: only the first is used' });
        continue;
      }
      seen.add(key);
      const [name, spec] = field;
      if (raw.length > MAX_VALUE_LENGTH) {
        issues.push({ param: key, value: shown, problem: `too long (over ${MAX_VALUE_LENGTH} characters)` });
        continue;
      }
      if (spec.list) {
        const items: unknown[] = [];
        for (const part of raw.split(',')) {
          if (part === '') continue;
          const item = spec.codec.parse(part);
          if (item === undefined) issues.push({ param: key, value: clip(part), problem: `not ${spec.codec.expected}` });
          else if (spec.exists && !spec.exists(ctx, item as never)) issues.push({ param: key, value: clip(part), problem: spec.missing ?? 'not in the dataset' });
          else if (!items.includes(item)) items.push(item);
        }
        (value as Record<string, unknown>)[name] = items;
        continue;
      }
      const parsed = spec.codec.parse(raw);
      if (parsed === undefined) issues.push({ param: key, value: shown, problem: `not ${spec.codec.expected}` });
      else if (spec.exists && !spec.exists(ctx, parsed as never)) issues.push({ param: key, value: shown, problem: spec.missing ?? 'not in the dataset' });
      else (value as Record<string, unknown>)[name] = parsed;
    }
    let out = value;
    for (const check of crossChecks) {
      const result = check(out);
      if (result) {
        issues.push(result.issue);
        out = result.fixed;
      }
    }
    return { value: out, issues };
  };

  const serialize = (value: S) => {
    const params = new URLSearchParams();
    for (const [name, spec] of entries) {
      const v = value[name];
      if (spec.list) {
        const items = [...new Set((v as unknown[]).map((x) => spec.codec.serialize(x as never)))].sort();
        if (items.length > 0) params.set(spec.key, items.join(','));
        continue;
      }
      if (v === undefined || v === null || Object.is(v, defaults[name])) continue;
      const s = spec.codec.serialize(v as never);
      if (s !== '' && s !== serializeDefault(spec, defaults[name])) params.set(spec.key, s);
    }
    return params;
  };

  return { defaults, parse, serialize };
}

function serializeDefault(spec: { codec: { serialize: (value: never) => string } }, d: unknown): string | undefined {
  return d === undefined || d === null ? undefined : spec.codec.serialize(d as never);
}

/** Long or hostile values are shown shortened in notices. */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * URLSearchParams from a raw query string, decoding each value exactly once. Malformed
 * percent-encoding (`%`, `%2`, `%E4%BD`) keeps the raw text instead of throwing, so the
 * value is then reported as invalid like any other.
 */
export function readSearchParams(search: string): URLSearchParams {
  const params = new URLSearchParams();
  const body = search.startsWith('?') ? search.slice(1) : search;
  if (body === '') return params;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    params.append(decodeOnce(key), decodeOnce(raw));
  }
  return params;
}

function decodeOnce(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}
