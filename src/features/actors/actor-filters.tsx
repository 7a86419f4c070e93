import { useId } from 'react';
import { ActorKind, Side } from '../../schema/enums.ts';
import { actorKindLabel, sideLabel } from '../../domain/labels.ts';
import { ListFilters } from '../../components/list-filters.tsx';
import { toggleItem } from '../../domain/toggle.ts';
import type { ActorsSearch } from '../../url/actors-search.ts';

type ActorFiltersProps = {
  value: ActorsSearch;
  onChange: (change: (current: ActorsSearch) => ActorsSearch) => void;
};

/** Name or alias search, side checkboxes and a kind choice. */
export function ActorFilters({ value, onChange }: ActorFiltersProps) {
  const kindId = useId();
  return (
    <ListFilters
      label="Filter actors"
      searchLabel="Name or alias"
      query={value.q}
      onSearch={(q) => onChange((s) => ({ ...s, q }))}
    >
      <fieldset>
        <legend>Side</legend>
        {Side.options.map((side) => (
          <label key={side}>
            <input
              type="checkbox"
              checked={value.sides.includes(side)}
              onChange={() => onChange((s) => ({ ...s, sides: toggleItem(s.sides, side) }))}
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
