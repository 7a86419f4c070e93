import { useState } from 'react';
import type { Day } from '../../schema/dataset.ts';
import { isCalendarDay } from '../../schema/dataset.ts';
import { dayFromNumber, dayNumber } from '../../domain/time-scale.ts';

type RangeControlProps = {
  /** What the URL says (undefined: the data's own start or end). */
  from: Day | undefined;
  to: Day | undefined;
  /** The data's coverage, inclusive, for the inputs' bounds and for zooming out. */
  first: Day;
  last: Day;
  onRange: (from: Day | undefined, to: Day | undefined) => void;
};

/**
 * The typed side of zooming: from and to days, applied together (one history entry), a zoom-out
 * that doubles the span, and a reset to the whole data. Dragging on the chart sets the same values.
 */
export function RangeControl({ from, to, first, last, onRange }: RangeControlProps) {
  const [error, setError] = useState('');
  const zoomOut = () => {
    const a = dayNumber(from ?? first);
    const b = dayNumber(to ?? last);
    const pad = Math.max(1, Math.round((b - a + 1) / 2));
    const lo = dayFromNumber(a - pad);
    const hi = dayFromNumber(b + pad);
    onRange(lo <= first ? undefined : lo, hi >= last ? undefined : hi);
  };
  return (
    <form
      className="range-control"
      aria-label="Date range"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const f = String(data.get('from') ?? '');
        const t = String(data.get('to') ?? '');
        if ((f && !isCalendarDay(f)) || (t && !isCalendarDay(t))) return setError('Type dates as YYYY-MM-DD.');
        if (f && t && f > t) return setError('“From” must be on or before “To”.');
        setError('');
        onRange(f || undefined, t || undefined);
      }}
    >
      <label>
        From <input key={from ?? ''} type="date" name="from" defaultValue={from ?? ''} min="1000-01-01" max="2999-12-31" />
      </label>
      <label>
        To <input key={to ?? ''} type="date" name="to" defaultValue={to ?? ''} min="1000-01-01" max="2999-12-31" />
      </label>
      <button type="submit" className="button">
        Zoom to dates
      </button>
      <button type="button" className="button" onClick={zoomOut} disabled={!from && !to}>
        Zoom out
      </button>
      <button type="button" className="button" onClick={() => onRange(undefined, undefined)} disabled={!from && !to}>
        Reset zoom
      </button>
      <span className="range-control__hint muted">or drag across the chart</span>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

type AsOfControlProps = { asOf: Day | undefined; first: Day; last: Day; onAsOf: (day: Day | undefined) => void };

/** The typed side of "as of" (clicking the chart's axis does the same). */
export function AsOfControl({ asOf, first, last, onAsOf }: AsOfControlProps) {
  const [error, setError] = useState('');
  return (
    <form
      className="range-control"
      aria-label="Status as of a day"
      onSubmit={(e) => {
        e.preventDefault();
        const d = String(new FormData(e.currentTarget).get('asof') ?? '');
        if (!isCalendarDay(d)) return setError('Type a day as YYYY-MM-DD.');
        if (d < first || d > last) return setError(`The data covers ${first} to ${last}.`);
        setError('');
        onAsOf(d);
      }}
    >
      <label>
        Status as of <input key={asOf ?? ''} type="date" name="asof" defaultValue={asOf ?? ''} min={first} max={last} required />
      </label>
      <button type="submit" className="button">
        Show status
      </button>
      {asOf ? (
        <button type="button" className="button" onClick={() => onAsOf(undefined)}>
          Close “as of”
        </button>
      ) : null}
      <span className="range-control__hint muted">or click a day on the chart’s axis</span>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
