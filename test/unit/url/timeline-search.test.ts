import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { EVENT_SORTS, indexTimeline } from '../../../src/domain/filter-events.ts';
import { dayFromNumber, dayNumber } from '../../../src/domain/time-scale.ts';
import { EventType, Side } from '../../../src/schema/enums.ts';
import { readSearchParams } from '../../../src/url/codec.ts';
import { timelineHref } from '../../../src/url/paths.ts';
import { clearFilters, hasFilters, timelineDefaults, timelineSearch, type TimelineSearch } from '../../../src/url/timeline-search.ts';
import { readCommittedDataset } from '../../support/committed-dataset.ts';

const index = indexDataset(readCommittedDataset());
const outlets = indexTimeline(index).outlets.map((o) => o.id);
const parse = (search: string) => timelineSearch.parse(readSearchParams(search), index);
const serialize = (value: TimelineSearch) => timelineSearch.serialize(value).toString();
const canonical = (search: string) => serialize(parse(search).value);

describe('timeline search: table', () => {
  it.each<[string, Partial<TimelineSearch>, string]>([
    ['', {}, ''],
    ['?channel=mmca,chiefs', { channels: ['mmca', 'chiefs'] }, 'channel=chiefs%2Cmmca'],
    ['?actor=wu-qian&type=call,meeting', { actors: ['wu-qian'], types: ['call', 'meeting'] }, 'actor=wu-qian&type=call%2Cmeeting'],
    ['?side=prc,us&draft=hide', { sides: ['prc', 'us'], draft: 'hide' }, 'side=prc%2Cus&draft=hide'],
    ['?draft=show&sort=date', {}, ''],
    ['?outlet=global-times&source=003-209ec3550312bc1b', { outlets: ['global-times'], sources: ['003-209ec3550312bc1b'] }, 'source=003-209ec3550312bc1b&outlet=global-times'],
    ['?q=+not+severed+', { q: 'not severed' }, 'q=not+severed'],
    ['?asof=2023-01-01&event=evt-2022-08-china-suspends-military-channels', { asOf: '2023-01-01', event: 'evt-2022-08-china-suspends-military-channels' }, 'asof=2023-01-01&event=evt-2022-08-china-suspends-military-channels'],
    ['?to=2023-12-31&from=2022-01-01&sort=-sources&v=7c94995c83c6', { from: '2022-01-01', to: '2023-12-31', sort: '-sources', v: '7c94995c83c6' }, 'from=2022-01-01&to=2023-12-31&sort=-sources&v=7c94995c83c6'],
  ])('for %s, parses %j and serialises canonically to %s', (search, expected, out) => {
    const { value, issues } = parse(search);
    expect(issues).toEqual([]);
    expect(value).toEqual({ ...timelineDefaults, ...expected });
    expect(canonical(search)).toBe(out);
    expect(canonical(out)).toBe(out); // idempotent: the repair never loops
  });

  it.each<[string, { param: string; value: string; problem: string }]>([
    ['?channel=mmca,nope', { param: 'channel', value: 'nope', problem: 'no such channel' }],
    ['?actor=wu-qiann', { param: 'actor', value: 'wu-qiann', problem: 'no such actor' }],
    ['?from=2023-13-01', { param: 'from', value: '2023-13-01', problem: 'not a day written YYYY-MM-DD' }],
    ['?from=2024-01-01&to=2023-01-01', { param: 'to', value: '2023-01-01', problem: 'before from (2024-01-01)' }],
    ['?asof=1999-12-31', { param: 'asof', value: '1999-12-31', problem: 'outside the data (no status known on that day)' }],
    ['?type=phone', { param: 'type', value: 'phone', problem: `not one of ${EventType.options.join(', ')}` }],
    ['?side=taiwan', { param: 'side', value: 'taiwan', problem: 'not one of us, prc, other' }],
    ['?source=nope', { param: 'source', value: 'nope', problem: 'no such article' }],
    ['?outlet=fox', { param: 'outlet', value: 'fox', problem: 'no such outlet' }],
    ['?event=evt-nope', { param: 'event', value: 'evt-nope', problem: 'no such event' }],
    ['?draft=maybe', { param: 'draft', value: 'maybe', problem: 'not one of show, hide' }],
    ['?sort=size', { param: 'sort', value: 'size', problem: `not one of ${EVENT_SORTS.join(', ')}` }],
    ['?v=latest', { param: 'v', value: 'latest', problem: 'not a dataset version (12 hex digits)' }],
    ['?zoom=3', { param: 'zoom', value: '3', problem: 'unknown parameter' }],
  ])('for %s, drops the bad value with exactly one notice', (search, issue) => {
    expect(parse(search).issues).toEqual([issue]);
  });

  it('keeps the good values of a partly bad link (STYLE §4.5: only the MMCA lane survives)', () => {
    const { value, issues } = parse('?channel=mmca,nope&from=2023-13-01');
    expect(value.channels).toEqual(['mmca']);
    expect(value.from).toBeUndefined();
    expect(issues.map((i) => `${i.param}=${i.value}`)).toEqual(['channel=nope', 'from=2023-13-01']);
  });

  it('builds timeline links through the same serialiser', () => {
    expect(timelineHref()).toBe('/');
    expect(timelineHref({ actors: ['wu-qian'], asOf: '2023-01-01' })).toBe('/?actor=wu-qian&asof=2023-01-01');
  });

  it('clears filters but keeps the selection, the "as of" day and the sort', () => {
    const { value } = parse('?channel=mmca&q=x&from=2022-01-01&draft=hide&event=evt-2023-02-balloon-incident&asof=2023-01-01&sort=-date');
    expect(hasFilters(value)).toBe(true);
    const cleared = clearFilters(value);
    expect(hasFilters(cleared)).toBe(false);
    expect(serialize(cleared)).toBe('asof=2023-01-01&event=evt-2023-02-balloon-incident&sort=-date');
  });
});

