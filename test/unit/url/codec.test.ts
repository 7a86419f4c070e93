import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, day, defineSearch, flag, id, oneOf, readSearchParams, text } from '../../../src/url/codec.ts';

type Demo = { from?: string; to?: string; channels: string[]; types: ('call' | 'meeting')[]; q: string; draft: boolean; page?: number };
const known = new Set(['mmca', 'dpct', 'chiefs']);
const demo = defineSearch<Demo, Set<string>>(
  {
    from: { key: 'from', codec: day },
    to: { key: 'to', codec: day },
    channels: { key: 'channel', list: true, codec: id, exists: (ctx, v) => ctx.has(v), missing: 'no such channel' },
    types: { key: 'type', list: true, codec: oneOf(['call', 'meeting'] as const) },
    q: { key: 'q', codec: text },
    draft: { key: 'draft', codec: flag },
    page: { key: 'page', codec: count },
  },
  { channels: [], types: [], q: '', draft: false },
  [
    (s) =>
      s.from && s.to && s.from > s.to
        ? { issue: { param: 'to', value: s.to, problem: `before from (${s.from})` }, fixed: { ...s, to: undefined } }
        : null,
  ],
);
const parse = (search: string) => demo.parse(readSearchParams(search), known);
const canonical = (search: string) => demo.serialize(parse(search).value).toString();

describe('defineSearch', () => {
  it.each([
    ['', {}, ''],
    ['?channel=mmca,dpct', { channels: ['mmca', 'dpct'] }, 'channel=dpct%2Cmmca'],
    ['?channel=dpct,dpct,mmca', { channels: ['dpct', 'mmca'] }, 'channel=dpct%2Cmmca'],
    ['?from=2023-01-01&to=2023-12-31', { from: '2023-01-01', to: '2023-12-31' }, 'from=2023-01-01&to=2023-12-31'],
    ['?q=+Wu+Qian+', { q: 'Wu Qian' }, 'q=Wu+Qian'],
    ['?draft=0', { draft: false }, ''],
    ['?draft=1&page=3', { draft: true, page: 3 }, 'draft=1&page=3'],
  ])('for %s, parses %j and serialises canonically to %s', (search, expected, out) => {
    const { value, issues } = parse(search);
    expect(issues).toEqual([]);
    expect(value).toMatchObject(expected);
    expect(canonical(search)).toBe(out);
  });

  it.each([
    ['?channel=mmca,nope', [{ param: 'channel', value: 'nope', problem: 'no such channel' }], { channels: ['mmca'] }],
    ['?from=2023-13-01', [{ param: 'from', value: '2023-13-01', problem: 'not a day written YYYY-MM-DD' }], {}],
    ['?type=call,phone', [{ param: 'type', value: 'phone', problem: 'not one of call, meeting' }], { types: ['call'] }],
    ['?zoom=3', [{ param: 'zoom', value: '3', problem: 'unknown parameter' }], {}],
    ['?from=2024-01-01&to=2023-01-01', [{ param: 'to', value: '2023-01-01', problem: 'before from (2024-01-01)' }], { from: '2024-01-01', to: undefined }],
    ['?q=a&q=b', [{ param: 'q', value: 'b', problem: 'repeated parameter: only the first is used' }], { q: 'a' }],
    ['?channel=MMCA', [{ param: 'channel', value: 'MMCA', problem: 'not an id (lowercase letters, digits and -)' }], { channels: [] }],
    ['?page=0', [{ param: 'page', value: '0', problem: 'not a positive whole number' }], {}],
  ])('for %s, drops exactly the bad value with one notice', (search, issues, expected) => {
    const parsed = parse(search);
    expect(parsed.issues).toEqual(issues);
    expect(parsed.value).toMatchObject(expected);
    // The dropped value is gone from the canonical URL too.
    const dropped = issues[0]!.param;
    expect(readSearchParams(demo.serialize(parsed.value).toString()).get(dropped) ?? '').not.toContain(issues[0]!.value);
  });

  it('decodes each value once and keeps broken percent-encoding as text', () => {
    expect(readSearchParams('?q=%2541').get('q')).toBe('%41');
    for (const raw of ['%', '%2', '%E4%BD', '%zz']) {
      expect(readSearchParams(`?from=${raw}`).get('from')).toBe(raw);
      expect(parse(`?from=${raw}`).issues).toEqual([{ param: 'from', value: raw, problem: 'not a day written YYYY-MM-DD' }]);
    }
  });

  it('reports an over-long value once, shortened', () => {
    const { issues } = parse(`?q=${'x'.repeat(5000)}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.problem).toBe('too long (over 2000 characters)');
    expect(issues[0]?.value.length).toBeLessThanOrEqual(80);
  });
});

const stateArb: fc.Arbitrary<Demo> = fc.record({
  from: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
  to: fc.constant(undefined),
  channels: fc.uniqueArray(fc.constantFrom('mmca', 'dpct', 'chiefs')).map((a) => [...a].sort()),
  types: fc.uniqueArray(fc.constantFrom('call' as const, 'meeting' as const)).map((a) => [...a].sort()),
  q: fc.string({ maxLength: 40 }).map((s) => s.trim()),
  draft: fc.boolean(),
  page: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
});

describe('properties', () => {
  it('serialise then parse gives back any valid state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { value, issues } = demo.parse(readSearchParams(`?${demo.serialize(state).toString()}`), known);
        expect(issues).toEqual([]);
        expect({ ...demo.defaults, ...value }).toEqual({ ...demo.defaults, ...state });
      }),
    );
  });

  it('no input string makes parsing throw, and canonical form is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.webQueryParameters(), (junk, query) => {
        for (const search of [junk, `?${query}`]) {
          const once = canonical(search);
          expect(canonical(`?${once}`)).toBe(once);
          expect(parse(`?${once}`).issues).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('each bad value yields exactly one notice', () => {
    const bad = fc.constantFrom('nope', 'MMCA', 'x_y', '', 'zz-top');
    fc.assert(
      fc.property(fc.uniqueArray(bad, { minLength: 1 }), (values) => {
        const nonEmpty = values.filter((v) => v !== '');
        const { issues } = parse(`?channel=mmca,${values.join(',')}`);
        expect(issues).toHaveLength(nonEmpty.length);
      }),
    );
  });
});
