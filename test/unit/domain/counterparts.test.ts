import { describe, expect, it } from 'vitest';
import { counterparts } from '../../../src/domain/counterparts.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { makeActor, makeEvent, makeEvidence } from '../../support/dataset-fixture.ts';
import { makeSourceViewDataset } from '../../support/source-view-fixture.ts';

const summary = (dataset: Dataset, actorId: string) =>
  counterparts(indexDataset(dataset), actorId).map((g) => ({
    side: g.side,
    own: g.ownSide,
    counterparts: g.counterparts.map((c) => `${c.actor.id}:${c.events.map((e) => e.id).join('+')}`),
  }));

const evidence = [makeEvidence({ articleId: 'art-alpha', quote: 'Beijing', start: 16 })];
const event = (id: string, date: string, actorIds: string[], speakerIds: string[] = []) =>
  makeEvent({
    id,
    channelIds: ['chiefs'],
    actorIds,
    date: { start: date, end: date, precision: 'day', basis: 'stated', note: 'x' },
    evidence: [{ ...evidence[0]!, speakerIds }],
  });

/** The fixture plus a few events with more participants, and actors on every side. */
function withMeetings(): Dataset {
  const dataset = makeSourceViewDataset();
  dataset.actors.push(
    makeActor({ id: 'un-envoy', name: 'UN Envoy', side: 'other' }),
    makeActor({ id: 'us-dod', name: 'US Department of Defense', kind: 'organization' }),
  );
  dataset.events.push(
    event('evt-m1', '2024-01-10', ['lloyd-austin', 'liu-zhenli', 'us-dod']),
    event('evt-m2', '2024-02-10', ['lloyd-austin', 'liu-zhenli', 'un-envoy', 'ghost-actor']),
    // Wu is quoted about this one but not a participant: not a meeting of Wu's.
    event('evt-m3', '2024-03-10', ['lloyd-austin', 'charles-brown'], ['wu-qian']),
  );
  return dataset;
}

describe('counterparts', () => {
  it('groups co-participants by side, the other sides first, most shared events first', () => {
    expect(summary(withMeetings(), 'lloyd-austin')).toEqual([
      { side: 'prc', own: false, counterparts: ['liu-zhenli:evt-m1+evt-m2', 'wu-qian:evt-delta-talks'] },
      { side: 'other', own: false, counterparts: ['un-envoy:evt-m2'] },
      { side: 'us', own: true, counterparts: ['charles-brown:evt-m3', 'us-dod:evt-m1'] },
    ]);
  });

  it('counts only events the actor took part in, not ones they were quoted about', () => {
    expect(summary(withMeetings(), 'wu-qian')).toEqual([{ side: 'us', own: false, counterparts: ['lloyd-austin:evt-delta-talks'] }]);
  });

  it('lists each shared event once, in chronological order; equal counts go by name', () => {
    expect(summary(withMeetings(), 'liu-zhenli')).toEqual([
      { side: 'us', own: false, counterparts: ['charles-brown:evt-delta-draft+evt-chiefs-call', 'lloyd-austin:evt-m1+evt-m2', 'us-dod:evt-m1'] },
      { side: 'other', own: false, counterparts: ['un-envoy:evt-m2'] },
    ]);
  });

  it('is empty for an actor with no shared events, and for an unknown id', () => {
    expect(summary(withMeetings(), 'prc-mnd')).toEqual([]);
    expect(summary(withMeetings(), 'nobody')).toEqual([]);
  });
});
