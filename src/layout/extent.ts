import type { Timeline } from '../model/timeline.js';
import { eventIndex } from './event-index.js';

/**
 * The span of time a timeline needs to show: every event, era and the "as reported" date, with a
 * margin so the first and last markers do not sit on the edges. `null` when there is nothing to show.
 * Found with the timeline's index, in its one pass over the events.
 */
export function timelineExtent(timeline: Timeline): readonly [number, number] | null {
  return eventIndex(timeline).extent;
}
