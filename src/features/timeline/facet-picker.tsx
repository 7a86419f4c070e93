import { useId, useState } from 'react';

export type FacetOption = { id: string; label: string; hint?: string };

type FacetPickerProps = {
  legend: string;
  /** Built once per dataset: a long list (10,000 articles) is not rebuilt on every filter change. */
  options: readonly FacetOption[];
  /** Events per option with the other filters as they are; an option not in the map has none. */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (id: string) => void;
  /** Show a box to narrow a long list (actors, articles). */
  searchable?: boolean;
  /** Open without a click (short lists). */
  defaultOpen?: boolean;
};

/**
 * A disclosure with one checkbox per option and how many events each would give with the other
 * filters as they are. Narrowing the list by typing is view-local and never enters the URL.
 */
export function FacetPicker({ legend, options, counts, selected, onToggle, searchable = false, defaultOpen = false }: FacetPickerProps) {
  const [narrow, setNarrow] = useState('');
  // Options are rendered only while the disclosure is open: closed, the actor and source lists
  // of a large corpus would put ~70,000 nodes and 12,000 checkboxes in the page, which every
  // filter change re-renders and every history push re-saves (npm run bench: 0.5 s a change).
  const [opened, setOpened] = useState(false);
  const open = defaultOpen || selected.length > 0;
  const inputId = useId();
  const chosen = new Set(selected);
  const needle = narrow.trim().toLowerCase();
  const visible = needle ? options.filter((o) => o.label.toLowerCase().includes(needle) || chosen.has(o.id)) : options;
  return (
    <details className="facet" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        {legend}
        {selected.length > 0 ? <span className="facet__chosen"> ({selected.length} selected)</span> : null}
      </summary>
      {open || opened ? (
        <fieldset>
          <legend className="visually-hidden">{legend}</legend>
          {searchable ? (
            <p className="facet__narrow">
              <label htmlFor={inputId}>Find {legend.toLowerCase()}</label>
              <input id={inputId} type="search" value={narrow} onChange={(e) => setNarrow(e.target.value)} autoComplete="off" />
            </p>
          ) : null}
          <ul className="facet__options">
            {visible.map((o) => {
              const count = counts.get(o.id) ?? 0;
              return (
                <li key={o.id} className={count === 0 && !chosen.has(o.id) ? 'is-empty' : undefined}>
                  <label>
                    <input type="checkbox" checked={chosen.has(o.id)} onChange={() => onToggle(o.id)} />
                    <span className="facet__label">{o.label}</span>
                    {o.hint ? <span className="facet__hint"> {o.hint}</span> : null}
                    <span className="facet__count"> ({count})</span>
                  </label>
                </li>
              );
            })}
            {visible.length === 0 ? <li className="muted">None matches “{narrow}”.</li> : null}
          </ul>
        </fieldset>
      ) : null}
    </details>
  );
}
