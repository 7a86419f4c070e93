import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { FacetCounts, Outlet } from '../../domain/filter-events.ts';
import { CONTACT_TYPES } from '../../domain/last-contact.ts';
import { eventTypeLabel, sideLabel } from '../../domain/labels.ts';
import { formatPartialDate } from '../../domain/partial-date.ts';
import { EventType, Side } from '../../schema/enums.ts';
import { hasFilters, type TimelineSearch } from '../../url/timeline-search.ts';
import { FacetPicker, type FacetOption } from './facet-picker.tsx';
import { toggleItem } from '../../domain/toggle.ts';

type ListKey = 'channels' | 'actors' | 'sides' | 'types' | 'sources' | 'outlets';

type FilterBarProps = {
  search: TimelineSearch;
  index: DatasetIndex;
  outlets: readonly Outlet[];
  counts: FacetCounts;
  onChange: (change: (s: TimelineSearch) => TimelineSearch) => void;
  onClear: () => void;
};

type Options = Record<'channels' | 'actors' | 'sides' | 'types' | 'sources' | 'outlets', readonly FacetOption[]>;

/** Every picker's options, once per dataset. */
function facetOptions(index: DatasetIndex, outlets: readonly Outlet[]): Options {
  return {
    channels: index.channels.map((c) => ({ id: c.id, label: c.shortName })),
    actors: index.actorsByName.map((a) => ({ id: a.id, label: a.name, hint: sideLabel[a.side] })),
    sides: Side.options.map((s) => ({ id: s, label: sideLabel[s] })),
    types: EventType.options.map((t) => ({ id: t, label: eventTypeLabel[t] })),
    sources: index.articlesByDate.map((a) => ({
      id: a.id,
      label: a.title || a.seedFile,
      hint: [a.outlet, a.published ? formatPartialDate(a.published) : null].filter(Boolean).join(', '),
    })),
    outlets: outlets.map((o) => ({ id: o.id, label: o.name })),
  };
}

/** Every filter of the timeline. Each change is one history entry. */
export function FilterBar({ search, index, outlets, counts, onChange, onClear }: FilterBarProps) {
  const options = useMemo(() => facetOptions(index, outlets), [index, outlets]);
  const flip = (key: ListKey) => (id: string) => onChange((s) => ({ ...s, [key]: toggleItem(s[key], id) }));
  const contactsOnly = search.types.length === CONTACT_TYPES.length && CONTACT_TYPES.every((t) => search.types.includes(t));
  return (
    <section className="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <form
        role="search"
        className="filter-bar__text"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
          onChange((s) => ({ ...s, q }));
        }}
      >
        <label htmlFor="timeline-q">Text in summaries and quotes</label>
        <span className="filter-bar__row">
          <input id="timeline-q" name="q" type="search" defaultValue={search.q} key={search.q} autoComplete="off" />
          <button type="submit" className="button">
            Search
          </button>
        </span>
      </form>
      <FacetPicker
        legend="Channels"
        defaultOpen
        options={options.channels}
        counts={counts.channels}
        selected={search.channels}
        onToggle={flip('channels')}
      />
      <FacetPicker
        legend="Actors"
        searchable
        options={options.actors}
        counts={counts.actors}
        selected={search.actors}
        onToggle={flip('actors')}
      />
      <FacetPicker
        legend="Side"
        options={options.sides}
        counts={counts.sides}
        selected={search.sides}
        onToggle={flip('sides')}
      />
      <FacetPicker
        legend="Event type"
        options={options.types}
        counts={counts.types}
        selected={search.types}
        onToggle={flip('types')}
      />
      <button
        type="button"
        className="button button--small"
        aria-pressed={contactsOnly}
        onClick={() => onChange((s) => ({ ...s, types: contactsOnly ? [] : [...CONTACT_TYPES] }))}
      >
        Contacts only (meetings, calls, video conferences, other contacts)
      </button>
      <FacetPicker
        legend="Source article"
        searchable
        options={options.sources}
        counts={counts.sources}
        selected={search.sources}
        onToggle={flip('sources')}
      />
      <FacetPicker
        legend="Outlet"
        options={options.outlets}
        counts={counts.outlets}
        selected={search.outlets}
        onToggle={flip('outlets')}
      />
      <p className="filter-bar__draft">
        <label>
          <input
            type="checkbox"
            checked={search.draft === 'hide'}
            onChange={() => onChange((s) => ({ ...s, draft: s.draft === 'hide' ? 'show' : 'hide' }))}
          />{' '}
          Hide draft events (machine-suggested, not yet confirmed)
        </label>
      </p>
      <button type="button" className="button" onClick={onClear} disabled={!hasFilters(search)}>
        Clear all filters
      </button>
    </section>
  );
}
