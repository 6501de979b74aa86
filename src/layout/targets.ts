import { TIMELINE_METRICS as M } from './metrics.js';
import type { Span } from './rows.js';

/**
 * A marker's horizontal target: at least `minTarget` wide, centred on short markers, and reaching a little
 * past both ends of a range. Layout places targets with it, and hover labels keep clear of them.
 */
export function targetSpan(x0: number, x1: number): Span {
  const half = M.minTarget / 2;
  const mid = (x0 + x1) / 2;
  return { left: Math.min(x0 - half / 2, mid - half), right: Math.max(x1 + half / 2, mid + half) };
}
