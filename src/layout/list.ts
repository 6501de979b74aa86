/**
 * The plain list's geometry: one event per row of a fixed height, so a long list can keep only the
 * rows near the screen in the DOM and stand in for the rest with their height.
 */

/** Height in px of one row of a plain list, gap included. */
export const PLAIN_ROW = 46;

/** Lists (plain or vertical) longer than this keep only the rows near the screen in the DOM. */
export const WINDOW_ABOVE = 300;

/** The part of a long plain list in the DOM: positions `[from, to)`, and events kept wherever they are. */
export interface ListWindow {
  readonly from: number;
  readonly to: number;
  readonly pinned: readonly number[];
}

/** The window of a plain list of `count` rows that meets the band `[top, bottom]` (px from its top), keeping `pinned` rows. */
export function plainWindow(count: number, band: readonly [number, number], pinned: readonly number[]): ListWindow | null {
  if (count <= WINDOW_ABOVE) return null;
  const from = Math.floor(band[0] / PLAIN_ROW);
  return { from, to: Math.max(from + 1, Math.ceil(band[1] / PLAIN_ROW)), pinned };
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
