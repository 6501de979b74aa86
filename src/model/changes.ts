import type { ChangeMark, TimelineDiff } from './diff.js';
import { statusChange, type StatusChange } from './status-change.js';
import type { Timeline } from './timeline.js';

/**
 * The marks after an update: new events marked "new", changed ones "updated" (one still unseen since it
 * was added stays "new"), gone ones unmarked. `statuses` gains each status the update changed, and loses
 * the events that are gone.
 */
export function marksAfter(
  previous: Timeline, next: Timeline, diff: TimelineDiff, marks: ReadonlyMap<string, ChangeMark>, statuses: Map<string, StatusChange>,
): Map<string, ChangeMark> {
  const after = new Map(marks);
  for (const id of diff.removed) {
    after.delete(id);
    statuses.delete(id);
  }
  for (const id of diff.added) after.set(id, 'new');
  if (!diff.changed.length) return after;
  const old = new Map(previous.events.map((e) => [e.id, e]));
  const changed = new Set(diff.changed);
  for (const event of next.events) {
    if (!changed.has(event.id)) continue;
    if (after.get(event.id) !== 'new') after.set(event.id, 'updated');
    const change = statusChange(old.get(event.id)!, event);
    if (change) statuses.set(event.id, change);
  }
  return after;
}
