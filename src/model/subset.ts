import type { Timeline } from './timeline.js';

/** A timeline made of some of another's events, in its order: the search's matches. */
export interface Subset {
  readonly parent: Timeline;
  /** Where each of the subset's events is in the parent's, ascending. */
  readonly indices: Uint32Array;
}

const subsets = new WeakMap<Timeline, Subset>();

/**
 * Records that `timeline` holds the parent's events at `indices`, so what is known of the whole (its
 * index, its rows' widths) is picked from rather than worked out again on every keystroke.
 */
export function markSubset(timeline: Timeline, subset: Subset): void {
  subsets.set(timeline, subset);
}

export function subsetOf(timeline: Timeline): Subset | undefined {
  return subsets.get(timeline);
}
