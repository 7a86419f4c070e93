import { useId, type FormEvent, type ReactNode } from 'react';
import './list-controls.css';

type ListFiltersProps = {
  /** Names the search landmark ("Filter actors"). */
  label: string;
  /** The text search's label and current value (from the URL). */
  searchLabel: string;
  query: string;
  /** Called with the trimmed text when the search is submitted (Enter or the button). */
  onSearch: (q: string) => void;
  children: ReactNode;
};

/**
 * The filter bar above an index table: a search landmark holding the controls. The text field
 * applies on submit, so typing does not push a history entry per keystroke; checkboxes and
 * selects apply at once.
 */
export function ListFilters({ label, searchLabel, query, onSearch, children }: ListFiltersProps) {
  const qId = useId();
  return (
    <form
      role="search"
      aria-label={label}
      className="list-filters no-print"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
      }}
    >
      <div>
        <label className="field-label" htmlFor={qId}>
          {searchLabel}
        </label>
        {/* Keyed by the URL value, so Back and Forward refill the field. */}
        <input key={query} id={qId} name="q" type="search" defaultValue={query} />{' '}
        <button type="submit" className="button">
          Search
        </button>
      </div>
      {children}
    </form>
  );
}
