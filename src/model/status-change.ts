import type { TimelineDate } from './dates.js';
import type { TimelineEvent, TimelineEventUpdate } from './timeline.js';
import type { NewsEventStatus } from './types.js';

/** An event's status that changed from one version of the data to the next, and when (from its updates). */
export interface StatusChange {
  readonly from: NewsEventStatus;
  readonly to: NewsEventStatus;
  /** The date of the update that came with the change, or `null` when the new version added none. */
  readonly on: TimelineDate | null;
}

const updateKey = (u: TimelineEventUpdate) => `${u.date.text}\u0000${u.text}`;

/**
 * How `after`'s status differs from `before`'s, or `null`. The date is that of the latest update the new
 * version added: the update that changed the status, where there is one.
 */
export function statusChange(before: TimelineEvent, after: TimelineEvent): StatusChange | null {
  if (before.status === after.status) return null;
  const known = new Set(before.updates.map(updateKey));
  const added = after.updates.filter((u) => !known.has(updateKey(u)));
  return { from: before.status, to: after.status, on: added.at(-1)?.date ?? null };
}
