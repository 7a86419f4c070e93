import { useId } from 'react';
import { DateBasis, DatePrecision } from '../../schema/enums.ts';
import { dateBasisLabel } from '../../domain/labels.ts';
import { ListFilters } from '../../components/list-filters.tsx';
import { toggleItem } from '../../domain/toggle.ts';
import type { ArticlesSearch } from '../../url/articles-search.ts';

type ArticleFiltersProps = {
  value: ArticlesSearch;
  onChange: (change: (current: ArticlesSearch) => ArticlesSearch) => void;
};

const precisionLabel: Record<DatePrecision, string> = { day: 'day', month: 'month', year: 'year' };

/** Text search, curation, and how the date is known (basis and precision). */
export function ArticleFilters({ value, onChange }: ArticleFiltersProps) {
  const curatedId = useId();
  return (
    <ListFilters
      label="Filter articles"
      searchLabel="Title, outlet, source or author"
      query={value.q}
      onSearch={(q) => onChange((s) => ({ ...s, q }))}
    >
      <div>
        <label className="field-label" htmlFor={curatedId}>
          Curation
        </label>
        <select
          id={curatedId}
          value={value.curated ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            onChange((s) => ({ ...s, curated: v === 'yes' || v === 'no' ? v : undefined }));
          }}
        >
          <option value="">curated or not</option>
          <option value="yes">curated only</option>
          <option value="no">not yet curated only</option>
        </select>
      </div>
      <fieldset>
        <legend>Date basis</legend>
        {DateBasis.options.map((basis) => (
          <label key={basis}>
            <input
              type="checkbox"
              checked={value.bases.includes(basis)}
              onChange={() => onChange((s) => ({ ...s, bases: toggleItem(s.bases, basis) }))}
            />{' '}
            {dateBasisLabel[basis]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Date precision</legend>
        {DatePrecision.options.map((precision) => (
          <label key={precision}>
            <input
              type="checkbox"
              checked={value.precisions.includes(precision)}
              onChange={() => onChange((s) => ({ ...s, precisions: toggleItem(s.precisions, precision) }))}
            />{' '}
            {precisionLabel[precision]}
          </label>
        ))}
      </fieldset>
    </ListFilters>
  );
}
