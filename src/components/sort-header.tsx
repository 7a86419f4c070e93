import './list-controls.css';

type SortHeaderProps<K extends string> = {
  label: string;
  sortKey: K;
  current: K;
  dir: 'asc' | 'desc';
  onSort: (key: K) => void;
  className?: string;
};

/**
 * A column header that sorts the table: a button, with `aria-sort` on the active column and an
 * arrow that repeats it (the arrow is decoration; the state is in `aria-sort` and the caption).
 */
export function SortHeader<K extends string>({ label, sortKey, current, dir, onSort, className }: SortHeaderProps<K>) {
  const active = sortKey === current;
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
