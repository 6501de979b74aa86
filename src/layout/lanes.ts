import type { TimeScale } from './scale.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { RowPacker, type Span } from './rows.js';
import { estimateTextWidth } from './text-width.js';

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
  /** Where the lane's name is drawn: at the reading start of the lane. */
  readonly labelX: number;
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
}

interface LaneInput {
  readonly x: TimeScale;
  readonly width: number;
  readonly top: number;
  readonly dateText: (event: TimelineEvent) => string;
  readonly maxRows: number;
  readonly rtl: boolean;
  /** Height of one row of markers and labels, in px. */
  readonly rowHeight: number;
}

interface Candidate {
  readonly side: 'right' | 'left';
  readonly span: Span;
  readonly labelX: number;
}

/** The lanes in display order: each group, then one for events without a group (`null`) when any has none. */
export function timelineLaneKeys(timeline: Pick<Timeline, 'groups' | 'events'>): (string | null)[] {
  const keys: (string | null)[] = timeline.groups.map((g) => g.id);
  if (timeline.events.some((e) => e.group === null) || keys.length === 0) keys.push(null);
  return keys;
}

/** Orders a lane's events for packing: important ones claim space first, then earlier ones. */
function packingOrder(a: TimelineEvent, b: TimelineEvent): number {
  return b.importance - a.importance || a.start.time - b.start.time;
}

/**
 * Packs each lane's events into rows so that no two labels (or markers) overlap. Each event tries
 * rows top-down with its label right of the marker, then left; if no row has room, it keeps only
 * its marker and the label waits for hover or focus.
 */
export function layoutLanes(timeline: Timeline, input: LaneInput) {
  const { x, width, dateText } = input;
  const laneKeys = timelineLaneKeys(timeline);
  const labels = new Map(timeline.groups.map((g) => [g.id, g.label]));
  const showHeaders = timeline.groups.length > 0;
  const maxLabelWidth = Math.max(80, Math.min(M.maxLabelWidth, (width - 2 * M.paddingX) * M.maxLabelShare));

  const byLane = new Map<string | null, TimelineEvent[]>(laneKeys.map((k) => [k, []]));
  for (const event of timeline.events) byLane.get(event.group)!.push(event);

  const placed = new Map<string, EventLayout>();
  const lanes: LaneLayout[] = [];
  let top = input.top;
  laneKeys.forEach((key, laneIndex) => {
    const rowsTop = top + (showHeaders ? M.laneHeaderHeight : 0);
    const packer = new RowPacker(input.maxRows);
    const events = [...byLane.get(key)!].sort(packingOrder);
    for (const event of events) {
      // On a mirrored scale the end lies left of the start: x0 is always the left edge.
      const xs = x(event.start.time);
      // An open-ended range runs to the end of the view (the left edge when mirrored).
      const xe = event.end ? x(event.end.endTime) : event.openEnd ? x.range()[1] : xs;
      const x0 = Math.min(xs, xe);
      const x1 = Math.max(xs, xe);
      const radius = M.markerRadius[event.importance - 1]!;
      const title = event.title;
      const date = dateText(event);
      // A long title wraps to a second line rather than losing its end.
      const titleWidth = estimateTextWidth(title, M.titleFontSize, true);
      const titleLines = titleWidth > maxLabelWidth ? M.maxTitleLines : 1;
      const labelWidth = Math.min(maxLabelWidth, Math.ceil(Math.max(titleWidth, estimateTextWidth(date, M.dateFontSize))) + 4);
      const labelHeight = titleLines * M.titleLineHeight + M.dateLineHeight;
      const markerSpan = targetSpan(x0, x1);
      const candidates: Candidate[] = [
        { side: 'right', labelX: x1 + radius + M.labelGap, span: { left: markerSpan.left, right: x1 + radius + M.labelGap + labelWidth } },
        { side: 'left', labelX: x0 - radius - M.labelGap - labelWidth, span: { left: x0 - radius - M.labelGap - labelWidth, right: markerSpan.right } },
      ];
      // Labels follow the reading direction first.
      if (input.rtl) candidates.reverse();
      const inside = candidates.filter((c) => c.span.left >= 0 && c.span.right <= width);
      let choice: { row: number; candidate: Candidate | null } | null = null;
      for (let row = 0; row < input.maxRows && !choice; row++) {
        const candidate = inside.find((c) => packer.fits(row, c.span));
        if (candidate) choice = { row, candidate };
      }
      if (!choice) {
        const row = packer.firstFit(markerSpan);
        // A lane this dense overlaps markers in its last row; clustering is the cure, not hiding.
        choice = { row: row === -1 ? input.maxRows - 1 : row, candidate: null };
      }
      const span = choice.candidate?.span ?? markerSpan;
      packer.add(choice.row, span);
      const rowTop = rowsTop + choice.row * input.rowHeight;
      const y = rowTop + input.rowHeight / 2;
      const fallback = candidates.find((c) => c.labelX >= 0 && c.labelX + labelWidth <= width) ?? candidates[0]!;
      const label = choice.candidate ?? fallback;
      const labelBox = { x: label.labelX, y: y - labelHeight / 2, width: labelWidth, height: labelHeight, side: label.side, titleLines };
      const hit = choice.candidate
        ? { x: span.left, y: labelBox.y, width: span.right - span.left, height: Math.max(labelHeight, M.minTarget) }
        : { x: markerSpan.left, y: y - M.minTarget / 2, width: markerSpan.right - markerSpan.left, height: M.minTarget };
      placed.set(event.id, {
        id: event.id, x0, x1, y, radius, lane: laneIndex, row: choice.row, title, dateText: date,
        label: labelBox, labelVisible: choice.candidate !== null, hit,
      });
    }
    const rows = Math.max(1, packer.rowCount);
    const height = rowsTop - top + rows * input.rowHeight;
    const labelX = input.rtl ? width - M.paddingX / 2 : M.paddingX / 2;
    lanes.push({ id: key, label: key === null ? '' : (labels.get(key) ?? key), top, height, rowsTop, labelX, labelAnchor: input.rtl ? 'end' : 'start' });
    top += height + M.laneGap;
  });
  const items = timeline.events.map((e) => placed.get(e.id)!);
  return { lanes, items, bottom: top - M.laneGap };
}

/** The marker's horizontal target: at least `minTarget` wide, centred on short markers. */
function targetSpan(x0: number, x1: number): Span {
  const half = M.minTarget / 2;
  const mid = (x0 + x1) / 2;
  return { left: Math.min(x0 - half / 2, mid - half), right: Math.max(x1 + half / 2, mid + half) };
}
