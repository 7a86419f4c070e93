import type { Channel, Event, StatusInterval } from '../schema/dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';

export type ChannelStatusRow = {
  channel: Channel;
  /** The channel's last interval: its status at the end of the data. Absent only if the dataset has none for it. */
  current: StatusInterval | undefined;
  /** The event that opened `current`; absent for a leading `unknown` (no evidence yet). */
  openedBy: Event | undefined;
  /** How many events concern the channel. */
  eventCount: number;
};

/**
 * Every channel in lane order with the status it is in at the end of the data.
 *
 *   mmca: [unknown from 2019-01-01] [suspended from 2022-08-01 by evt-a] [open from 2023-11-15 by evt-b]
 *   → { channel: mmca, current: open from 2023-11-15, openedBy: evt-b, eventCount: … }
 */
export function currentChannelStatuses(index: DatasetIndex): ChannelStatusRow[] {
  return index.channels.map((channel) => {
    const current = index.intervalsByChannel.get(channel.id)?.at(-1);
    const openedBy = current?.eventId ? index.eventsById.get(current.eventId) : undefined;
    return { channel, current, openedBy, eventCount: index.eventsByChannel.get(channel.id)?.length ?? 0 };
  });
}
