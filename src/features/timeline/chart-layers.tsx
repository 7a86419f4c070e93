import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { StatusBand } from '../../domain/status-bands.ts';
import type { LaneMark } from '../../domain/timeline-marks.ts';
import { EventGlyph } from './event-glyph.tsx';
import { usePlotArea } from './plot-area.ts';

// The SVG layers drawn inside the recharts surface, positioned from the chart's plot area:
// status bands, the drag-to-zoom and axis-click surfaces, the "as of" line, and the marks.
// They take prepared lanes (pure functions did the work) and report intents by callback.

export const LANE_HEIGHT = 40;
export const AXIS_HEIGHT = 30;

/** What a lane draws below its marks: it changes with the zoom, not with the filters. */
export type BandLane = {
  id: string;
  name: string;
  bands: readonly StatusBand[];
};

export type LaneLayer = BandLane & {
  marks: readonly LaneMark[];
  labels: readonly string[];
};

const FADES = ['open', 'suspended', 'proposed', 'frozen', 'unknown'] as const;

/** Pattern and gradient definitions; ids are prefixed so two charts on a page do not clash. */
export function ChartDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-suspended`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="2.5" height="6" className="pattern-ink pattern-ink--suspended" />
      </pattern>
      <pattern id={`${prefix}-frozen`} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="1.2" className="pattern-ink pattern-ink--frozen" />
      </pattern>
      <pattern id={`${prefix}-proposed`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect y="3.5" width="4" height="1.2" className="pattern-ink pattern-ink--proposed" />
      </pattern>
      <pattern id={`${prefix}-unknown`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="1" height="5" className="pattern-ink pattern-ink--unknown" />
      </pattern>
      <pattern id={`${prefix}-mixed`} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="1.5" height="4" className="pattern-ink pattern-ink--mixed" />
      </pattern>
      {/* The uncertain leading edge fades in: the status began somewhere in this stretch. */}
      {FADES.map((status) => (
        <linearGradient key={status} id={`${prefix}-fade-${status}`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" style={{ stopColor: `var(--status-${status})`, stopOpacity: 0 }} />
          <stop offset="1" style={{ stopColor: `var(--status-${status})`, stopOpacity: 0.45 }} />
        </linearGradient>
      ))}
    </defs>
  );
}

type BandsProps = {
  prefix: string;
  lanes: readonly BandLane[];
  onZoom: (x0: number, x1: number) => void;
};

/**
 * Bands per lane; dragging across them selects a range to zoom to. Memoised: a filter change
 * leaves the bands as they are and does not re-render them.
 */
export const BandsLayer = memo(function BandsLayer({ prefix, lanes, onZoom }: BandsProps) {
  const plot = usePlotArea();
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const origin = useRef(0);
  if (!plot) return null;
  const localX = (e: PointerEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(plot.width, Math.max(0, e.clientX - left - plot.x));
  };
  const down = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    origin.current = localX(e);
    setDrag({ from: origin.current, to: origin.current });
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    if (drag) setDrag({ from: origin.current, to: localX(e) });
  };
  const up = (e: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const to = localX(e);
    setDrag(null);
    const [a, b] = [Math.min(origin.current, to), Math.max(origin.current, to)];
    if (b - a >= 4) onZoom(a, b);
  };
  return (
    <g
      className="timeline-bands"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => setDrag(null)}
      transform={`translate(${plot.x},${plot.y})`}
    >
      <rect className="timeline-drag-surface" width={plot.width} height={plot.height} />
      {lanes.map((lane, l) => (
        // data-lane: one per drawn lane, the signal `npm run bench` waits for (test/bench/run.ts).
        <g key={lane.id} data-lane={lane.id} transform={`translate(0,${l * LANE_HEIGHT})`}>
          {lane.bands.map((band) => (
            <g key={band.key} role="img" aria-label={band.label}>
              <title>{band.label}</title>
              <rect className={`band band--${band.status}`} x={band.certainX} width={Math.max(0, band.x1 - band.certainX)} y={3} height={LANE_HEIGHT - 6} />
              {band.status !== 'open' ? (
                <rect x={band.certainX} width={Math.max(0, band.x1 - band.certainX)} y={3} height={LANE_HEIGHT - 6} fill={`url(#${prefix}-${band.status})`} />
              ) : null}
              {band.certainX > band.x0 && band.status !== 'mixed' ? (
                <>
                  <rect x={band.x0} width={band.certainX - band.x0} y={3} height={LANE_HEIGHT - 6} fill={`url(#${prefix}-fade-${band.status})`} />
                  <line className="band-uncertain-edge" x1={band.x0} x2={band.x0} y1={3} y2={LANE_HEIGHT - 3} />
                </>
              ) : null}
              {band.x1 - band.certainX >= 64 ? (
                <text className="band-label" x={band.certainX + 4} y={13}>
                  {band.status}
                </text>
              ) : null}
            </g>
          ))}
          <line className="lane-rule" x1={0} x2={plot.width} y1={LANE_HEIGHT} y2={LANE_HEIGHT} />
        </g>
      ))}
      {drag && Math.abs(drag.to - drag.from) > 1 ? (
        <rect className="timeline-drag" x={Math.min(drag.from, drag.to)} width={Math.abs(drag.to - drag.from)} height={plot.height} />
      ) : null}
    </g>
  );
});

