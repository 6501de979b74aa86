/**
 * Level of detail: which events in view are drawn one by one and which are gathered into clusters,
 * so the DOM holds a bounded number of things whatever the dataset's size. Pure and DOM-free.
 *
 * Each lane's events fall into buckets of a fixed width in px, aligned to time (not to the screen),
 * so panning never regroups them; zooming in narrows each bucket in time, so clusters split. Bucket
 * widths in time are powers of two (ms), so from one zoom frame to the next the buckets stay put
 * until the zoom has doubled or halved: clusters split or merge all at once, like a map's zoom levels,
 * rather than shifting on every frame of a pinch. A bucket is therefore 1–2× its width in px. A
 * bucket holding more events than the lane has rows becomes a cluster; when even that leaves too
 * many events, fewer per bucket stay single, then buckets widen.
 */

import { bisectLeft, bisector } from 'd3-array';

/** Limits on what one view draws. */
export interface DetailBudget {
  /** Events drawn one by one (each is a marker, a label and a button). */
  readonly maxEvents: number;
  /** Events and clusters together. */
  readonly maxUnits: number;
  /** Bucket width in px before any widening. */
  readonly bucketPx: number;
}

export const DETAIL_BUDGET: DetailBudget = { maxEvents: 90, maxUnits: 200, bucketPx: 40 };

/** A lane's run of events in one bucket: `members[from..to)` of that lane. */
export interface BucketRun {
  readonly lane: number;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  /** Events in the run, not counting pinned ones (they are drawn alone wherever they fall). */
  readonly count: number;
}

/** The plan for one view: events drawn alone, and runs drawn as clusters. */
export interface DetailPlan {
  /** Event indices drawn one by one, in date order. */
  readonly single: readonly number[];
  readonly clusters: readonly BucketRun[];
  /** Each lane's events in view, in date order (pinned ones included). */
  readonly members: readonly Uint32Array[];
  /** The bucket width in time: a power of two, in ms. */
  readonly bucketMs: number;
}

/** The power of two (ms) at or above a bucket's width in time. */
const bucketTime = (ms: number): number => 2 ** Math.ceil(Math.log2(ms));

export interface DetailInput {
  /** Each lane's events in view, as indices in date order (see `laneEventsBetween`). */
  readonly members: readonly Uint32Array[];
  readonly starts: Float64Array;
  /** px per ms (absolute). */
  readonly pxPerMs: number;
  /** A fixed time origin for buckets, so they do not move with the view. */
  readonly origin: number;
  /** Events always drawn one by one: the selected and focused ones. */
  readonly pinned: ReadonlySet<number>;
  /** Most events one bucket shows one by one: the rows a lane has. */
  readonly rows: number;
  readonly budget?: DetailBudget;
}

export function planDetail(input: DetailInput): DetailPlan {
  const budget = input.budget ?? DETAIL_BUDGET;
  const { members } = input;
  const pins = members.flatMap((lane) => pinnedIn(lane, input.pinned));
  let plan: DetailPlan | null = null;
  // Widening stops once a bucket spans the whole view: then each lane has at most two.
  for (let px = budget.bucketPx; !plan; px *= 2) {
    const bucketMs = input.pxPerMs > 0 ? bucketTime(px / input.pxPerMs) : Infinity;
    const runs = bucketRuns(members, input, bucketMs);
    const last = px >= 1e7 || input.pxPerMs <= 0;
    for (let limit = input.rows; limit >= 1 && !plan; limit--) {
      let single = pins.length;
      let clustered = 0;
      for (const run of runs) {
        if (run.count <= limit) single += run.count;
        else clustered++;
      }
      if ((single <= budget.maxEvents && single + clustered <= budget.maxUnits) || (last && limit === 1)) {
        plan = finish(runs, members, input, limit, bucketMs, pins);
      }
    }
  }
  return plan;
}

/** The plan from the runs at `limit`: `single` holds the pinned events in view, and takes the events of the runs drawn alone. */
function finish(runs: readonly BucketRun[], members: readonly Uint32Array[], input: DetailInput, limit: number, bucketMs: number, single: number[]): DetailPlan {
  const clusters: BucketRun[] = [];
  for (const run of runs) {
    if (run.count > limit) {
      clusters.push(run);
      continue;
    }
    for (let p = run.from; p < run.to; p++) {
      const i = members[run.lane]![p]!;
      if (!input.pinned.has(i)) single.push(i);
    }
  }
  single.sort((a, b) => a - b);
  return { single, clusters, members, bucketMs };
}

/**
 * Which of the `pinned` events are among `events` (indices in date order), found by binary search: a view
 * pins a few at most, and from 10,000 events it holds tens of thousands.
 */
export const pinnedIn = (events: Uint32Array, pinned: ReadonlySet<number>): number[] => [...pinned].filter((i) => events[bisectLeft(events, i)] === i);

/**
 * Runs of each lane's events by bucket. Starts never decrease along a lane, so a bucket's events lie
 * together and a binary search finds where each run ends, without a look at each event: zoomed out, a
 * view of 100,000 events holds all of them, and the runs are found again for each bucket width tried.
 * Pinned events stay inside a run's range but out of its count.
 */
function bucketRuns(members: readonly Uint32Array[], input: DetailInput, bucketMs: number): BucketRun[] {
  const runs: BucketRun[] = [];
  const bucketOf = (i: number) => Math.floor((input.starts[i]! - input.origin) / bucketMs);
  const byBucket = bisector(bucketOf);
  members.forEach((lane, l) => {
    for (let from = 0; from < lane.length;) {
      const bucket = bucketOf(lane[from]!);
      const to = byBucket.right(lane, bucket, from + 1);
      const pinnedHere = input.pinned.size === 0 ? 0 : pinnedIn(lane.subarray(from, to), input.pinned).length;
      if (to - from > pinnedHere) runs.push({ lane: l, bucket, from, to, count: to - from - pinnedHere });
      from = to;
    }
  });
  return runs;
}
