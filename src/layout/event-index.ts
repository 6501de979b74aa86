import { bisector } from 'd3-array';
import type { TimelineDate } from '../model/dates.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { NEWS_EVENT_STATUSES, type NewsEventStatus } from '../model/types.js';

/**
 * A dataset's events as flat arrays, built once per dataset so that a pan or zoom frame finds the
 * events in view with two binary searches instead of a pass over every event; and, found in the same
 * pass, what the element asks of the dataset as a whole.
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
  readonly byId: { get(id: string): number | undefined };
  /** Each lane's events, by index in date order (built on first use): what `laneEventsBetween` searches. */
  readonly byLane: readonly Uint32Array[];
  /** Events lasting longer than `reach` (and open ones), by index: checked on every query. */
  readonly long: Uint32Array;
  /** The longest duration among the other events. */
  readonly reach: number;
  /** The span of time the data needs: every event, era and the "as reported" date, with a margin (see `padExtent`); `null` when empty. */
  readonly extent: readonly [number, number] | null;
  /** The statuses the events use. */
  readonly statuses: ReadonlySet<NewsEventStatus>;
  /** Each event's status, as an index into `NEWS_EVENT_STATUSES`, and the time of the last date it reaches (its end, else its start). */
  readonly statusCodes: Uint8Array;
  readonly reached: Float64Array;
  /** The latest date an event reaches (its end, else its start), for the summary. */
  readonly last: TimelineDate | null;
  /** Whether any event has media, rich text (a `body`), or a time of day. */
  readonly media: boolean;
  readonly richText: boolean;
  readonly timesOfDay: boolean;
}

const cache = new WeakMap<Timeline, EventIndex>();

/** The index of a parsed timeline: built on first use, then shared (parsed timelines never change). */
export function eventIndex(timeline: Timeline): EventIndex {
  let index = cache.get(timeline);
  if (!index) cache.set(timeline, (index = buildIndex(timeline)));
  return index;
}

/** Gives a timeline the index made for it elsewhere: a search's matches, indexed from the dataset's (see plan/subset-index.ts). */
export function adoptIndex(index: EventIndex): void {
  cache.set(index.timeline, index);
}

function buildIndex(timeline: Timeline): EventIndex {
  const { events, groups } = timeline;
  const n = events.length;
  // Events without a group share a lane after the groups' lanes (or the only lane, when there are no groups).
  const laneOf = new Map(groups.map((g, i) => [g.id, i]));
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const lanes = new Uint16Array(n);
  const statusCodes = new Uint8Array(n);
  const reachedTimes = new Float64Array(n);
  const statuses = new Set<NewsEventStatus>();
  let ungrouped = false, media = false, richText = false, timesOfDay = false;
  let last: TimelineDate | null = null;
  let latestEnd = -Infinity;
  // One pass over the events for everything: at 100,000 events each pass over them costs milliseconds.
  for (let i = 0; i < n; i++) {
    const event: TimelineEvent = events[i]!;
    const reached = event.end ?? event.start;
    starts[i] = event.start.time;
    ends[i] = event.openEnd ? Infinity : event.end ? event.end.endTime : event.start.time;
    lanes[i] = event.group === null ? groups.length : (laneOf.get(event.group) ?? 0);
    ungrouped ||= event.group === null;
    media ||= event.media !== null;
    richText ||= event.body !== null;
    timesOfDay ||= timed(event.start) || timed(event.end);
    statuses.add(event.status);
    statusCodes[i] = NEWS_EVENT_STATUSES.indexOf(event.status);
    reachedTimes[i] = reached.time;
    if (!last || reached.time > last.time) last = reached;
    if (reached.endTime > latestEnd) latestEnd = reached.endTime;
  }
  const laneKeys: (string | null)[] = groups.map((g) => g.id);
  if (ungrouped || !groups.length) laneKeys.push(null);
  const extent = padExtent(timeline, n ? starts[0]! : Infinity, latestEnd);
  // A range longer than a twentieth of the data would make every query scan far back; keep those apart.
  const longer = extent ? (extent[1] - extent[0]) / 20 : Infinity;
  const long: number[] = [];
  let reach = 0;
  for (let i = 0; i < n; i++) {
    const duration = ends[i]! - starts[i]!;
    if (duration > longer) long.push(i);
    else if (duration > reach) reach = duration;
  }
  let byId: Map<string, number> | null = null;
  let byLane: Uint32Array[] | null = null;
  return {
    timeline, starts, ends, lanes, laneKeys, long: Uint32Array.from(long), reach, extent, statuses, statusCodes, reached: reachedTimes, last, media, richText, timesOfDay,
    // Hashing every id costs a 100,000-event timeline about a tenth of its first render.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (let i = 0; i < n; i++) byId.set(events[i]!.id, i);
      }
      return byId;
    },
    get byLane() {
      return (byLane ??= eventsByLane(lanes, laneKeys.length));
    },
  };
}

