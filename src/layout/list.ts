import { bisectLeft, bisectRight } from 'd3-array';
import type { Timeline } from '../model/timeline.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { DEFAULT_SPACING, type TextSpacing } from './text-spacing.js';
import { estimateTextWidth } from './text-width.js';

/**
 * The plain list's geometry: one event per row, each as tall as its title wraps to in the width, so a
 * long list can keep only the rows near the screen in the DOM and stand in for the rest with the
 * space they would take. Heights are estimated (rows flow, so an estimate that is off moves the rows
 * below, never overlaps them).
 */

/** A row's box around its text: padding above and below, and the gap to the next row (see the list's styles). */
const ROW_CHROME = 4 + 4 + 4;
/** Padding either side of a row's text. */
const ROW_INSET = 16;
/** Share added to estimated widths for the browser's real glyphs (as the vertical layout does). */
const GLYPH_SLACK = 1.08;

/** Lists (plain or vertical) longer than this keep only the rows near the screen in the DOM. */
export const WINDOW_ABOVE = 300;

/**
 * Where each row of a plain list `width` px wide starts, in px from the list's top, and where the last
 * ends: `events.length + 1` offsets. Titles wrap (no text is cut, at any width or text spacing); date
 * lines are short and counted as one line.
 */
export function plainOffsets(timeline: Timeline, width: number, spacing: TextSpacing = DEFAULT_SPACING): Float64Array {
  const { events } = timeline;
  const room = Math.max(40, width - ROW_INSET);
  const offsets = new Float64Array(events.length + 1);
  for (let i = 0; i < events.length; i++) {
    const titleWidth = estimateTextWidth(events[i]!.title, M.titleFontSize, true, spacing) * GLYPH_SLACK;
    const lines = Math.max(1, Math.ceil(titleWidth / room));
    offsets[i + 1] = offsets[i]! + ROW_CHROME + lines * spacing.titleLine + spacing.dateLine;
  }
  return offsets;
}

/** The part of a long plain list in the DOM: rows `[from, to)` in flow, and events kept wherever they are. */
export interface ListWindow {
  readonly from: number;
  readonly to: number;
  readonly pinned: readonly number[];
}

/** The window of a plain list whose rows start at `offsets` that meets the band `[top, bottom]` (px from its top), keeping `pinned` rows. */
export function plainWindow(offsets: Float64Array, band: readonly [number, number], pinned: readonly number[]): ListWindow | null {
  const count = offsets.length - 1;
  if (count <= WINDOW_ABOVE) return null;
  const from = Math.min(count - 1, Math.max(0, bisectRight(offsets, band[0]) - 1));
  const to = Math.min(count, Math.max(from + 1, bisectLeft(offsets, band[1])));
  return { from, to, pinned };
}

/** The rows of a windowed list: the window, and pinned rows outside it, in date order. */
export function windowRows(window: ListWindow, total: number): number[] {
  const rows: number[] = [];
  const from = Math.max(0, window.from);
  const to = Math.min(total, window.to);
  for (const p of window.pinned) if (p >= 0 && p < from) rows.push(p);
  for (let i = from; i < to; i++) rows.push(i);
  for (const p of window.pinned) if (p >= to && p < total) rows.push(p);
  return [...new Set(rows)].sort((a, b) => a - b);
}
