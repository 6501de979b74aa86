import type { TimelineDate } from '../model/dates.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { DetailBudget } from './clusters.js';
import { eventIndex } from './event-index.js';
import { layoutLanes, type ClusterLayout, type EventLayout, type LaneLayout } from './lanes.js';
import { crosses } from './place-labels.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { timeScale } from './scale.js';
import { DEFAULT_SPACING, type TextSpacing } from './text-spacing.js';
import { estimateTextWidth } from './text-width.js';
import { layoutTicks, TICK_FONT_SIZE, type AxisTick } from './ticks.js';

/** What layout needs besides the data. Text comes in as functions so layout stays locale-free. */
export interface LayoutOptions {
  /** The element's content width in px. */
  readonly width: number;
  /** The visible window `[start, end]` in ms; defaults to the whole timeline. */
  readonly view?: readonly [number, number];
  readonly locale?: string;
  /** Right-to-left: time runs from right to left, and labels prefer the left of their markers. */
  readonly rtl?: boolean;
  /** The date line under each title, e.g. "28–30 June 2022". */
  readonly dateText: (event: TimelineEvent) => string;
  /** The label of the "as reported" line, e.g. "As reported, 25 May 2023". */
  readonly asOfText?: (date: TimelineDate) => string;
  /** An axis tick in deep time, from its astronomical year: "13 billion years ago" (English without it). */
  readonly deepYearText?: (year: number) => string;
  /**
   * Height of every label row in px (the `row-height` attribute); never less than a two-line label
   * needs. Without it rows are compact: each as tall as its tallest label.
   */
  readonly rowHeight?: number;
  /**
   * A height in px for the whole drawing to fill (an image of a given size): lanes give up label
   * rows until they fit, then rows grow evenly to fill what is left.
   */
  readonly fill?: number;
  /** Label rows a lane may grow to before labels give way. */
  readonly maxRowsPerLane?: number;
  /** Ids of events always drawn one by one, never inside a cluster: the selected and focused ones. */
  readonly pinned?: readonly string[];
  /** How much one view may draw (see `planDetail`). */
  readonly budget?: DetailBudget;
  /** The reader's text spacing (WCAG 1.4.12), as measured on the page: labels and rows are sized for it. */
  readonly spacing?: TextSpacing;
  /**
   * Rows each lane keeps at least, by lane (never more than `maxRowsPerLane`). A pan or zoom passes the
   * rows its lanes already had: a lane that would need fewer rows for the new view keeps its height, so
   * the lanes below it, and the page below the timeline, do not jump while the reader moves the view.
   */
  readonly minRows?: readonly number[];
}

/** A background period, clipped to the view. */
export interface EraLayout {
  readonly title: string;
  readonly x0: number;
  readonly x1: number;
  readonly labelVisible: boolean;
}

/** The "as reported" line. */
export interface AsOfLayout {
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'end';
  /** Where the line starts, in the band above the lanes. */
  readonly top: number;
  /** The line's pieces `[y0, y1]` across the lanes, top to bottom: it breaks around a label that could sit nowhere else. */
  readonly segments: readonly (readonly [number, number])[];
}

/** Everything the renderer draws, in pixels. Rendering reads these numbers and computes none. */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** The visible window in ms. */
  readonly view: readonly [number, number];
  /**
   * x of a fixed time at or before the view (see `ORIGIN_PERIOD`). Events and marks are drawn relative
   * to it in a layer moved by it, so a pan at the same zoom moves one layer, not every event.
   */
  readonly origin: number;
  /** Top of the first lane and bottom of the last one. */
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly axis: { readonly y: number; readonly ticks: readonly AxisTick[] };
  readonly lanes: readonly LaneLayout[];
  /** The events drawn one by one in and near the view, in date order (`index` is each one's position). */
  readonly items: readonly EventLayout[];
  /** Dense stretches drawn as a count, in date order of their first events. */
  readonly clusters: readonly ClusterLayout[];
  /** The centre of every row of every lane, top to bottom: where labels shown on hover may go (hover-labels.ts). */
  readonly rows: readonly number[];
  readonly eras: readonly EraLayout[];
  readonly asOf: AsOfLayout | null;
}

export type { AxisTick, ClusterLayout, EventLayout, LaneLayout };

/** One thing drawn: an event on its own, or a cluster. */
export type DrawnUnit = { readonly item: EventLayout } | { readonly cluster: ClusterLayout };

/**
 * What a layout draws, in date order: the order of the event list in the DOM and of keyboard moves
 * between lanes. A cluster comes before the events that start after its first event.
 */
export function drawnInOrder(layout: TimelineLayout): DrawnUnit[] {
  const units: DrawnUnit[] = [];
  const { items, clusters } = layout;
  let c = 0;
  for (const item of items) {
    while (c < clusters.length && clusters[c]!.first < item.index) units.push({ cluster: clusters[c++]! });
    units.push({ item });
  }
  while (c < clusters.length) units.push({ cluster: clusters[c++]! });
  return units;
}

/**
 * The origin is the last multiple of this many view spans before the view: it stays put while the
 * reader pans (for up to this many screens) and moves with every zoom, which redraws everything anyway.
 * Its x stays within a few widths of the view, far from the limits of CSS pixel coordinates.
 */
export const ORIGIN_PERIOD = 4;

/** Share of the view's span drawn beyond each edge, so a small pan shows something already there. */
const WINDOW_MARGIN = 0.1;