// ── Properties ───────────────────────────────────────────────────────────

const { start, end } = index.dataset.coverage;
const anyDay = fc.integer({ min: dayNumber('1000-01-01'), max: dayNumber('2999-12-31') }).map(dayFromNumber);
const coveredDay = fc.integer({ min: dayNumber(start), max: dayNumber(end) - 1 }).map(dayFromNumber);
const sortedSubset = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map((xs) => [...xs].sort());
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any valid timeline state: ids from the data, lists sorted and unique (as parsing returns them), from ≤ to. */
const validState: fc.Arbitrary<TimelineSearch> = fc
  .record({
    a: optional(anyDay),
    b: optional(anyDay),
    channels: sortedSubset(index.channels.map((c) => c.id)),
    actors: sortedSubset(index.actorsByName.map((a) => a.id)),
    sides: sortedSubset(Side.options),
    types: sortedSubset(EventType.options),
    sources: sortedSubset(index.dataset.articles.map((a) => a.id)),
    outlets: sortedSubset(outlets),
    q: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.trim()),
    draft: fc.constantFrom('show' as const, 'hide' as const),
    asOf: optional(coveredDay),
    event: optional(fc.constantFrom(...index.events.map((e) => e.id))),
    sort: fc.constantFrom(...EVENT_SORTS),
    v: optional(fc.stringMatching(/^[0-9a-f]{12}$/)),
  })
  .map(({ a, b, ...rest }) => {
    const [from, to] = a && b && a > b ? [b, a] : [a, b];
    return { ...rest, from, to };
  });

describe('timeline search: properties', () => {
  it('serialise then parse gives back any valid state, with no notice', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { value, issues } = parse(serialize(state));
        expect(issues).toEqual([]);
        expect(value).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('no input string makes parsing throw', () => {
    const keys = ['from', 'to', 'channel', 'actor', 'side', 'type', 'source', 'outlet', 'q', 'draft', 'asof', 'event', 'sort', 'v'];
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.string({ unit: 'binary' })), { maxLength: 8 }).map((pairs) =>
        pairs.map(([k, v]) => `${k}=${v}`).join('&'),
      ),
      fc.array(fc.constantFrom('%', '%2', '%E4%BD', '&', '=', ',', '+', '?', '#', 'from', 'channel', 'mmca', '2023-02-30', '\u0000', '\ud800'), { maxLength: 30 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(raw, (search) => {
        const { value, issues } = parse(search);
        // And whatever survives is valid: re-parsing its canonical form reports nothing.
        expect(parse(serialize(value)).issues).toEqual([]);
        return Array.isArray(issues);
      }),
      { numRuns: 500 },
    );
  });

  const badValue = fc.oneof(
    fc.record({ key: fc.constantFrom('from', 'to', 'asof'), value: fc.constantFrom('2023-02-30', 'yesterday', '2023-1-1', '') }),
    fc.record({ key: fc.constantFrom('channel', 'actor', 'source', 'outlet', 'event'), value: fc.constantFrom('nope', 'NOPE', 'a b', '-x') }),
    fc.record({ key: fc.constantFrom('side', 'type', 'draft', 'sort'), value: fc.constantFrom('nope', 'US', 'Call') }),
    fc.record({ key: fc.constantFrom('zoom', 'page', 'channels'), value: fc.constantFrom('1', 'x') }),
    fc.record({ key: fc.constant('v'), value: fc.constantFrom('7C94995C83C6', 'abc', '') }),
  );

  it('each bad value yields exactly one notice naming it, and the rest of the state survives', () => {
    fc.assert(
      fc.property(validState, badValue, (state, bad) => {
        const params = timelineSearch.serialize(state);
        const listKeys = ['channel', 'actor', 'side', 'type', 'source', 'outlet'];
        if (bad.value === '' && listKeys.includes(bad.key)) return; // an empty list item is not a value
        const existing = params.get(bad.key);
        if (existing !== null && listKeys.includes(bad.key)) params.set(bad.key, `${existing},${bad.value}`);
        else params.set(bad.key, bad.value);
        const { value, issues } = parse(params.toString());
        expect(issues).toEqual([expect.objectContaining({ param: bad.key, value: bad.value })]);
        // The good values are untouched: the state differs from the original at most in the bad param.
        const expected = timelineSearch.parse(new URLSearchParams([...params].filter(([k]) => k !== bad.key)), index).value;
        const keep = listKeys.includes(bad.key) && existing !== null ? { ...expected, ...pick(state, bad.key) } : expected;
        expect(value).toEqual(keep);
      }),
      { numRuns: 400 },
    );
  });

  it('two days out of order yield exactly one notice, for "to"', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        fc.pre(a !== b);
        const [hi, lo] = a > b ? [a, b] : [b, a];
        expect(parse(`?from=${hi}&to=${lo}`).issues).toEqual([{ param: 'to', value: lo, problem: `before from (${hi})` }]);
      }),
    );
  });
});

const FIELD_OF: Record<string, keyof TimelineSearch> = { channel: 'channels', actor: 'actors', side: 'sides', type: 'types', source: 'sources', outlet: 'outlets' };
function pick(state: TimelineSearch, key: string): Partial<TimelineSearch> {
  const field = FIELD_OF[key]!;
  return { [field]: state[field] };
}
