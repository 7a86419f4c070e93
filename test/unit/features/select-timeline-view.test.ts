import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { selectTimelineView } from '../../../src/features/timeline/select-timeline-view.ts';
import { readSearchParams } from '../../../src/url/codec.ts';
import { timelineSearch } from '../../../src/url/timeline-search.ts';
import { readCommittedDataset } from '../../support/committed-dataset.ts';

const index = indexDataset(readCommittedDataset());
const view = (query: string) => {
  const parsed = timelineSearch.parse(readSearchParams(query), index);
  expect(parsed.issues).toEqual([]);
  return selectTimelineView(index, parsed.value);
};

describe('selectTimelineView on the committed data', () => {
  it('puts each matching event in the lane of every channel it concerns, and nothing else', () => {
    const v = view('?type=suspension');
    for (const lane of v.lanes) {
      const shown = [...lane.eventIndices].filter((i) => v.matched[i] === 1).map((i) => index.events[i]);
      expect(shown).toEqual(v.events.filter((e) => e.channelIds.includes(lane.channel.id)));
      expect([...lane.eventIndices].map((i) => index.events[i])).toEqual(index.eventsByChannel.get(lane.channel.id));
    }
    expect(v.events.length).toBeGreaterThan(0);
    expect(v.events.length).toBeLessThan(index.events.length);
  });

  it('keeps the same lanes (and so the drawn status bands) while only non-channel filters change', () => {
    const a = view('?type=suspension');
    const b = view('?type=meeting&actor=wu-qian');
    expect(b.lanes).toBe(a.lanes);
    const c = view('?channel=mmca');
    expect(c.lanes).not.toBe(a.lanes);
    expect(c.lanes.map((l) => l.channel.id)).toEqual(['mmca']);
    expect(view('?channel=mmca&type=call').lanes).toBe(c.lanes);
  });
});
