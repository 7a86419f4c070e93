import type { Channel, Day, Event, StatusInterval } from '../schema/dataset.ts';

/**
 * Turns status-changing events into contiguous intervals, per channel, covering
 * [coverage.start, coverage.end) with no gaps.
 *
 * Before a channel's first evidence its status is `unknown`, never assumed open.
 * Effects on the same day apply in event-id order, so the output is stable across runs;
 * the last one that day wins. A repeated status does not open a new interval: the first
 * event keeps the credit. Effects outside the coverage are clipped to it.
 *
 *   events: 2022-08-01 suspension(mmca, evt-a) · 2023-12-21 proposal(mmca, evt-b)
 *   out:    mmca [coverage.start, 2022-08-01) unknown
 *                [2022-08-01, 2023-12-21)     suspended  opened by evt-a (month precision)
 *                [2023-12-21, coverage.end)   proposed   opened by evt-b
 */
export function deriveStatusIntervals(
  channels: readonly Channel[],
  events: readonly Event[],
  coverage: { start: Day; end: Day },
): StatusInterval[] {
  const effectsByChannel = new Map<string, { day: Day; event: Event; status: StatusInterval['status']; precision: StatusInterval['precision'] }[]>();
  for (const event of events) {
    for (const effect of event.statusEffects) {
      const list = effectsByChannel.get(effect.channelId) ?? [];
      const day = effect.effective < coverage.start ? coverage.start : effect.effective;
      if (day < coverage.end) list.push({ day, event, status: effect.status, precision: effect.precision });
      effectsByChannel.set(effect.channelId, list);
    }
  }

  const out: StatusInterval[] = [];
  for (const channel of channels) {
    const effects = (effectsByChannel.get(channel.id) ?? []).sort((a, b) =>
      a.day < b.day ? -1 : a.day > b.day ? 1 : a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0,
    );
    const lane: StatusInterval[] = [
      { channelId: channel.id, status: 'unknown', start: coverage.start, end: coverage.end, eventId: null, precision: null },
    ];
    for (const { day, event, status, precision } of effects) {
      const current = lane[lane.length - 1]!;
      if (current.status === status) continue;
      const next: StatusInterval = {
        channelId: channel.id,
        status,
        start: day,
        end: coverage.end,
        eventId: event.id,
        precision,
      };
      if (current.start === day) {
        // Same day: the later effect replaces the earlier one, and may now repeat the one before.
        lane.pop();
        const previous = lane[lane.length - 1];
        if (previous && previous.status === status) continue;
        lane.push(next);
      } else {
        current.end = day;
        lane.push(next);
      }
    }
    // A same-day replacement may have left the previous interval's end pointing at the removed start.
    for (let i = 0; i < lane.length; i++) lane[i]!.end = lane[i + 1]?.start ?? coverage.end;
    out.push(...lane);
  }
  return out;
}

/** The interval of `channelId` that contains `day`, if the day lies within the coverage. */
export function statusOn(intervals: readonly StatusInterval[], channelId: string, day: Day): StatusInterval | undefined {
  return intervals.find((i) => i.channelId === channelId && i.start <= day && day < i.end);
}
