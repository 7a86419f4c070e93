import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { COUNTED_FACETS, EVENT_SORTS, emptyEventFilter, filterEvents, indexTimeline, normalizeText, outletId, sortEvents, type EventFilter } from '../../../src/domain/filter-events.ts';
import type { Dataset, Event } from '../../../src/schema/dataset.ts';
import { readCommittedDataset } from '../../support/committed-dataset.ts';
import { referenceFilterEvents } from '../../support/reference-filter.ts';
import { makeActor, makeArticle, makeChannel, makeEvent, makeEvidence } from '../../support/dataset-fixture.ts';

const ev = (articleId: string, quote: string, speakerIds: string[] = []) => makeEvidence({ articleId, quote, speakerIds });
const day = (start: string, end = start) => ({ start, end, precision: start === end ? ('day' as const) : ('month' as const), basis: 'stated' as const, note: 'n' });

// Four events over two channels, chosen so every facet has a match and a miss.
const events: Event[] = [
  makeEvent({ id: 'e1', type: 'call', date: day('2020-10-20'), channelIds: ['mmca'], actorIds: ['us-dod'], summary: 'DoD and PLA talk by phone.', evidence: [ev('a1', 'They spoke on the phone', ['wu-qian'])] }),
  makeEvent({ id: 'e2', type: 'meeting', date: day('2022-08-01', '2022-08-31'), channelIds: ['mmca', 'dpct'], actorIds: ['austin'], summary: 'Defense chiefs meet.', evidence: [ev('a2', 'The chiefs met in Phnom Penh')] }),
  makeEvent({ id: 'e3', type: 'suspension', date: day('2022-08-05'), channelIds: ['dpct'], actorIds: [], summary: 'Beijing suspends the talks.', evidence: [ev('a2', 'Beijing suspended the Défense talks'), ev('a3', 'the talks were cut')] }),
  makeEvent({ id: 'e4', type: 'call', date: day('2023-12-21'), channelIds: ['dpct'], actorIds: ['wu-qian'], summary: 'A draft call.', draft: true, evidence: [ev('a3', 'a call was held')] }),
];
const dataset: Dataset = {
  schemaVersion: 1,
  version: '000000000000',
  coverage: { start: '2020-01-01', end: '2024-01-01' },
  articles: [
    makeArticle({ id: 'a1', outlet: 'Global Times' }),
    makeArticle({ id: 'a2', outlet: 'South China Morning Post' }),
    makeArticle({ id: 'a3', outlet: null }),
  ],
  actors: [
    makeActor({ id: 'us-dod', name: 'Department of Defense', side: 'us', kind: 'organization' }),
    makeActor({ id: 'austin', name: 'Lloyd Austin', side: 'us' }),
    makeActor({ id: 'wu-qian', name: 'Wu Qian', side: 'prc', kind: 'spokesperson' }),
  ],
  channels: [makeChannel({ id: 'mmca', name: 'MMCA', order: 1 }), makeChannel({ id: 'dpct', name: 'DPCT', order: 0 })],
  events,
  statusIntervals: [],
};
const timeline = indexTimeline(indexDataset(dataset));
const run = (f: Partial<EventFilter>) => filterEvents(timeline, { ...emptyEventFilter, ...f });
const ids = (f: Partial<EventFilter>) => run(f).events.map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, Partial<EventFilter>, string[]]>([
    ['no filter: everything, chronological', {}, ['e1', 'e2', 'e3', 'e4']],
    ['channel', { channels: ['mmca'] }, ['e1', 'e2']],
    ['two channels are alternatives', { channels: ['mmca', 'dpct'] }, ['e1', 'e2', 'e3', 'e4']],
    ['actor taking part', { actors: ['austin'] }, ['e2']],
    ['actor taking part or quoted', { actors: ['wu-qian'] }, ['e1', 'e4']],
    ['side of anyone taking part or quoted', { sides: ['prc'] }, ['e1', 'e4']],
    ['side us', { sides: ['us'] }, ['e1', 'e2']],
    ['type', { types: ['call'] }, ['e1', 'e4']],
    ['source article', { sources: ['a3'] }, ['e3', 'e4']],
    ['outlet', { outlets: ['south-china-morning-post'] }, ['e2', 'e3']],
    ['range overlaps a month-long event', { from: '2022-08-20', to: '2022-12-31' }, ['e2']],
    ['range is inclusive at both ends', { from: '2022-08-05', to: '2022-08-05' }, ['e2', 'e3']],
    ['open-ended range', { from: '2023-01-01' }, ['e4']],
    ['text in a summary', { q: 'SUSPENDS' }, ['e3']],
    ['text in a quote, accents ignored', { q: 'defense talks' }, ['e3']],
    ['every word must occur', { q: 'talk phone' }, ['e1']],
    ['drafts hidden', { draft: 'hide' }, ['e1', 'e2', 'e3']],
    ['facets combine with and', { channels: ['dpct'], types: ['call'] }, ['e4']],
    ['nothing matches', { channels: ['mmca'], types: ['suspension'] }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('counts each option as if it alone were chosen in its facet, with the other facets applied', () => {
    const { counts } = run({ channels: ['mmca'], types: ['call'] });
    // Channels: calls on each channel (the channel facet itself is ignored for its own counts).
    expect(Object.fromEntries(counts.channels)).toEqual({ mmca: 1, dpct: 1 });
    // Types: events on mmca by type.
    expect(Object.fromEntries(counts.types)).toEqual({ call: 1, meeting: 1 });
    // Other facets: over the matching events only (e1).
    expect(Object.fromEntries(counts.actors)).toEqual({ 'us-dod': 1, 'wu-qian': 1 });
    expect(Object.fromEntries(counts.outlets)).toEqual({ 'global-times': 1 });
  });

  it('leaves events ruled out by range, text or drafts out of every count', () => {
    const { counts } = run({ draft: 'hide', from: '2021-01-01' });
    expect(Object.fromEntries(counts.types)).toEqual({ meeting: 1, suspension: 1 });
  });
});

describe('indexTimeline', () => {
  it('is built once per dataset index', () => {
    const index = indexDataset(dataset);
    expect(indexTimeline(index)).toBe(indexTimeline(index));
  });

  it('lists outlets by name with their articles; articles without an outlet have none', () => {
    expect(timeline.outlets.map((o) => [o.id, o.name, o.articleIds])).toEqual([
      ['global-times', 'Global Times', ['a1']],
      ['south-china-morning-post', 'South China Morning Post', ['a2']],
    ]);
  });
});

describe('text helpers', () => {
  it.each([
    ['South China Morning Post', 'south-china-morning-post'],
    ['  Global   Times ', 'global-times'],
    ['Défense & Sécurité', 'defense-securite'],
  ])('outletId(%j) = %j', (name, id) => expect(outletId(name)).toBe(id));

  it('normalises case, accents, curly quotes and spaces', () => {
    expect(normalizeText('  Wu  Qián’s “talks”\n')).toBe('wu qian\'s "talks"');
  });
});

describe('sortEvents', () => {
  const index = indexDataset(dataset);
  const order = (sort: Parameters<typeof sortEvents>[1]) => sortEvents(events, sort, index).map((e) => e.id);
  it.each<[Parameters<typeof sortEvents>[1], string[]]>([
    ['date', ['e1', 'e2', 'e3', 'e4']],
    ['-date', ['e4', 'e3', 'e2', 'e1']],
    ['type', ['e1', 'e4', 'e2', 'e3']],
    ['channel', ['e2', 'e3', 'e4', 'e1']],
    ['actor', ['e1', 'e2', 'e4', 'e3']],
    ['sources', ['e1', 'e2', 'e4', 'e3']],
    ['-sources', ['e3', 'e4', 'e2', 'e1']],
  ])('by %s', (sort, expected) => expect(order(sort)).toEqual(expected));

  it('gives the same order whatever order the events arrive in (the chronological input is only a shortcut)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: 0 }), fc.constantFrom(...EVENT_SORTS), (subset, sort) => {
        const chronological = events.filter((e) => subset.includes(e));
        expect(sortEvents(subset, sort, index).map((e) => e.id)).toEqual(sortEvents(chronological, sort, index).map((e) => e.id));
      }),
    );
  });
});

