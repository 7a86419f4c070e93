import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { EventType } from '../../schema/enums.ts';
import { axisTicks, type ActorTimelinePoint } from '../../domain/actor-profile.ts';
import { eventTypeLabel } from '../../domain/labels.ts';

type ActorTimelineChartProps = {
  actorName: string;
  points: readonly ActorTimelinePoint[];
  onSelect: (eventId: string) => void;
};

type Datum = ActorTimelinePoint & { row: number };

const involvementLabel = { participant: 'took part', quoted: 'quoted about it', both: 'took part and quoted' } as const;

/**
 * The events an actor took part in or was quoted about, on a time axis, one row per event type.
 * Shape repeats colour: a filled dot for taking part, a ring for being quoted only; a draft
 * event is dashed. A point opens the event on the timeline. The event table below the chart
 * holds the same events as text and links, so nothing here is only reachable by pointer.
 */
export function ActorTimelineChart({ actorName, points, onSelect }: ActorTimelineChartProps) {
  if (points.length === 0) return null;
  const xs = points.flatMap((p) => [p.xStart, p.xEnd]);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max(20, Math.round((max - min) * 0.04));
  const domain: [number, number] = [min - pad, max + pad];
  const ticks = axisTicks(domain[0], domain[1]);
  const tickLabel = new Map(ticks.map((t) => [t.x, t.label]));
  // One row per event type present, in schema order, top to bottom (a numeric axis keeps that order).
  const types = EventType.options.filter((t) => points.some((p) => p.type === t));
  const data: Datum[] = points.map((p) => ({ ...p, row: types.indexOf(p.type) }));
  const rows = types.map((t) => eventTypeLabel[t]);
  const height = 40 + rows.length * 34;

  return (
    <figure className="actor-chart">
      <div className="actor-chart__plot">
        <ScatterChart
          responsive
          style={{ width: '100%', height }}
          margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
          aria-hidden="true"
        >
          <CartesianGrid stroke="var(--border)" horizontal={false} />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={ticks.map((t) => t.x)}
            tickFormatter={(x: number) => tickLabel.get(x) ?? ''}
            interval={0}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="row"
            domain={[-0.5, rows.length - 0.5]}
            ticks={rows.map((_, i) => i)}
            tickFormatter={(i: number) => rows[i] ?? ''}
            interval={0}
            reversed
            width={128}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          <Tooltip cursor={false} isAnimationActive={false} content={<PointTooltip />} />
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: ScatterShapeProps) => <Glyph {...props} />}
            onClick={(item) => {
              const id = (item.payload as Datum | undefined)?.eventId;
              if (id) onSelect(id);
            }}
            cursor="pointer"
          />
        </ScatterChart>
      </div>
      <figcaption className="muted">
        Events involving {actorName} by type over time: a filled dot where {actorName} took part, a ring where only quoted
        about it, dashed when the event is a draft; an event known only to the month or year sits mid-period. The table below lists the same events.
      </figcaption>
    </figure>
  );
}

function Glyph({ cx, cy, payload }: ScatterShapeProps) {
  const point = payload as Datum | undefined;
  if (cx === undefined || cy === undefined || !point) return <g />;
  const quotedOnly = point.involvement === 'quoted';
  return (
    <circle
      cx={cx}
      cy={cy}
      r={7}
      fill={quotedOnly ? 'var(--surface)' : 'var(--accent)'}
      stroke="var(--accent)"
      strokeWidth={2.5}
      strokeDasharray={point.draft ? '3 2' : undefined}
    />
  );
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as Datum | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{point.dateLabel}</strong> · {eventTypeLabel[point.type]}
        {point.draft ? <span className="tag tag--draft">draft</span> : null}
      </p>
      <p>{point.summary}</p>
      <p className="muted">{involvementLabel[point.involvement]}</p>
    </div>
  );
}
