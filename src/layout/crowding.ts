import type { Span } from './rows.js';

/** A lane's members `[from, to)` (positions in its date-ordered members) drawn as one cluster. */
export interface MemberRange {
  readonly from: number;
  readonly to: number;
}

/** Whether two spans come closer than `gap` px: their targets would touch. */
export const collide = (a: Span, b: Span, gap: number): boolean => a.left < b.right + gap && b.left < a.right + gap;

/**
 * WCAG 2.2 target size: a lane has only so many rows, and a marker that finds none clear of the other
 * markers and clusters would lie on another's target. Such a crowded thing (an event, or a cluster
 * that found no row) is grouped instead, with the lane members whose targets it would touch, into one
 * cluster; a group holding any of those members joins it. (Clusters whose marks merely touch keep to
 * rows of their own, so a cluster never counts more than zooming in on it showed before.) Pure:
 * `spanAt(p)` is member `p`'s target where it starts, as packed (`null` for a start outside the
 * drawing, which groups with nothing), and `pinned(p)` whether it is drawn alone whatever happens. A
 * crowded thing with nothing to group with (only pinned events, or none) is left out. Returns the
 * groups in member order, or `null` when nothing could grow.
 */
export function groupCrowded(
  groups: readonly MemberRange[], crowded: readonly { readonly range: MemberRange; readonly span: Span }[], count: number,
  spanAt: (position: number) => Span | null, pinned: (position: number) => boolean, gap: number,
): MemberRange[] | null {
  let result = [...groups];
  const touches = (p: number, span: Span) => {
    const other = spanAt(p);
    return other !== null && collide(other, span, gap);
  };
  const overlapping = (from: number, to: number) => result.find((g) => g.from < to && from < g.to);
  for (const item of crowded) {
    let { from, to } = item.range;
    // The members either side whose targets the crowded one would touch (members run in date order, so left to right).
    while (from > 0 && touches(from - 1, item.span)) from--;
    while (to < count && touches(to, item.span)) to++;
    // Groups holding any of those members join it.
    let joined = false;
    for (let g = overlapping(from, to); g; g = overlapping(from, to)) {
      [from, to] = [Math.min(from, g.from), Math.max(to, g.to)];
      result = result.filter((other) => other !== g);
      joined = true;
    }
    let free = 0;
    for (let p = from; p < to; p++) if (!pinned(p)) free++;
    if (joined || free >= 2) result.push({ from, to });
  }
  result.sort((a, b) => a.from - b.from);
  const before = [...groups].sort((a, b) => a.from - b.from);
  const same = result.length === before.length && result.every((g, i) => g.from === before[i]!.from && g.to === before[i]!.to);
  return same ? null : result;
}
