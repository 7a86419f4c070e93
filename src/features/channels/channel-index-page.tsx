import { useMemo } from 'react';
import { Link } from 'react-router';
import { currentChannelStatuses } from '../../domain/channel-status.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { DayLabel } from '../../components/partial-date-label.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { channelHref } from '../../url/paths.ts';

/** Every channel in lane order with its mechanism, current status and number of events. */
export function ChannelIndexPage() {
  const index = useDatasetIndex();
  const rows = useMemo(() => currentChannelStatuses(index), [index]);
  return (
    <>
      <title>Channels · Hotline</title>
      <h1>Channels</h1>
      {rows.length === 0 ? (
        <EmptyState title="The dataset has no channels." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Channels, in timeline order</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Mechanism</th>
                <th scope="col">Status now</th>
                <th scope="col">Since</th>
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ channel, current, eventCount }) => (
                <tr key={channel.id}>
                  <th scope="row">
                    <Link to={channelHref(channel.id)}>{channel.name}</Link>
                  </th>
                  <td>{channel.mechanism}</td>
                  <td>
                    <StatusBadge status={current?.status ?? 'unknown'} />
                  </td>
                  <td className="nowrap">
                    {current?.eventId ? <DayLabel day={current.start} precision={current.precision} /> : '—'}
                  </td>
                  <td className="num">{eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
