import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CartesianAxis, Surface } from 'recharts';
import type { Actor, Day, Event } from '../../schema/dataset.ts';
import { laneBands } from '../../domain/status-bands.ts';
import { dayFromNumber, dayNumber, timeTicks } from '../../domain/time-scale.ts';
import { chartBinWidth, groupChartMarks, placeLane } from '../../domain/chart-marks.ts';
import { eventMarkLabel, fromPixel, groupMarkLabel, moveFocus, toPixel, zoomRangeFor, type LaneMark, type TimeView } from '../../domain/timeline-marks.ts';
import { formatDay } from '../../domain/partial-date.ts';
import type { ChartLane } from './select-timeline-view.ts';
import { AXIS_HEIGHT, AxisClickLayer, BandsLayer, ChartDefs, LANE_HEIGHT, LaneNames, MarksLayer, type BandLane, type LaneLayer } from './chart-layers.tsx';
import { MarkTooltip } from './mark-tooltip.tsx';
import { PlotAreaContext, type PlotArea } from './plot-area.ts';
import { useElementWidth } from './use-element-width.ts';

const MARGIN = { top: 22, right: 16, bottom: 0, left: 168 };
/**
 * Marks in the whole chart at most. Each mark is a few SVG nodes that a filter change may lay
 * out and paint again: at 600 a change at 50,000 events stays well within 100 ms (npm run
 * bench), and forty lanes still get about fifteen bins each; busier charts draw coarser bins.
 */
const MAX_MARKS = 600;

type TimelineChartProps = {
  lanes: readonly ChartLane[];
  /** Every event, chronological: lanes refer to them by position. */
  events: readonly Event[];
  /** 1 where `events[i]` matches the filters. */
  matched: Uint8Array;
  range: { start: number; end: number };
  eventsById: ReadonlyMap<string, Event>;
  actorsById: ReadonlyMap<string, Actor>;
  selectedId: string | undefined;
  asOf: Day | undefined;
  onSelectEvent: (eventId: string) => void;
  onZoom: (from: Day, to: Day) => void;
  onAsOf: (day: Day) => void;
};

type Pos = { lane: number; index: number };

