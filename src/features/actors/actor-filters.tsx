import { useId } from 'react';
import { ActorKind, Side } from '../../schema/enums.ts';
import { actorKindLabel, sideLabel } from '../../domain/labels.ts';
import { ListFilters } from '../../components/list-filters.tsx';
import type { ActorsSearch } from '../../url/actors-search.ts';

type ActorFiltersProps = {
  value: ActorsSearch;
  onChange: (change: (current: ActorsSearch) => ActorsSearch) => void;
};

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Name or alias search, side checkboxes and a kind choice. */
export function ActorFilters({ value, onChange }: ActorFiltersProps) {
  const qId = useId();
  const kindId = useId();
  return (
    <ListFilters
      label="Filter actors"
      onSubmit={(event) => {
        const q = String(new FormData(event.currentTarget).get('q') ?? '');
        onChange((s) => ({ ...s, q: q.trim() }));
      }}
    >
      <div>
        <label className="field-label" htmlFor={qId}>
          Name or alias
        </label>
        {/* Keyed by the URL value, so Back and Forward refill the field. */}
        <input key={value.q} id={qId} name="q" type="search" defaultValue={value.q} />{' '}
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <fieldset>
        <legend>Side</legend>
        {Side.options.map((side) => (
          <label key={side}>
            <input
              type="checkbox"
              checked={value.sides.includes(side)}
              onChange={() => onChange((s) => ({ ...s, sides: toggle(s.sides, side) }))}
            />{' '}
            {sideLabel[side]}
          </label>
        ))}
      </fieldset>
      <div>
        <label className="field-label" htmlFor={kindId}>
          Kind
        </label>
        <select
          id={kindId}
          // One kind at a time from here; a link may carry several (kind=a,b), shown as "several".
          value={value.kinds.length === 1 ? value.kinds[0] : value.kinds.length === 0 ? '' : 'several'}
          onChange={(e) => {
            const v = e.target.value;
            const kind = ActorKind.options.find((k) => k === v);
            onChange((s) => ({ ...s, kinds: kind ? [kind] : v === 'several' ? s.kinds : [] }));
          }}
        >
          <option value="">any kind</option>
          {value.kinds.length > 1 ? <option value="several">{value.kinds.map((k) => actorKindLabel[k]).join(', ')}</option> : null}
          {ActorKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {actorKindLabel[kind]}
            </option>
          ))}
        </select>
      </div>
    </ListFilters>
  );
}
