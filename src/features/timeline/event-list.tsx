import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Actor, Article, Channel, Event } from '../../schema/dataset.ts';
import { sourceCount } from '../../domain/dataset-index.ts';
import type { EventSort } from '../../domain/filter-events.ts';
import { countLabel, eventTypeLabel } from '../../domain/labels.ts';
import { EventDateLabel } from '../../components/partial-date-label.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { GlyphIcon } from './event-glyph.tsx';

/** Fixed row height (px): a long list draws only the rows in view, so 50,000 events cost ~30 rows. */
export const ROW_HEIGHT = 72;
const VIEWPORT = 576;
const OVERSCAN = 8;
/** Lists longer than this are windowed. */
export const WINDOW_ABOVE = 200;

const COLUMNS: { key: EventSort | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type' },
  { key: 'channel', label: 'Channels' },
  { key: null, label: 'Summary' },
  { key: 'actor', label: 'Actors' },
  { key: 'sources', label: 'Sources' },
];

type EventListProps = {
  /** The id of the heading that names the table ("Events"). */
  labelledBy: string;
  rows: readonly Event[];
  sort: EventSort;
  selectedId: string | undefined;
  channelsById: ReadonlyMap<string, Channel>;
  actorsById: ReadonlyMap<string, Actor>;
  articlesById: ReadonlyMap<string, Article>;
  eventLink: (eventId: string) => string;
  onSort: (sort: EventSort) => void;
};

/**
 * The "Events" table: the events that match the filters, sortable, and the chart's text
 * alternative. Windowed: rows outside the scroll view are replaced by spacers, and
 * aria-rowcount/aria-rowindex tell assistive technology the real size and positions.
 */
export function EventList({ labelledBy, rows, sort, selectedId, channelsById, actorsById, articlesById, eventLink, onSort }: EventListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Short lists render whole (find-in-page and reading order just work); long ones are windowed.
  const windowed = rows.length > WINDOW_ABOVE;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = windowed ? Math.min(rows.length, Math.ceil((scrollTop + VIEWPORT) / ROW_HEIGHT) + OVERSCAN) : rows.length;
  // Once per rows or selection, not per scroll: a scan of 50,000 rows on every scroll event is felt.
  const selectedIndex = useMemo(() => (selectedId ? rows.findIndex((e) => e.id === selectedId) : -1), [rows, selectedId]);

  // When the selection (or its place in the rows) changes, the window moves to it in the same
  // render, from the scroll position we already know: reading the scroller's layout after a
  // filter change would force a second layout of the page (npm run bench, with ?event=).
  // A short list is not a scroller (the page scrolls), so it keeps no position to move.
  const [followed, setFollowed] = useState(-1);
  if (followed !== selectedIndex) {
    setFollowed(selectedIndex);
    const top = selectedIndex * ROW_HEIGHT;
    if (windowed && selectedIndex >= 0 && (top < scrollTop || top + 2 * ROW_HEIGHT > scrollTop + VIEWPORT)) setScrollTop(Math.max(0, top - ROW_HEIGHT));
  }
  // The scroller follows the state; `shown` is its last known position, so nothing is read back.
  const shown = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || shown.current === scrollTop) return;
    el.scrollTop = scrollTop;
    shown.current = scrollTop;
  }, [scrollTop]);

  const by = sort.replace(/^-/, '');
  const desc = sort.startsWith('-');
  return (
    <div className="event-list table-wrap" ref={scroller} style={windowed ? { maxHeight: VIEWPORT + 40 } : undefined} onScroll={(e) => setScrollTop((shown.current = e.currentTarget.scrollTop))}>
      <table className="data-table event-list__table" aria-labelledby={labelledBy} aria-rowcount={rows.length + 1}>
        <caption>
          {countLabel(rows.length, 'event')}, sorted by {COLUMNS.find((c) => c.key === by)?.label.toLowerCase()}
          {desc ? ', descending' : ''}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map(({ key, label }) => (
              <th key={label} scope="col" aria-sort={key === by ? (desc ? 'descending' : 'ascending') : undefined}>
                {key ? (
                  <button type="button" className="sort-button" onClick={() => onSort(key === by && !desc ? (`-${key}` as EventSort) : key)}>
                    {label}
                    <span aria-hidden="true">{key === by ? (desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                ) : (
                  label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr aria-hidden="true" className="spacer" style={{ height: first * ROW_HEIGHT }} /> : null}
          {rows.slice(first, last).map((event, i) => (
            <EventRow
              key={event.id}
              event={event}
              rowIndex={first + i + 2}
              selected={event.id === selectedId}
              channelsById={channelsById}
              actorsById={actorsById}
              articlesById={articlesById}
              href={eventLink(event.id)}
            />
          ))}
          {last < rows.length ? <tr aria-hidden="true" className="spacer" style={{ height: (rows.length - last) * ROW_HEIGHT }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

type EventRowProps = {
  event: Event;
  rowIndex: number;
  selected: boolean;
  channelsById: ReadonlyMap<string, Channel>;
  actorsById: ReadonlyMap<string, Actor>;
  articlesById: ReadonlyMap<string, Article>;
  href: string;
};

function EventRow({ event, rowIndex, selected, channelsById, actorsById, articlesById, href }: EventRowProps) {
  const sources = sourceCount(event);
  const outlets = [...new Set(event.evidence.map((e) => articlesById.get(e.articleId)?.outlet ?? 'outlet unknown'))];
  // Speakers who are not among the actors: "who said what" is part of why a row matches an actor filter.
  const quoted = [...new Set(event.evidence.flatMap((e) => e.speakerIds))].filter((id) => !event.actorIds.includes(id));
  return (
    <tr aria-rowindex={rowIndex} aria-current={selected ? 'true' : undefined} className={`${selected ? 'is-selected' : ''}${event.draft ? ' is-draft' : ''}`} style={{ height: ROW_HEIGHT }}>
      <td className="nowrap">
        <EventDateLabel value={event.date} />
      </td>
      <td className="nowrap">
        <GlyphIcon type={event.type} draft={event.draft} /> {eventTypeLabel[event.type]}
      </td>
      <td>
        <div className="cell-clamp">
          {event.channelIds.map((id, i) => {
            const effect = event.statusEffects.find((s) => s.channelId === id);
            return (
              <Fragment key={id}>
                {i > 0 ? ', ' : null}
                <span className="nowrap">
                  {channelsById.get(id)?.shortName ?? id}
                  {effect ? (
                    <>
                      {' → '}
                      <StatusBadge status={effect.status} />
                    </>
                  ) : null}
                </span>
              </Fragment>
            );
          })}
        </div>
      </td>
      <th scope="row" className="event-list__summary">
        <div className="cell-clamp">
          {event.draft ? <span className="tag tag--draft">draft</span> : null}
          <Link to={href} aria-current={selected ? 'true' : undefined}>
            {event.summary}
          </Link>
        </div>
      </th>
      <td>
        <div className="cell-clamp">
          {event.actorIds.map((id) => actorsById.get(id)?.name ?? id).join(', ') || '—'}
          {quoted.length > 0 ? <span className="muted">{`; quoted: ${quoted.map((id) => actorsById.get(id)?.name ?? id).join(', ')}`}</span> : null}
        </div>
      </td>
      <td>
        <div className="cell-clamp">
          <span className="nowrap">{countLabel(sources, 'article')}</span> <span className="muted">({outlets.join(', ')})</span>
        </div>
      </td>
    </tr>
  );
}
