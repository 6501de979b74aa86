import { bisector } from 'd3-array';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { timelineExtent } from './extent.js';
import { timelineLaneKeys } from './lanes.js';

/**
 * A dataset's events as flat arrays, built once per dataset so that a pan or zoom frame finds the
 * events in view with two binary searches instead of a pass over every event.
 */
export interface EventIndex {
  readonly timeline: Timeline;
  /** Start of each event in ms, in date order (never decreasing). */
  readonly starts: Float64Array;
  /** Where each event's drawing ends in ms: its end, its start for a point, `Infinity` when open. */
  readonly ends: Float64Array;
  /** Each event's lane, as an index into `laneKeys`. */
  readonly lanes: Uint16Array;
  readonly laneKeys: readonly (string | null)[];
  /** Position of each event id in date order (built on first use: a first render rarely looks an id up). */
  readonly byId: ReadonlyMap<string, number>;
  /** Events lasting longer than `reach` (and open ones), by index: checked on every query. */
  readonly long: Uint32Array;
  /** The longest duration among the other events. */
  readonly reach: number;
  /** The data's extent, as `timelineExtent` gives it. */
  readonly extent: readonly [number, number] | null;
}

const cache = new WeakMap<Timeline, EventIndex>();
const byStart = bisector((x: number) => x);

/** The index of a parsed timeline: built on first use, then shared (parsed timelines never change). */
export function eventIndex(timeline: Timeline): EventIndex {
  let index = cache.get(timeline);
  if (!index) cache.set(timeline, (index = buildIndex(timeline)));
  return index;
}

function buildIndex(timeline: Timeline): EventIndex {
  const { events } = timeline;
  const n = events.length;
  const laneKeys = timelineLaneKeys(timeline);
  const laneOf = new Map(laneKeys.map((key, i) => [key, i]));
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const lanes = new Uint16Array(n);
  const extent = timelineExtent(timeline);
  // A range longer than a twentieth of the data would make every query scan far back; keep those apart.
  const longer = extent ? (extent[1] - extent[0]) / 20 : Infinity;
  const long: number[] = [];
  let reach = 0;
  for (let i = 0; i < n; i++) {
    const event: TimelineEvent = events[i]!;
    starts[i] = event.start.time;
    ends[i] = event.openEnd ? Infinity : event.end ? event.end.endTime : event.start.time;
    lanes[i] = laneOf.get(event.group) ?? 0;
    const duration = ends[i]! - starts[i]!;
    if (duration > longer) long.push(i);
    else if (duration > reach) reach = duration;
  }
  let byId: Map<string, number> | null = null;
  return {
    timeline, starts, ends, lanes, laneKeys, long: Uint32Array.from(long), reach, extent,
    // Hashing every id costs a 100,000-event timeline about a tenth of its first render.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (let i = 0; i < n; i++) byId.set(events[i]!.id, i);
      }
      return byId;
    },
  };
}

/**
 * The events drawn anywhere in `[from, to]` (ms), as indices in date order: those starting inside,
 * and ranges that started earlier and are still running.
 */
export function eventsBetween(index: EventIndex, from: number, to: number): Uint32Array {
  const { starts, ends, long, reach } = index;
  const lo = byStart.left(starts, from - reach);
  const hi = byStart.right(starts, to);
  const out = new Uint32Array(Math.max(0, hi - lo) + long.length);
  let n = 0;
  // Long ranges that start before the scan come first: indices stay in date order.
  for (const i of long) if (i < lo && ends[i]! >= from) out[n++] = i;
  for (let i = lo; i < hi; i++) if (ends[i]! >= from) out[n++] = i;
  return out.subarray(0, n);
}