/** Lays a parsed timeline out at a width: the pipeline from data to pixels, in four steps. */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions): TimelineLayout | null {
  const view = options.view ?? eventIndex(timeline).extent;
  if (!view || options.width <= 0) return null;
  const width = options.width;

  // 1. Scale: time to x, with room on both sides for markers; mirrored on right-to-left pages.
  const range: [number, number] = options.rtl ? [width - M.paddingX, M.paddingX] : [M.paddingX, width - M.paddingX];
  const x = timeScale([view[0], view[1]], range);

  // 2. Top band: eras and the "as reported" line share it.
  const hasBand = timeline.eras.length > 0 || timeline.asOf !== null;
  const plotTop = hasBand ? M.bandHeight : M.topGap;
  const spacing = options.spacing ?? DEFAULT_SPACING;
  const bandWidth = (text: string, bold = false) => estimateTextWidth(text, TICK_FONT_SIZE, bold, spacing);
  const asOfLabel = timeline.asOf && options.asOfText ? layoutAsOfLabel(x(timeline.asOf.time), options.asOfText(timeline.asOf), width, bandWidth) : null;
  const eras = timeline.eras.map((era) => layoutEra(era.title, x(era.start.time), x(era.end.endTime), width, asOfLabel, bandWidth));

  // 3. Lanes: what is in the view and a margin, as events and clusters in rows whose labels never overlap.
  const index = eventIndex(timeline);
  const margin = (view[1] - view[0]) * WINDOW_MARGIN;
  const pinned = new Set<number>();
  for (const id of options.pinned ?? []) {
    const i = index.byId.get(id);
    if (i !== undefined) pinned.add(i);
  }
  const lanesAt = (maxRows: number, rowExtra: number) => layoutLanes(timeline, {
    index,
    window: [view[0] - margin, view[1] + margin],
    pinned,
    ...(options.budget ? { budget: options.budget } : {}),
    x,
    width,
    top: plotTop,
    dateText: options.dateText,
    rtl: options.rtl ?? false,
    rowHeight: rowHeightFor(options.rowHeight, spacing),
    spacing,
    rowExtra,
    lines: asOfLabel ? [asOfLabel.x] : [],
    maxRows,
    minRows: options.minRows ?? [],
  });
  let maxRows = options.maxRowsPerLane ?? M.maxRowsPerLane;
  let placed = lanesAt(maxRows, 0);
  const fill = options.fill;
  if (fill !== undefined && fill > 0) {
    // Fewer rows per lane (more labels wait for hover) until the drawing fits; then rows share what is left.
    while (placed.bottom + M.axisHeight > fill && maxRows > 1) placed = lanesAt(--maxRows, 0);
    const rows = placed.lanes.reduce((n, lane) => n + lane.rowCount, 0);
    const spare = fill - placed.bottom - M.axisHeight;
    if (spare > 0 && rows > 0) placed = lanesAt(maxRows, spare / rows);
  }
  const { lanes, items, clusters, rows, bottom } = placed;
  const asOf = asOfLabel ? { ...asOfLabel, top: AS_OF_TOP, segments: lineAround(items, asOfLabel.x, plotTop, bottom) } : null;

  // 4. Axis under the lanes.
  const ticks = layoutTicks(x, width, options.locale, options.deepYearText);
  const period = (view[1] - view[0]) * ORIGIN_PERIOD;
  const origin = x(Math.floor(view[0] / period) * period);
  return { width, height: bottom + M.axisHeight, view, origin, plotTop, plotBottom: bottom, axis: { y: bottom, ticks }, lanes, items, clusters, rows, eras, asOf };
}

/** The row height to lay out with: the one given, but always room for a full label; `null` (compact) when none is. */
export function rowHeightFor(requested: number | undefined, spacing: TextSpacing = DEFAULT_SPACING): number | null {
  const label = M.maxTitleLines * spacing.titleLine + spacing.dateLine;
  return requested !== undefined && Number.isFinite(requested) ? Math.max(label, requested) : null;
}

/** Where the "as reported" line starts, above its label in the band. */
const AS_OF_TOP = 4;

/** A vertical line from `top` to `bottom` at `x`, in pieces that leave out the labels it would cross. */
function lineAround(items: readonly EventLayout[], x: number, top: number, bottom: number): [number, number][] {
  const gaps = items
    .filter((item) => item.labelVisible && crosses(item.label, x))
    .map((item) => [item.label.y - 2, item.label.y + item.label.height + 2] as const)
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let y = top;
  for (const [g0, g1] of gaps) {
    if (g0 > y) segments.push([y, g0]);
    y = Math.max(y, g1);
  }
  if (bottom > y) segments.push([y, bottom]);
  return segments;
}

/** A line of the band's text, as wide as the reader's spacing makes it (the "as reported" label is semibold). */
type BandWidth = (text: string, bold?: boolean) => number;

function layoutAsOfLabel(x: number, label: string, width: number, textWidth: BandWidth): Omit<AsOfLayout, 'top' | 'segments'> {
  const w = textWidth(label, true);
  // The label reads away from the nearer edge so it always stays inside the element.
  return { x, label, anchor: x + 6 + w <= width ? 'start' : 'end' };
}

function layoutEra(title: string, start: number, end: number, width: number, asOf: Omit<AsOfLayout, 'top' | 'segments'> | null, textWidth: BandWidth): EraLayout {
  const x0 = Math.max(0, Math.min(start, end));
  const x1 = Math.min(width, Math.max(start, end));
  const w = textWidth(title) + 12;
  let fits = x1 - x0 >= w;
  if (fits && asOf) {
    const asOfW = textWidth(asOf.label, true) + 12;
    const [a0, a1] = asOf.anchor === 'start' ? [asOf.x, asOf.x + asOfW] : [asOf.x - asOfW, asOf.x];
    fits = x0 + w <= a0 || x0 >= a1;
  }
  return { title, x0, x1, labelVisible: fits && x1 > x0 };
}
