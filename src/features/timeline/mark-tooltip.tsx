import type { Actor } from '../../schema/dataset.ts';
import { countLabel, eventTypeLabel } from '../../domain/labels.ts';
import { formatDayRange, formatEventDate } from '../../domain/partial-date.ts';
import type { LaneMark } from '../../domain/timeline-marks.ts';
import { precisionNote } from './precision-note.ts';

type MarkTooltipProps = {
  mark: LaneMark;
  laneName: string;
  actorsById: ReadonlyMap<string, Actor>;
  /** Anchor, px within the chart. */
  left: number;
  top: number;
  width: number;
};

/**
 * What a hovered or focused mark stands for: date at its precision, type, summary, actors.
 * Visual only (aria-hidden): the mark's accessible name already says it, and the table is the
 * text alternative.
 */
export function MarkTooltip({ mark, laneName, actorsById, left, top, width }: MarkTooltipProps) {
  const style = { left: Math.min(Math.max(8, left - 140), width - 296), top };
  if (mark.kind === 'group') {
    return (
      <div className="timeline-tooltip" style={style} aria-hidden="true">
        <p className="timeline-tooltip__date">
          {countLabel(mark.count, 'event')} on {laneName}, {formatDayRange(mark.from, mark.to)}
          {mark.drafts > 0 ? `, ${mark.drafts === mark.count ? 'all' : mark.drafts} draft${mark.drafts === 1 ? '' : 's'}` : ''}
        </p>
        <ul>
          {mark.events.slice(0, 4).map((e) => (
            <li key={e.id}>
              {formatEventDate(e.date)}: {e.summary}
              {e.draft ? ' (draft)' : ''}
            </li>
          ))}
          {mark.count > 4 ? <li>and {mark.count - 4} more</li> : null}
        </ul>
        <p className="muted">Click or press Enter to zoom in.</p>
      </div>
    );
  }
  const { event } = mark;
  const actors = event.actorIds.map((id) => actorsById.get(id)?.name ?? id);
  return (
    <div className="timeline-tooltip" style={style} aria-hidden="true">
      <p className="timeline-tooltip__date">
        {formatEventDate(event.date)} <span className="muted">({precisionNote(event.date.precision)})</span>
      </p>
      <p>
        <strong>{eventTypeLabel[event.type]}</strong> · {laneName}
        {event.draft ? <span className="tag tag--draft">draft</span> : null}
      </p>
      <p>{event.summary}</p>
      {actors.length > 0 ? <p className="muted">Actors: {actors.join(', ')}</p> : null}
    </div>
  );
}
