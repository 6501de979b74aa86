import { bisectLeft, bisectRight, descending } from 'd3-array';
import type { TimeScale } from './scale.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { planDetail, type DetailBudget } from './clusters.js';
import { eventIndex, laneEventsBetween, type EventIndex } from './event-index.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { labelShapes, widestTitles } from './label-shapes.js';
import type { MemberRange } from './crowding.js';
import { placeLane } from './place-lane.js';
import type { TextSpacing } from './text-spacing.js';
import { LabelPlacer, type EventToPlace } from './place-labels.js';
import type { Span } from './rows.js';
import { targetSpan } from './targets.js';

/** A box in px, relative to the element's drawing. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One lane (group): its name and vertical extent. */
export interface LaneLayout {
  readonly id: string | null;
  readonly label: string;
  readonly top: number;
  readonly height: number;
  /** Where the first row starts, under the lane's name. */
  readonly rowsTop: number;
  /** How many rows of events the lane holds. */
  readonly rowCount: number;
  /** Where the lane's name is drawn: at the reading start of the lane, on its baseline `labelY`. */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: 'start' | 'end';
}

/** Where one event is drawn. */
export interface EventLayout {
  readonly id: string;
  /** Marker start and end (equal for point events). */
  readonly x0: number;
  readonly x1: number;
  /** Vertical centre of the marker. */
  readonly y: number;
  readonly radius: number;
  readonly lane: number;
  readonly row: number;
  readonly title: string;
  readonly dateText: string;
  /** Where the label sits; shown permanently only when `labelVisible`, else on hover and focus. */
  readonly label: Box & { readonly side: 'right' | 'left'; readonly titleLines: number };
  readonly labelVisible: boolean;
  /** The clickable, focusable area: the marker and, when visible, its label. */
  readonly hit: Box;
  /** The event's position in the timeline's date order. */
  readonly index: number;
}

/** Events too dense to show one by one in a lane: drawn as one mark with their count. */
export interface ClusterLayout {
  /**
   * Lane and the time its bucket begins: stable while panning, and while zooming until the zoom doubles or
   * halves; then kept by each cluster whose bucket begins where one did. (Split by a pinned event, a part
   * is named by its lane, bucket width and first and last events.)
   */
  readonly key: string;
  readonly lane: number;
  readonly row: number;
  readonly count: number;
  /** Positions (in date order) of its first and last events. */
  readonly first: number;
  readonly last: number;
  /** The time its events start in, `[first start, last start]` in ms. */
  readonly span: readonly [number, number];
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** The mark and its button. */
  readonly hit: Box;
}

interface LaneInput {
  readonly x: TimeScale;
  readonly width: number;
  readonly top: number;
  readonly dateText: (event: TimelineEvent) => string;
  readonly maxRows: number;
  /** Rows each lane keeps at least, by lane, up to `maxRows` (see `LayoutOptions.minRows`). */
  readonly minRows: readonly number[];
  readonly rtl: boolean;
  /** Height of every row, in px; `null` for compact rows: one label line tall in a lane whose titles all fit on one line. */
  readonly rowHeight: number | null;
  /** Height added to every row, so the lanes fill a given height. */
  readonly rowExtra: number;
  /** x positions of lines across the lanes that no label may cover (the "as reported" line). */
  readonly lines: readonly number[];
  readonly index: EventIndex;
  /** The time drawn, in ms: the view and a margin either side. */
  readonly window: readonly [number, number];
  /** Events always drawn one by one (the selected and focused ones), by position. */
  readonly pinned: ReadonlySet<number>;
  readonly budget?: DetailBudget;
  /** The reader's text spacing: labels and rows are sized for it. */
  readonly spacing: TextSpacing;
}

/** How wide a label may be, on one line and wrapped, in a drawing `width` px wide. */
function labelWidths(width: number) {
  const share = (width - 2 * M.paddingX) * M.maxLabelShare;
  const maxWrapped = Math.max(80, Math.min(M.maxLabelWidth, share));
  return { maxWrapped, maxSingle: Math.max(maxWrapped, Math.min(M.maxSingleLineWidth, share)) };
}

/** A lane whose every title fits on one line (its widest, with slack) has one-line rows. */
const isOneLine = (widest: number, maxSingle: number) => widest + 4 <= maxSingle;

/** What sizing labels ahead needs: what a drawing's layout sizes them by. */
export interface MeasureInput {
  readonly width: number;
  readonly spacing: TextSpacing;
  readonly dateText: (event: TimelineEvent) => string;
}

/**
 * Sizes the labels of the events at positions `[from, to)` as a drawing `width` px wide would, date lines
 * included, so that a step that meets them later finds them known (see `labelShapes`).
 */
