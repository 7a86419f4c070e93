import { useMemo } from 'react';
import { selectActorRows, type ActorSortKey } from '../../domain/actor-list.ts';
import { countLabel } from '../../domain/labels.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { actorsSearch } from '../../url/actors-search.ts';
import { useSearchState } from '../../url/use-search-state.ts';
import { ActorFilters } from './actor-filters.tsx';
import { ActorTable } from './actor-table.tsx';
import './actors.css';

// Names read A→Z first; counts largest first.
const FIRST_DIR: Record<ActorSortKey, 'asc' | 'desc'> = { name: 'asc', mentions: 'desc', events: 'desc', articles: 'desc' };

/** Every actor: search by name or alias, filter by side and kind, sort by name or counts. */
export function ActorIndexPage() {
  const index = useDatasetIndex();
  const [search, update, dropped] = useSearchState(actorsSearch, null);
  const rows = useMemo(() => selectActorRows(index, search), [index, search]);
  const total = index.actorsByName.length;
  return (
    <div className="actor-index">
      <title>Actors · Hotline</title>
      <h1>Actors</h1>
      <UrlNotice dropped={dropped} />
      {total === 0 ? (
        <EmptyState title="The dataset has no actors." />
      ) : (
        <>
          <ActorFilters value={search} onChange={update} />
          <p className="list-count" role="status">
            {rows.length === total ? `All ${countLabel(total, 'actor')}` : `${rows.length} of ${countLabel(total, 'actor')}`}
          </p>
          {rows.length === 0 ? (
            <EmptyState title="No actor matches these filters." />
          ) : (
            <ActorTable
              rows={rows}
              sort={search.sort}
              dir={search.dir}
              onSort={(key) =>
                update((s) => ({ ...s, sort: key, dir: s.sort === key ? (s.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key] }))
              }
            />
          )}
        </>
      )}
    </div>
  );
}