/**
 * One swimlane per channel: status bands, and the events as marks grouped by pixel (never one
 * node per event). recharts draws the surface and the time axis; the layers are ours, placed
 * from the plot area the chart computes itself.
 * Keyboard: Tab reaches one mark (roving focus), arrows move, Enter or Space activates.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { lanes, events, matched, range, eventsById, actorsById, selectedId, asOf, onSelectEvent, onZoom, onAsOf } = props;
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const wrapper = useRef<HTMLDivElement>(null);
  const width = Math.max(480, useElementWidth(wrapper, 960));
  const view: TimeView = useMemo(
    () => ({ start: range.start, end: range.end, width: width - MARGIN.left - MARGIN.right }),
    [range.start, range.end, width],
  );

  // Bands depend on the lanes' statuses and the zoom, not on the other filters: a filter change
  // redraws the marks only.
  const bandLanes: BandLane[] = useMemo(
    () => lanes.map(({ channel, intervals }) => ({ id: channel.id, name: channel.shortName, bands: laneBands(channel.shortName, intervals, eventsById, view) })),
    [lanes, view, eventsById],
  );
  // Events are placed on the time axis, and bins chosen from all of them, once per zoom: the
  // bins hold still while the filters change.
  const placed = useMemo(() => lanes.map((l) => placeLane(events, l.eventIndices, view)), [events, lanes, view]);
  const binWidth = useMemo(() => chartBinWidth(placed, view.width, MAX_MARKS), [placed, view.width]);
  const selectedIndex = useMemo(() => (selectedId ? events.findIndex((e) => e.id === selectedId) : -1), [events, selectedId]);
  const layers: LaneLayer[] = useMemo(() => {
    const marks = groupChartMarks(events, placed, matched, view, MAX_MARKS, binWidth, selectedIndex);
    return bandLanes.map((lane, l) => ({
      ...lane,
      marks: marks[l]!,
      labels: marks[l]!.map((m) => (m.kind === 'event' ? eventMarkLabel(m.event, lane.name) : groupMarkLabel(m, lane.name))),
    }));
  }, [bandLanes, events, placed, matched, view, binWidth, selectedIndex]);
  const ticks = useMemo(() => timeTicks(view.start, view.end, view.width), [view]);
  const axisTicks = useMemo(() => ticks.map((t, index) => ({ value: t.label, coordinate: MARGIN.left + toPixel(view, t.value), index })), [ticks, view]);

  const [focus, setFocus] = useState<Pos | null>(null);
  const [hover, setHover] = useState<Pos | null>(null);
  const [focused, setFocused] = useState(false);
  const marks = useRef(new Map<string, SVGGElement>());
  const registerMark = useCallback((key: string, el: SVGGElement | null) => {
    if (el) marks.current.set(key, el);
    else marks.current.delete(key);
  }, []);

  const markAt = (p: Pos | null): LaneMark | undefined => (p ? layers[p.lane]?.marks[p.index] : undefined);
  const active = tabStop(layers, focus);

  // Opening a group by keyboard redraws the marks; focus then moves to the first mark of the
  // zoomed lane instead of falling back to the page.
  const refocusLane = useRef<number | null>(null);
  useEffect(() => {
    const lane = refocusLane.current;
    if (lane === null) return;
    refocusLane.current = null;
    const l = layers[lane]?.marks.length ? lane : layers.findIndex((x) => x.marks.length > 0);
    if (l < 0) return;
    setFocus({ lane: l, index: 0 });
    marks.current.get(`${l}:0`)?.focus();
  }, [layers]);

  const activate = (p: Pos, byKeyboard = false) => {
    const mark = markAt(p);
    if (!mark) return;
    if (mark.kind === 'event') onSelectEvent(mark.event.id);
    else {
      const r = zoomRangeFor(mark.from, mark.to);
      if (byKeyboard) refocusLane.current = p.lane;
      onZoom(r.from, r.to);
    }
  };
  const onKey = (e: KeyboardEvent<SVGGElement>, lane: number, index: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate({ lane, index }, true);
      return;
    }
    const next = moveFocus(layers.map((x) => x.marks), { lane, index }, e.key);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    marks.current.get(`${next.lane}:${next.index}`)?.focus();
  };

  const pixelToDay = useCallback((x: number) => dayFromNumber(fromPixel(view, x)), [view]);
  // The page passes a new onZoom each render; the bands take a stable one so that they re-render on zoom only.
  const latestOnZoom = useRef(onZoom);
  useEffect(() => {
    latestOnZoom.current = onZoom;
  }, [onZoom]);
  const zoomPixels = useCallback((a: number, b: number) => latestOnZoom.current(pixelToDay(a), pixelToDay(b)), [pixelToDay]);
  const pickAxis = (x: number) => {
    // Near a tick (within 6 px), take the tick's day: the axis reads "2023", so a click there means 1 Jan 2023.
    const near = ticks.find((t) => Math.abs(toPixel(view, t.value) - x) <= 6);
    onAsOf(near ? near.day : pixelToDay(x));
  };
  const asOfX = asOf && dayNumber(asOf) >= view.start && dayNumber(asOf) < view.end ? toPixel(view, dayNumber(asOf) + 0.5) : null;

  const tipAt = hover ?? (focused ? active : null);
  const tipMark = markAt(tipAt);
  const height = MARGIN.top + Math.max(1, lanes.length) * LANE_HEIGHT + AXIS_HEIGHT + MARGIN.bottom;
  const plot: PlotArea = useMemo(
    () => ({ x: MARGIN.left, y: MARGIN.top, width: view.width, height: Math.max(1, lanes.length) * LANE_HEIGHT }),
    [view.width, lanes.length],
  );

  return (
    <div
      className="timeline-chart"
      // The chart is drawn once data-ready is set and there are data-lane-count [data-lane] groups (test/bench/run.ts).
      data-ready="true"
      data-lane-count={lanes.length}
      ref={wrapper}
      role="group"
      aria-label={`Timeline chart, ${formatDay(dayFromNumber(view.start))} to ${formatDay(dayFromNumber(view.end - 1))}: ${lanes.length} channels. Use the arrow keys to move between marks and Enter to select. The Events table below lists the same events.`}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <Surface width={width} height={height}>
        <PlotAreaContext value={plot}>
          <ChartDefs prefix={prefix} />
          <CartesianAxis
            className="timeline-axis"
            axisType="xAxis"
            orientation="bottom"
            x={plot.x}
            y={plot.y + plot.height}
            width={plot.width}
            height={AXIS_HEIGHT}
            viewBox={{ x: plot.x, y: plot.y + plot.height, width: plot.width, height: AXIS_HEIGHT }}
            ticks={axisTicks}
            interval={0}
            stroke="currentColor"
          />
          <BandsLayer prefix={prefix} lanes={bandLanes} onZoom={zoomPixels} />
          <LaneNames lanes={bandLanes} />
          <AxisClickLayer onPick={pickAxis} asOfX={asOfX} asOfLabel={asOf ? `as of ${formatDay(asOf)}` : ''} />
        </PlotAreaContext>
      </Surface>
      {/* The marks are an SVG of their own on top, painted on a layer of their own: a filter
          change repaints them alone, not the patterned bands beneath (npm run bench). */}
      <svg className="timeline-marks-surface" width={width} height={height}>
        <PlotAreaContext value={plot}>
          <MarksLayer
            lanes={layers}
            active={active}
            onActivate={(lane, index) => {
              setFocus({ lane, index });
              activate({ lane, index });
            }}
            onFocusMark={(lane, index) => setFocus({ lane, index })}
            onHover={setHover}
            onKey={onKey}
            registerMark={registerMark}
          />
        </PlotAreaContext>
      </svg>
      {tipMark && tipAt ? (
        <MarkTooltip
          mark={tipMark}
          laneName={layers[tipAt.lane]?.name ?? ''}
          actorsById={actorsById}
          left={MARGIN.left + tipMark.x}
          top={MARGIN.top + (tipAt.lane + 1) * LANE_HEIGHT}
          width={width}
        />
      ) : null}
    </div>
  );
}

/** The chart's one tab stop: the focused mark if it still exists, else the selected event's, else the first. */
function tabStop(layers: readonly LaneLayer[], focus: Pos | null): Pos | null {
  if (focus && layers[focus.lane]?.marks[focus.index]) return focus;
  for (let l = 0; l < layers.length; l++) {
    const i = layers[l]!.marks.findIndex((m) => m.selected);
    if (i >= 0) return { lane: l, index: i };
  }
  const l = layers.findIndex((x) => x.marks.length > 0);
  return l >= 0 ? { lane: l, index: 0 } : null;
}