export function measureLabels(timeline: Timeline, input: MeasureInput, from: number, to: number): void {
  const index = eventIndex(timeline);
  const { maxSingle, maxWrapped } = labelWidths(input.width);
  const widest = widestTitles(timeline, index, input.spacing);
  for (let i = from; i < to; i++) {
    const event = timeline.events[i]!;
    labelShapes(event.title, input.dateText(event), maxSingle, maxWrapped, !isOneLine(widest[index.lanes[i]!]!, maxSingle), input.spacing);
  }
}

/** At most this many labels are sized ahead of a view: well inside the 5,000 that `labelShapes` remembers. */
export const MEASURED_AHEAD = 2_000;

/**
 * The events a reader's next steps from `view` are likeliest to meet, by position `[from, to)`: those in it
 * and a view's span either side, at most `cap` of them, the nearest to the view's middle.
 */
export function aheadOf(index: EventIndex, view: readonly [number, number], cap = MEASURED_AHEAD): readonly [number, number] {
  const { starts } = index;
  const span = view[1] - view[0];
  const from = bisectLeft(starts, view[0] - span);
  const to = bisectRight(starts, view[1] + span);
  if (to - from <= cap) return [from, to];
  const start = Math.max(from, Math.min(bisectLeft(starts, (view[0] + view[1]) / 2) - Math.floor(cap / 2), to - cap));
  return [start, start + cap];
}

/** Half the width of a cluster's mark around its count. */
const CLUSTER_HALF = 14;

/**
 * Lays out the events in the window, lane by lane. Dense stretches become clusters (see
 * `planDetail`); the rest are placed in rows so that nothing is drawn over anything (see
 * `LabelPlacer`). Clusters claim their place first; then each event, the most important first and,
 * among equals, the one with most room around it. What would lie on another's target is grouped
 * (see `placeLane`), so every marker and cluster keeps a target of its own. A lane has only the rows
 * its events need, and compact rows are only as tall as its labels can be (see `widestTitles`).
 */