/** Each lane's events, by index in date order. */
export function eventsByLane(lanes: Uint16Array, laneCount: number): Uint32Array[] {
  const counts = new Uint32Array(laneCount);
  for (let i = 0; i < lanes.length; i++) counts[lanes[i]!]!++;
  const byLane = Array.from(counts, (n) => new Uint32Array(n));
  counts.fill(0);
  for (let i = 0; i < lanes.length; i++) {
    const lane = lanes[i]!;
    byLane[lane]![counts[lane]!++] = i;
  }
  return byLane;
}

const DAY = 86_400_000;

/**
 * The span of time a timeline needs to show, from its events' earliest start and latest end: every
 * event, era and the "as reported" date, with a margin so the first and last markers do not sit on the
 * edges. `null` when there is nothing to show.
 */
function padExtent({ eras, asOf }: Timeline, min: number, max: number): [number, number] | null {
  for (const { start, end } of asOf ? [...eras, { start: asOf, end: asOf }] : eras) {
    min = Math.min(min, start.time);
    max = Math.max(max, end.endTime);
  }
  if (min === Infinity) return null;
  // A single short event still gets a readable span around it.
  const pad = Math.max(max - min, DAY) * 0.04;
  return [min - pad, max + pad];
}

const timed = (d: TimelineDate | null) => d !== null && (d.precision === 'hour' || d.precision === 'minute' || d.precision === 'second');

/**
 * The events drawn anywhere in `[from, to]` (ms), lane by lane, each lane's as indices in date order:
 * those starting inside, and ranges that started earlier and are still running. Binary searches in each
 * lane's events, and no pass over those in view: zoomed out, a view of 100,000 events holds all of them,
 * and every pan and zoom step asks.
 */
export function laneEventsBetween(index: EventIndex, from: number, to: number): Uint32Array[] {
  const { starts, ends, lanes, long, reach } = index;
  const at = bisector((i: number) => starts[i]!);
  // Long ranges that start before any lane's search come first, checked apart: they would make it reach far back.
  const earliest = from - reach;
  return index.byLane.map((lane, l) => {
    const lo = at.left(lane, earliest);
    const inside = at.left(lane, from, lo);
    const hi = at.right(lane, to, inside);
    // What starts before `from` is drawn only while it still runs; what starts inside always is.
    const running: number[] = [];
    for (const i of long) if (starts[i]! < earliest && lanes[i] === l && ends[i]! >= from) running.push(i);
    for (let k = lo; k < inside; k++) if (ends[lane[k]!]! >= from) running.push(lane[k]!);
    if (!running.length) return lane.subarray(inside, hi);
    const out = new Uint32Array(running.length + hi - inside);
    out.set(running);
    out.set(lane.subarray(inside, hi), running.length);
    return out;
  });
}

/** How many events are drawn anywhere in `[from, to]` (ms). */
export const countBetween = (index: EventIndex, from: number, to: number): number =>
  laneEventsBetween(index, from, to).reduce((n, lane) => n + lane.length, 0);
