import type { FormEvent, ReactNode } from 'react';
import './list-controls.css';

type ListFiltersProps = {
  /** Names the search landmark ("Filter actors"). */
  label: string;
  /** Called when the text search is submitted (Enter or the button). */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
};

/**
 * The filter bar above an index table: a search landmark holding the controls. The text field
 * applies on submit, so typing does not push a history entry per keystroke; checkboxes and
 * selects apply at once.
 */
export function ListFilters({ label, onSubmit, children }: ListFiltersProps) {
  return (
    <form
      role="search"
      aria-label={label}
      className="list-filters no-print"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event);
      }}
    >
      {children}
    </form>
  );
}