describe('on the committed data', () => {
  const real = indexTimeline(indexDataset(readCommittedDataset()));
  it('"which contacts did Wu Qian speak about?": the actor filter finds quotes by Wu Qian, not only events he takes part in', () => {
    const all = filterEvents(real, { ...emptyEventFilter, actors: ['wu-qian'] }).events;
    const takingPart = all.filter((e) => e.actorIds.includes('wu-qian')).map((e) => e.id);
    const quotedOnly = all.filter((e) => !e.actorIds.includes('wu-qian')).map((e) => e.id);
    expect(takingPart).toEqual(['evt-2023-08-31-wu-says-interactions-not-severed', 'evt-2023-09-28-wu-says-china-ready-for-dialogue']);
    expect(quotedOnly).toEqual([
      'evt-2020-10-esper-october-surprise-message',
      'evt-2020-10-20-oimc-dod-phone-call',
      'evt-2020-10-28-crisis-communication-video-meeting',
      'evt-2020-maritime-security-video-conference-planned',
      'evt-2020-11-hadr-seminar-planned',
      'evt-2023-08-aquilino-meets-pla-official-in-fiji',
    ]);
    const contacts = filterEvents(real, { ...emptyEventFilter, actors: ['wu-qian'], types: ['meeting', 'call', 'video-conference', 'contact'] }).events;
    expect(contacts.map((e) => e.id)).toEqual([
      'evt-2020-10-20-oimc-dod-phone-call',
      'evt-2020-10-28-crisis-communication-video-meeting',
      'evt-2023-08-aquilino-meets-pla-official-in-fiji',
    ]);
  });
});

