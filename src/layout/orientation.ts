/** Which way the timeline runs: `auto` picks by the element's own width. */
export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

/** The default `vertical-below` threshold, in px of the element's content width. */
export const VERTICAL_BELOW = 600;

/** The orientation to lay out at `width`: vertical below the threshold when `auto`. */
export function resolveOrientation(orientation: string | null, width: number, threshold = VERTICAL_BELOW): 'horizontal' | 'vertical' {
  if (orientation === 'horizontal' || orientation === 'vertical') return orientation;
  return width < (Number.isFinite(threshold) ? threshold : VERTICAL_BELOW) ? 'vertical' : 'horizontal';
}
