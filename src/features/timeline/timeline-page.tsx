import { useMemo } from 'react';
import { currentChannelStatuses } from '../../domain/channel-status.ts';
import { addDays } from '../../domain/days.ts';
import { countLabel } from '../../domain/labels.ts';
import { formatDay } from '../../domain/partial-date.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EventTable } from '../../components/event-table.tsx';
import { channelHref, eventAnchor } from '../../url/paths.ts';
import { CurrentStatusTable } from './current-status-table.tsx';

/** Home: where every channel stands, and every event in order. */
export function TimelinePage() {
  const index = useDatasetIndex();
  const rows = useMemo(() => currentChannelStatuses(index), [index]);
  const { coverage, articles } = index.dataset;
  return (
    <>
      <title>Timeline · Hotline</title>
      <h1>Timeline</h1>
      <p className="lede">
        {countLabel(index.events.length, 'event')} on {countLabel(index.channels.length, 'channel')}, from{' '}
        {countLabel(articles.length, 'article')}, covering {formatDay(coverage.start)} – {formatDay(addDays(coverage.end, -1))}.
      </p>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Channel status</h2>
        <CurrentStatusTable rows={rows} channelHref={channelHref} eventLink={(id) => `#${eventAnchor(id)}`} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <EventTable
          caption="All events, oldest first"
          events={index.events}
          channelsById={index.channelsById}
          channelHref={channelHref}
          rowId={eventAnchor}
          emptyMessage="The dataset has no events yet."
        />
      </section>
    </>
  );
}