describe('filterEvents agrees with the plain reference filter', () => {
  const sorted = (m: ReadonlyMap<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const same = (timeline: ReturnType<typeof indexTimeline>, filter: EventFilter) => {
    const fast = filterEvents(timeline, filter);
    const slow = referenceFilterEvents(timeline, filter);
    expect(fast.events.map((e) => e.id)).toEqual(slow.events.map((e) => e.id));
    expect([...fast.matched]).toEqual([...slow.matched]);
    for (const facet of COUNTED_FACETS) expect(sorted(fast.counts[facet]), facet).toEqual(sorted(slow.counts[facet]));
  };
  const filters = (timeline: ReturnType<typeof indexTimeline>) => {
    const pick = (values: readonly string[]) => fc.subarray([...new Set(values), 'not-in-the-data'], { maxLength: 3 });
    const evs = timeline.index.events;
    const days = [...new Set(evs.flatMap((e) => [e.date.start, e.date.end]))];
    return fc.record<EventFilter>({
      from: fc.option(fc.constantFrom(...days), { nil: undefined }),
      to: fc.option(fc.constantFrom(...days), { nil: undefined }),
      channels: pick(evs.flatMap((e) => e.channelIds)),
      actors: pick(timeline.facets.flatMap((f) => f.actorIds)),
      sides: pick(timeline.facets.flatMap((f) => f.sides)) as fc.Arbitrary<EventFilter['sides']>,
      types: pick(evs.map((e) => e.type)) as fc.Arbitrary<EventFilter['types']>,
      sources: pick(timeline.facets.flatMap((f) => f.articleIds)),
      outlets: pick(timeline.facets.flatMap((f) => f.outletIds)),
      q: fc.constantFrom('', 'talks', 'military channels', 'no such words'),
      draft: fc.constantFrom('show', 'hide'),
    });
  };

  it('on the fixture', () => {
    const timeline = indexTimeline(indexDataset(dataset));
    fc.assert(fc.property(filters(timeline), (filter) => same(timeline, filter)), { numRuns: 300 });
  });

  it('on the committed data', () => {
    const timeline = indexTimeline(indexDataset(readCommittedDataset()));
    fc.assert(fc.property(filters(timeline), (filter) => same(timeline, filter)), { numRuns: 300 });
  });
});
