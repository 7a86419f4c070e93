import { useParams } from 'react-router';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EventTable } from '../../components/event-table.tsx';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { lastContact } from '../../domain/last-contact.ts';
import { actorHref, channelHref, channelIndexHref, eventAnchor, timelineHref } from '../../url/paths.ts';
import { LastContactFacts } from './last-contact-facts.tsx';
import { ChannelSides } from './channel-sides.tsx';
import { StatusHistory } from './status-history.tsx';

/** Today as a day, in UTC like every other day in the app. */
const todayDay = () => new Date().toISOString().slice(0, 10);

/** One channel: what it is, who sits on it, its status, how long since its last contact, its history and its events. */
export function ChannelPage({ today = todayDay() }: { today?: string }) {
  const { channelId = '' } = useParams();
  const index = useDatasetIndex();
  const channel = index.channelsById.get(channelId);
  if (!channel) {
    return (
      <NotFoundPanel title="Channel not found" links={[{ href: channelIndexHref(), label: 'All channels' }]}>
        <title>Channel not found · Hotline</title>
        <p>
          The dataset has no channel with the id <code>{channelId}</code>.
        </p>
      </NotFoundPanel>
    );
  }
  const events = index.eventsByChannel.get(channel.id) ?? [];
  return (
    <>
      <title>{`${channel.name} · Hotline`}</title>
      <h1>{channel.name}</h1>
      <p className="lede">{channel.description}</p>
      <LastContactFacts
        mechanism={channel.mechanism}
        current={index.intervalsByChannel.get(channel.id)?.at(-1)}
        contact={lastContact(events)}
        dataEnd={index.dataset.coverage.end}
        today={today}
        eventLink={(id) => timelineHref({ channels: [channel.id], event: id })}
        timelineLink={timelineHref({ channels: [channel.id] })}
      />
      <section aria-labelledby="sides-heading">
        <h2 id="sides-heading">Who sits on each side</h2>
        <ChannelSides channel={channel} actorsById={index.actorsById} actorHref={actorHref} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Status history</h2>
        <StatusHistory
          channelName={channel.name}
          intervals={index.intervalsByChannel.get(channel.id) ?? []}
          eventsById={index.eventsById}
          eventLink={(id) => `#${eventAnchor(id)}`}
        />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <EventTable
          caption={`Events on the ${channel.name}, oldest first`}
          events={events}
          channelsById={index.channelsById}
          channelHref={channelHref}
          rowId={eventAnchor}
          emptyMessage="No event in the sources concerns this channel yet."
        />
      </section>
    </>
  );
}