/** Lane names at the left of the plot. */
export const LaneNames = memo(function LaneNames({ lanes }: { lanes: readonly BandLane[] }) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <g className="lane-names" aria-hidden="true">
      {lanes.map((lane, l) => (
        <text key={lane.id} x={plot.x - 8} y={plot.y + l * LANE_HEIGHT + LANE_HEIGHT / 2} textAnchor="end" dominantBaseline="middle">
          {lane.name}
        </text>
      ))}
    </g>
  );
});

/** Clicking along the time axis opens "as of" that day (the typed date does the same by keyboard). */
export function AxisClickLayer({ onPick, asOfX, asOfLabel }: { onPick: (x: number) => void; asOfX: number | null; asOfLabel: string }) {
  const plot = usePlotArea();
  if (!plot) return null;
  const pick = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    onPick(Math.min(plot.width, Math.max(0, e.clientX - left - plot.x)));
  };
  return (
    <g aria-hidden="true">
      <rect className="timeline-axis-surface" x={plot.x} y={plot.y + plot.height} width={plot.width} height={AXIS_HEIGHT} onPointerUp={pick}>
        <title>Click a day on the axis to see every channel’s status on that day</title>
      </rect>
      {asOfX !== null ? (
        <g className="as-of-rule" transform={`translate(${plot.x + asOfX},${plot.y})`}>
          <line y1={-6} y2={plot.height} />
          <text y={-9} textAnchor="middle">
            {asOfLabel}
          </text>
        </g>
      ) : null}
    </g>
  );
}

type MarksProps = {
  lanes: readonly LaneLayer[];
  /** Roving focus: the one mark in the tab order. */
  active: { lane: number; index: number } | null;
  onActivate: (lane: number, index: number) => void;
  onFocusMark: (lane: number, index: number) => void;
  onHover: (at: { lane: number; index: number } | null) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, lane: number, index: number) => void;
  registerMark: (key: string, el: SVGGElement | null) => void;
};

/** Event and group marks: focusable buttons with names from pure label functions. */
export function MarksLayer({ lanes, active, onActivate, onFocusMark, onHover, onKey, registerMark }: MarksProps) {
  const plot = usePlotArea();
  if (!plot) return null;
  const cy = LANE_HEIGHT / 2 + 2;
  return (
    <g className="timeline-marks" transform={`translate(${plot.x},${plot.y})`} onMouseLeave={() => onHover(null)}>
      {lanes.map((lane, l) => (
        <g key={lane.id} role="group" aria-label={`${lane.name}: ${lane.marks.length === 0 ? 'no events shown' : `${lane.marks.length} marks`}`} transform={`translate(0,${l * LANE_HEIGHT})`}>
          {lane.marks.map((mark, i) => {
            const isActive = active?.lane === l && active.index === i;
            const { selected } = mark;
            const draft = mark.kind === 'event' ? mark.event.draft : mark.drafts > 0;
            return (
              <g
                key={mark.key}
                ref={(el) => registerMark(`${l}:${i}`, el)}
                className={`timeline-mark timeline-mark--${mark.kind}${selected ? ' is-selected' : ''}${draft ? ' is-draft' : ''}`}
                role="button"
                tabIndex={isActive ? 0 : -1}
                aria-label={lane.labels[i]}
                aria-current={selected ? 'true' : undefined}
                data-event-id={mark.kind === 'event' ? mark.event.id : undefined}
                onClick={() => onActivate(l, i)}
                onKeyDown={(e) => onKey(e, l, i)}
                onFocus={() => onFocusMark(l, i)}
                onMouseEnter={() => onHover({ lane: l, index: i })}
              >
                {mark.kind === 'event' ? (
                  <>
                    {mark.x1 - mark.x0 >= 3 ? (
                      <path className="mark-span" d={`M${mark.x0},${cy - 4}v8M${mark.x0},${cy}H${mark.x1}M${mark.x1},${cy - 4}v8`} />
                    ) : null}
                    {/* The pointer target, and the ring that shows focus, hover and selection. */}
                    <circle className="mark-hit" cx={mark.x} cy={cy} r={9.5} />
                    <EventGlyph type={mark.event.type} draft={mark.event.draft} x={mark.x} y={cy} />
                    {mark.event.draft ? (
                      <text className="mark-draft-label" x={mark.x} y={cy + 15} textAnchor="middle">
                        draft
                      </text>
                    ) : null}
                  </>
                ) : (
                  <GroupShape mark={mark} cy={cy} ringed={isActive || selected} />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}

// Nodes per mark are what a filter change costs to lay out and paint (npm run bench): an event
// mark is a group, a hit circle that doubles as its ring, and a glyph; a group mark is a pill
// and its count, with drafts shown by a dashed outline (and named by its label and tooltip),
// and its outer focus ring drawn only where focus can be (the one tab stop) or the selection is.
function GroupShape({ mark, cy, ringed }: { mark: Extract<LaneMark, { kind: 'group' }>; cy: number; ringed: boolean }) {
  const label = String(mark.count);
  const w = Math.max(mark.x1 - mark.x0 + 14, label.length * 7 + 12);
  const x = mark.x - w / 2;
  return (
    <>
      {ringed ? <rect className="mark-ring" x={x - 3} y={cy - 11} width={w + 6} height={22} rx={11} /> : null}
      <rect className="group-pill" x={x} y={cy - 8} width={w} height={16} rx={8} />
      <text className="group-count" x={mark.x} y={cy} textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </>
  );
}
