import { useCallback, useMemo } from 'react';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { addDays } from '../../domain/days.ts';
import { eventsToCsv, eventsToJson } from '../../domain/export-events.ts';
import { indexTimeline } from '../../domain/filter-events.ts';
import { countLabel } from '../../domain/labels.ts';
import { formatDay } from '../../domain/partial-date.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { timelineHref } from '../../url/paths.ts';
import { clearFilters, hasFilters, timelineSearch, type TimelineSearch } from '../../url/timeline-search.ts';
import { useSearchState } from '../../url/use-search-state.ts';
import { AsOfPanel } from './as-of-panel.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { EventDetail } from './event-detail.tsx';
import { EventList } from './event-list.tsx';
import { FilterBar } from './filter-bar.tsx';
import { AsOfControl, RangeControl } from './range-control.tsx';
import { selectTimelineView } from './select-timeline-view.ts';
import { ShareBar } from './share-bar.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import './timeline.css';

/** Home: channel status over time, the events that match the filters, and one event's evidence. All state is in the URL. */
export function TimelinePage() {
  const index = useDatasetIndex();
  const [search, update, dropped] = useSearchState(timelineSearch, index);
  const view = useMemo(() => selectTimelineView(index, search), [index, search]);
  // A change made here is the analyst's own view of the current data: the link's version no longer applies.
  const set = useCallback((f: (s: TimelineSearch) => TimelineSearch) => update((s) => ({ ...f(s), v: undefined })), [update]);
  const link = (patch: Partial<TimelineSearch>) => timelineHref({ ...search, v: undefined, ...patch });
  const { dataset } = index;
  const first = dataset.coverage.start;
  const last = addDays(dataset.coverage.end, -1);
  const query = timelineSearch.serialize({ ...search, v: undefined }).toString();
  const shareQuery = timelineSearch.serialize({ ...search, v: dataset.version }).toString();
  return (
    // data-query: the filters this render shows; chart and list commit with it (test/bench/run.ts times filter changes by it).
    <div className="timeline" data-query={query}>
      <title>Timeline · Hotline</title>
      <h1>Timeline</h1>
      <p className="lede">
        {countLabel(index.events.length, 'event')} on {countLabel(index.channels.length, 'channel')} from{' '}
        {countLabel(dataset.articles.length, 'article')}, {formatDay(first)} – {formatDay(last)}. Data version <code>{dataset.version}</code>.
      </p>
      <UrlNotice dropped={dropped} />
      {search.v && search.v !== dataset.version ? (
        <p className="notice notice--version" role="status">
          This link was made with data version <code>{search.v}</code>. The data has changed since (now <code>{dataset.version}</code>): the view
          below uses the current data, so events and statuses may differ from what the sender saw.
        </p>
      ) : null}
      <div className="timeline__layout">
        <FilterBar search={search} index={index} outlets={indexTimeline(index).outlets} counts={view.counts} onChange={set} onClear={() => set(clearFilters)} />
        <div className="timeline__main">
          <div className="timeline__summary">
            <p role="status" className="timeline__count">
              {hasFilters(search) ? `${view.events.length} of ${countLabel(index.events.length, 'event')} match the filters` : `All ${countLabel(view.events.length, 'event')}`}
            </p>
            <ShareBar
              link={shareLink(shareQuery)}
              csv={() => eventsToCsv(view.rows, index)}
              json={() => eventsToJson(view.rows, index, query)}
              fileStem={`hotline-events-${dataset.version}`}
              disabled={view.events.length === 0}
            />
          </div>
          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">Channels over time</h2>
            <RangeControl from={search.from} to={search.to} first={first} last={last} onRange={(from, to) => set((s) => ({ ...s, from, to }))} />
            <TimelineChart
              lanes={view.lanes}
              events={index.events}
              matched={view.matched}
              range={view.range}
              eventsById={index.eventsById}
              actorsById={index.actorsById}
              selectedId={search.event}
              asOf={search.asOf}
              onSelectEvent={(event) => set((s) => ({ ...s, event }))}
              onZoom={(from, to) => set((s) => ({ ...s, from, to }))}
              onAsOf={(asOf) => set((s) => ({ ...s, asOf: asOf >= first && asOf <= last ? asOf : s.asOf }))}
            />
            <ChartLegend />
          </section>
          <section aria-labelledby="as-of-heading" className="timeline__as-of">
            <h2 id="as-of-heading">Status on a day</h2>
            <AsOfControl asOf={search.asOf} first={first} last={last} onAsOf={(asOf) => set((s) => ({ ...s, asOf }))} />
            {search.asOf && view.asOf ? <AsOfPanel day={search.asOf} rows={view.asOf} actorsById={index.actorsById} eventLink={(event) => link({ event })} /> : null}
          </section>
          <div className="timeline__list-detail">
            <section aria-labelledby="events-heading" className="timeline__list">
              <h2 id="events-heading">Events</h2>
              {view.rows.length === 0 ? (
                <EmptyState title="No events match these filters.">
                  <button type="button" className="button" onClick={() => set(clearFilters)}>
                    Clear all filters
                  </button>
                </EmptyState>
              ) : (
                <EventList
                  labelledBy="events-heading"
                  rows={view.rows}
                  sort={search.sort}
                  selectedId={search.event}
                  channelsById={index.channelsById}
                  actorsById={index.actorsById}
                  articlesById={index.articlesById}
                  eventLink={(event) => link({ event })}
                  onSort={(sort) => set((s) => ({ ...s, sort }))}
                />
              )}
            </section>
            {view.selected ? (
              <EventDetail
                event={view.selected}
                hidden={view.selectedHidden}
                channelsById={index.channelsById}
                actorsById={index.actorsById}
                articlesById={index.articlesById}
                filterByActor={(id) => link({ actors: search.actors.includes(id) ? search.actors : [...search.actors, id] })}
                closeHref={link({ event: undefined })}
              />
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * The absolute link to the timeline with this query, always under the deploy base with its
 * trailing slash ("/hotline/?…"): the router writes the root as "/hotline?…", which a static
 * server under a sub-path may not serve on a cold open.
 */
function shareLink(query: string): string {
  return new URL(`${import.meta.env.BASE_URL}${query ? `?${query}` : ''}`, window.location.href).href;
}
