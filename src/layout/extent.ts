import type { Timeline } from '../model/timeline.js';

const DAY = 86_400_000;

/**
 * The span of time a timeline needs to show: every event, era and the "as reported" date, with a
 * margin so the first and last markers do not sit on the edges. `null` when there is nothing to show.
 */
export function timelineExtent(timeline: Timeline, margin = 0.04): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  const include = (start: number, end: number) => {
    if (start < min) min = start;
    if (end > max) max = end;
  };
  for (const event of timeline.events) include(event.start.time, (event.end ?? event.start).endTime);
  for (const era of timeline.eras) include(era.start.time, era.end.endTime);
  if (timeline.asOf) include(timeline.asOf.time, timeline.asOf.endTime);
  if (min === Infinity) return null;
  // A single short event still gets a readable span around it.
  const span = Math.max(max - min, DAY);
  const pad = span * margin;
  return [min - pad, max + pad];
}