export function layoutLanes(timeline: Timeline, input: LaneInput) {
  const { x, width, dateText, index } = input;
  const { events } = timeline;
  const laneKeys = index.laneKeys;
  const labels = new Map(timeline.groups.map((g) => [g.id, g.label]));
  const showHeaders = timeline.groups.length > 0;
  const { maxSingle, maxWrapped } = labelWidths(width);
  const [r0, r1] = x.range();
  const [d0, d1] = x.window();
  const pxPerMs = Math.abs((r1 - r0) / (d1 - d0 || 1));
  const plan = planDetail({
    members: laneEventsBetween(index, input.window[0], input.window[1]),
    starts: index.starts,
    pxPerMs,
    origin: index.extent?.[0] ?? 0,
    pinned: input.pinned,
    // A bucket shows alone at most as many events as the lane has rows.
    rows: input.maxRows,
    ...(input.budget ? { budget: input.budget } : {}),
  });
  // Far-off ends of long ranges are clamped: what matters is that they reach past the edge.
  const clampX = (v: number) => Math.max(-width, Math.min(2 * width, v));
  const xOf = (i: number) => clampX(x(index.starts[i]!));

  const { spacing } = input;
  const widest = widestTitles(timeline, index, spacing);
  const clustersByLane = byLane(plan.clusters, (run) => run.lane);

  const items: EventLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const rowYs: number[] = [];
  const lanes: LaneLayout[] = [];
  let top = input.top;
  laneKeys.forEach((key, laneIndex) => {
    const rowsTop = top + (showHeaders ? M.laneHeaderHeight : 0);
    // A lane whose every title fits on one line has one-line rows; any other, rows for two-line labels.
    const oneLine = isOneLine(widest[laneIndex]!, maxSingle);
    const rowHeight = input.rowHeight ?? (oneLine ? 1 : M.maxTitleLines) * spacing.titleLine + spacing.dateLine + M.rowPadding;
    const members = plan.members[laneIndex]!;
    const clusterSpan = ({ from, to }: MemberRange): Span => {
      const a = xOf(members[from]!);
      const b = xOf(members[to - 1]!);
      const mid = (a + b) / 2;
      return { left: Math.min(a, b, mid - CLUSTER_HALF), right: Math.max(a, b, mid + CLUSTER_HALF) };
    };
    // Each event's marker: on a mirrored scale the end lies left of the start, so x0 is always the left
    // edge; an open-ended range runs to the end of the view (the left edge when mirrored).
    const markerOf = (i: number) => {
      const event = events[i]!;
      const xs = xOf(i);
      const xe = event.end ? clampX(x(event.end.endTime)) : event.openEnd ? r1 : xs;
      return { x0: Math.min(xs, xe), x1: Math.max(xs, xe) };
    };
    const { placer, groups, placed: toPlace } = placeLane({
      members,
      // A cluster is named by its lane and the time its bucket begins: a zoom that doubles or halves the
      // buckets keeps the name (and so the button) of each cluster whose bucket begins where one did.
      planned: (clustersByLane.get(laneIndex) ?? []).map((run) => ({ from: run.from, to: run.to, key: `${laneIndex}:${run.bucket * plan.bucketMs}` })),
      pinned: input.pinned,
      keyOf: ({ from, to }) => `${laneIndex}:${plan.bucketMs}:${members[from]}-${members[to - 1]}`,
      groupSpan: clusterSpan,
      startOf: (i) => {
        const at = xOf(i);
        return at < 0 || at > width ? null : targetSpan(at, at);
      },
      placer: () => new LabelPlacer(input.maxRows, width, input.lines, input.rtl),
      toPlace: (alone) => {
        // Room around each event: the distance to its nearest neighbour in the lane, drawn or clustered.
        const room = new Map<number, number>();
        for (const i of alone) {
          const p = bisectLeft(members, i);
          const here = xOf(i);
          const before = p > 0 ? Math.abs(here - xOf(members[p - 1]!)) : Infinity;
          const after = p + 1 < members.length ? Math.abs(xOf(members[p + 1]!) - here) : Infinity;
          room.set(i, Math.min(before, after));
        }
        const order = [...alone].sort((a, b) => events[b]!.importance - events[a]!.importance || descending(room.get(a), room.get(b)) || a - b);
        return order.map((i): EventToPlace & { readonly date: string } => {
          const event = events[i]!;
          const { x0, x1 } = markerOf(i);
          const date = dateText(event);
          const shapes = labelShapes(event.title, date, maxSingle, maxWrapped, !oneLine, spacing);
          return { index: i, x0, x1, radius: M.markerRadius[event.importance - 1]!, marker: targetSpan(x0, x1), shapes, date };
        });
      },
    });

    const rowCount = Math.max(1, placer.rowCount, Math.min(input.maxRows, input.minRows[laneIndex] ?? 0));
    const step = rowHeight + input.rowExtra;
    const rowY = (row: number) => rowsTop + row * step + step / 2;
    for (let row = 0; row < rowCount; row++) rowYs.push(rowY(row));

    for (const { from, to, key, span, row, count } of groups) {
      const y = rowY(row);
      const first = members[from]!;
      const last = members[to - 1]!;
      clusters.push({
        key, lane: laneIndex, row, count, first, last,
        span: [index.starts[first]!, index.starts[last]!], x0: span.left, x1: span.right, y,
        hit: { x: span.left, y: y - M.minTarget / 2, width: span.right - span.left, height: M.minTarget },
      });
    }
    for (const event of toPlace) {
      const { row, label } = placer.placement(event.index);
      const y = rowY(row);
      const shown = label ?? placer.hoverLabel(event);
      const { width: labelWidth, height: labelHeight, titleLines } = shown.shape;
      const labelBox = { x: shown.x, y: y - labelHeight / 2, width: labelWidth, height: labelHeight, side: shown.side, titleLines };
      const { marker } = event;
      const hit = label
        ? { x: Math.min(marker.left, label.x), y: labelBox.y, width: Math.max(marker.right, label.x + labelWidth) - Math.min(marker.left, label.x), height: Math.max(labelHeight, M.minTarget) }
        : { x: marker.left, y: y - M.minTarget / 2, width: marker.right - marker.left, height: M.minTarget };
      items.push({
        id: events[event.index]!.id, index: event.index, x0: event.x0, x1: event.x1, y, radius: event.radius, lane: laneIndex, row,
        title: events[event.index]!.title, dateText: event.date, label: labelBox, labelVisible: label !== null, hit,
      });
    }
    const height = rowsTop + rowCount * step - top;
    const labelX = input.rtl ? width - M.paddingX / 2 : M.paddingX / 2;
    lanes.push({
      id: key, label: key === null ? '' : (labels.get(key) ?? key), top, height, rowsTop, rowCount,
      labelX, labelY: top + M.laneHeaderBaseline, labelAnchor: input.rtl ? 'end' : 'start',
    });
    top += height + M.laneGap;
  });
  items.sort((a, b) => a.index - b.index);
  clusters.sort((a, b) => a.first - b.first || a.lane - b.lane);
  return { lanes, items, clusters, rows: rowYs, bottom: top - M.laneGap };
}

/** Items grouped by lane, keeping their order. */
function byLane<T>(items: Iterable<T>, lane: (item: T) => number): Map<number, T[]> {
  const lanes = new Map<number, T[]>();
  for (const item of items) {
    const key = lane(item);
    const list = lanes.get(key);
    if (list) list.push(item);
    else lanes.set(key, [item]);
  }
  return lanes;
}
