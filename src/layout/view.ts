import { parseDate } from '../model/dates.js';

/**
 * The visible window `[start, end]` in ms, and the rules that keep it inside the data: pure
 * functions the zoom and keyboard controllers share, so Node tests can pin them down.
 */
export type TimeWindow = readonly [number, number];

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Bounds for a window: never wider than the data, never narrower than `minSpan`. */
export interface ViewBounds {
  readonly extent: TimeWindow;
  readonly minSpan: number;
}

/** The narrowest window: one hour per screen, or ten minutes when the data gives times of day. */
export function minimumSpan(hasTimes: boolean, extent: TimeWindow): number {
  return Math.min(hasTimes ? 10 * MINUTE : HOUR, extent[1] - extent[0]);
}

/** A window moved and sized to fit the bounds, keeping its centre where it can. */
export function clampView(view: TimeWindow, bounds: ViewBounds): TimeWindow {
  const [lo, hi] = bounds.extent;
  const span = Math.min(hi - lo, Math.max(bounds.minSpan, view[1] - view[0]));
  const centre = (view[0] + view[1]) / 2;
  const start = Math.min(hi - span, Math.max(lo, centre - span / 2));
  return [start, start + span];
}

/** Zooms by `factor` (2 halves the span) keeping `time` at the same place on screen. */
export function zoomView(view: TimeWindow, factor: number, time: number, bounds: ViewBounds): TimeWindow {
  const span = view[1] - view[0];
  const next = Math.min(bounds.extent[1] - bounds.extent[0], Math.max(bounds.minSpan, span / factor));
  const share = span > 0 ? (time - view[0]) / span : 0.5;
  const start = time - share * next;
  return shiftInto([start, start + next], bounds.extent);
}

/** Pans by `delta` ms, stopping at the data's edges. */
export function panView(view: TimeWindow, delta: number, bounds: ViewBounds): TimeWindow {
  return shiftInto([view[0] + delta, view[1] + delta], bounds.extent);
}

/**
 * The window that shows `[start, end]` (an event) with the least movement: unchanged when it is
 * already inside, else panned to centre it, keeping the zoom level.
 */
export function revealView(view: TimeWindow, start: number, end: number, bounds: ViewBounds): TimeWindow {
  const span = view[1] - view[0];
  const margin = span * 0.08;
  if (start >= view[0] + margin && Math.min(end, start + span / 2) <= view[1] - margin) return view;
  const centre = end - start < span * 0.8 ? (start + end) / 2 : start + span * 0.4;
  return shiftInto([centre - span / 2, centre + span / 2], bounds.extent);
}

export function sameView(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a === b || (a !== null && b !== null && Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1);
}

function shiftInto(view: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = Math.min(view[1] - view[0], extent[1] - extent[0]);
  const start = Math.min(extent[1] - span, Math.max(extent[0], view[0]));
  return [start, start + span];
}

/** A date as pages give one: ISO 8601 text (read at its precision), a Date, or ms. */
export type TimeInput = string | number | Date;

/** The instant a date input starts (`edge: 'start'`) or ends at: `2023-07` ends on 1 August. */
export function toTime(value: TimeInput | null | undefined, edge: 'start' | 'end'): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  const parsed = parseDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.time : parsed.date.endTime) : null;
}

/**
 * Where the window sits across a drawing `width` px wide: the inner range between the side paddings,
 * mirrored on right-to-left pages. Gestures and layout share it, so a point under a finger is the
 * time drawn there.
 */
function drawingRange(width: number, padding: number, rtl: boolean): readonly [number, number] {
  return rtl ? [width - padding, padding] : [padding, width - padding];
}

/** The time drawn at `x` px in a drawing of `width` px showing `view`. */
export function timeAt(view: TimeWindow, x: number, width: number, padding: number, rtl: boolean): number {
  const [r0, r1] = drawingRange(width, padding, rtl);
  return view[0] + ((x - r0) / (r1 - r0 || 1)) * (view[1] - view[0]);
}

/** The window `span` ms wide that draws `time` at `x` px: what keeps the point under a finger or the pointer. */
export function placeTime(time: number, x: number, span: number, width: number, padding: number, rtl: boolean): TimeWindow {
  const [r0, r1] = drawingRange(width, padding, rtl);
  const start = time - ((x - r0) / (r1 - r0 || 1)) * span;
  return [start, start + span];
}

/** Two fingers: where they are, and the times under them when the pinch began (or last re-anchored). */
export interface PinchAnchor {
  readonly points: readonly [readonly [number, number], readonly [number, number]];
  readonly view: TimeWindow;
}

/**
 * The window a two-finger pinch shows: the span scales with the distance between the fingers, and
 * the time that was between them stays between them. Distance counts both axes, as a finger sliding
 * diagonally still spreads the pinch.
 */
export function pinchView(anchor: PinchAnchor, now: PinchAnchor['points'], width: number, padding: number, rtl: boolean): TimeWindow {
  const [[ax0, ay0], [ax1, ay1]] = anchor.points;
  const [[nx0, ny0], [nx1, ny1]] = now;
  const before = Math.hypot(ax1 - ax0, ay1 - ay0);
  const after = Math.hypot(nx1 - nx0, ny1 - ny0);
  const span = (anchor.view[1] - anchor.view[0]) * (before > 0 && after > 0 ? before / after : 1);
  const middle = timeAt(anchor.view, (ax0 + ax1) / 2, width, padding, rtl);
  return placeTime(middle, (nx0 + nx1) / 2, span, width, padding, rtl);
}
