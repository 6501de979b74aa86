import { eventsByLane, type EventIndex } from '../layout/event-index.js';
import type { Timeline } from '../model/timeline.js';
import { NEWS_EVENT_STATUSES } from '../model/types.js';

/**
 * A subset's index, picked from its parent's. The span of time, the lanes and what the data has (media,
 * rich text, times of day) stay the parent's, so the view, the rows and the dates' form stay put while
 * a search narrows the events; statuses and the last date are the subset's own, for its summary.
 */
export function subsetIndex(timeline: Timeline, whole: EventIndex, indices: Uint32Array): EventIndex {
  const { starts: allStarts, ends: allEnds, lanes: allLanes, statusCodes: allCodes, reached: allReached } = whole;
  const n = indices.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const lanes = new Uint16Array(n);
  const statusCodes = new Uint8Array(n);
  const reached = new Float64Array(n);
  const used = new Uint8Array(NEWS_EVENT_STATUSES.length);
  const longer = whole.extent ? (whole.extent[1] - whole.extent[0]) / 20 : Infinity;
  const long: number[] = [];
  let reach = 0;
  let latest = -1;
  // Typed arrays only: at 100,000 events, reading each event object again would cost more than all the rest.
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    starts[k] = allStarts[i]!;
    ends[k] = allEnds[i]!;
    lanes[k] = allLanes[i]!;
    used[(statusCodes[k] = allCodes[i]!)] = 1;
    reached[k] = allReached[i]!;
    if (latest < 0 || reached[k]! > reached[latest]!) latest = k;
    const duration = ends[k]! - starts[k]!;
    if (duration > longer) long.push(k);
    else if (duration > reach) reach = duration;
  }
  const event = latest < 0 ? null : timeline.events[latest]!;
  const statuses = new Set(NEWS_EVENT_STATUSES.filter((_, c) => used[c]));
  const last = event ? (event.end ?? event.start) : null;
  const found = new Map<string, number | undefined>();
  let byLane: Uint32Array[] | null = null;
  return {
    // Named one by one: spreading the parent would read its `byId`, and so hash every id.
    timeline, starts, ends, lanes, laneKeys: whole.laneKeys, long: Uint32Array.from(long), reach, extent: whole.extent, statuses, statusCodes,
    reached, last, media: whole.media, richText: whole.richText, timesOfDay: whole.timesOfDay,
    // Ids are looked up a few at a time (the selected and the focused event): a scan of the subset for each
    // costs less than hashing every id, which the parent itself may never have needed.
    byId: {
      get(id) {
        let at = found.get(id);
        if (at === undefined && !found.has(id)) {
          const k = timeline.events.findIndex((e) => e.id === id);
          found.set(id, (at = k < 0 ? undefined : k));
        }
        return at;
      },
    },
    get byLane() {
      return (byLane ??= eventsByLane(lanes, whole.laneKeys.length));
    },
  };
}
