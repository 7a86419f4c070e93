import { ChannelStatus, EventType } from '../../schema/enums.ts';
import { eventTypeLabel, statusLabel } from '../../domain/labels.ts';
import { ChartDefs } from './chart-layers.tsx';
import { GlyphIcon } from './event-glyph.tsx';

const P = 'legend';

function Swatch({ status, uncertain = false }: { status: ChannelStatus; uncertain?: boolean }) {
  return (
    <svg className="legend-swatch" width="28" height="14" aria-hidden="true" focusable="false">
      {uncertain ? (
        <>
          <rect width="28" height="14" fill={`url(#${P}-fade-${status})`} />
          <line className="band-uncertain-edge" x1="0.5" x2="0.5" y1="0" y2="14" />
        </>
      ) : (
        <>
          <rect className={`band band--${status}`} width="28" height="14" />
          {status !== 'open' ? <rect width="28" height="14" fill={`url(#${P}-${status})`} /> : null}
        </>
      )}
    </svg>
  );
}

/** What the colours, patterns and shapes mean; every entry is written out in words. */
export function ChartLegend() {
  return (
    <div className="chart-legend">
      <svg width="0" height="0" className="visually-hidden" aria-hidden="true" focusable="false">
        <ChartDefs prefix={P} />
      </svg>
      <h3 className="visually-hidden">Legend</h3>
      <ul aria-label="Statuses">
        {ChannelStatus.options.map((s) => (
          <li key={s}>
            <Swatch status={s} /> {statusLabel[s]}
          </li>
        ))}
        <li>
          <Swatch status="suspended" uncertain /> status began somewhere in this stretch (date known only to the month or a span)
        </li>
      </ul>
      <ul aria-label="Event types">
        {EventType.options.map((t) => (
          <li key={t}>
            <GlyphIcon type={t} /> {eventTypeLabel[t]}
          </li>
        ))}
        <li>
          <GlyphIcon type="meeting" draft /> draft (hollow, labelled “draft”)
        </li>
        <li>
          <svg width="28" height="14" aria-hidden="true" focusable="false" className="legend-swatch">
            <path className="mark-span" d="M2,3v8M2,7H26M26,3v8" />
          </svg>{' '}
          date known only as a span
        </li>
        <li>
          <GroupSwatch draft={false} /> several events close together: select to zoom in
        </li>
        <li>
          <GroupSwatch draft /> dashed: some of them are drafts
        </li>
      </ul>
    </div>
  );
}

/** A group mark as the chart draws it, with drafts shown as the chart shows them. */
function GroupSwatch({ draft }: { draft: boolean }) {
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false" className={`legend-swatch${draft ? ' timeline-mark--group is-draft' : ''}`}>
      <rect className="group-pill" x="1" y="1" width="26" height="14" rx="7" />
      <text className="group-count" x="14" y="8" textAnchor="middle" dominantBaseline="central">
        3
      </text>
    </svg>
  );
}
