import { bisectLeft, bisectRight } from 'd3-array';
import { countBetween, type EventIndex } from './event-index.js';
import type { TimeWindow } from './view.js';

/** A window with no event in it: the nearest event before it and after it (positions in date order), either may be `null`. */
export interface EmptyWindow {
  readonly before: number | null;
  readonly after: number | null;
}

/** Whether any event is drawn in `[from, to]`: one starts inside, or one started earlier and still runs at `from`. */
function anyBetween(index: EventIndex, [from, to]: TimeWindow): boolean {
  const first = bisectLeft(index.starts, from);
  if (first < index.starts.length && index.starts[first]! <= to) return true;
  return countBetween(index, from, from) > 0;
}

/**
 * The nearest events either side of a window that shows none, so the reader is told where to go
 * (WCAG: zooming never lands on nothing silently); `null` when the window shows an event, or there is none at all.
 */
export function emptyWindow(index: EventIndex, view: TimeWindow): EmptyWindow | null {
  const n = index.starts.length;
  if (n === 0 || anyBetween(index, view)) return null;
  // Nothing overlaps the window: everything starting before it has ended, and the rest starts after it.
  const split = bisectRight(index.starts, view[1]);
  return { before: split > 0 ? split - 1 : null, after: split < n ? split : null };
}

/**
 * A zoom with nothing focused goes around the middle of the view, unless the window it would show
 * holds no event: then it goes to the event nearest that middle, in the middle of a window as wide.
 * Returns that window, or `null` for the plain zoom around the middle.
 */
export function zoomTowardEvents(index: EventIndex, view: TimeWindow, factor: number): TimeWindow | null {
  const mid = (view[0] + view[1]) / 2;
  const width = (view[1] - view[0]) / factor;
  const zoomed: TimeWindow = [mid - width / 2, mid + width / 2];
  const empty = emptyWindow(index, zoomed);
  if (!empty) return null;
  const distance = (i: number | null) => (i === null ? Infinity : Math.max(index.starts[i]! - mid, mid - index.ends[i]!, 0));
  const nearest = distance(empty.before) <= distance(empty.after) ? empty.before : empty.after;
  if (nearest === null) return null;
  // A range shorter than the window is shown whole; a longer one from the end nearest the middle.
  const [start, end] = [index.starts[nearest]!, index.ends[nearest]!];
  const at = end - start <= width ? (start + end) / 2 : nearest === empty.before ? end : start;
  return [at - width / 2, at + width / 2];
}
