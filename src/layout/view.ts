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
