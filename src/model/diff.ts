import type { Timeline, TimelineEvent } from './timeline.js';

/**
 * How one version of a dataset differs from the one before, matched by event id. Each list is in date
 * order: `added` and `changed` as the new version sorts them, `removed` as the old one did.
 */
export interface TimelineDiff {
  readonly added: readonly string[];
  /** Events whose content changed in any field (dates, text, status, sources, media, updates…). */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** What an event carries until the reader has seen it: it is new, or it changed. */
export type ChangeMark = 'new' | 'updated';

const keys = new WeakMap<TimelineEvent, string>();

/** Every field counts except the event's place in the input; a date counts as the text it was written as. */
const contentOnly = (key: string, value: unknown): unknown =>
  key === 'index' ? undefined : value !== null && typeof value === 'object' && 'precision' in value ? (value as unknown as { text: string }).text : value;

/**
 * An event's content as one string, its fields in the order parsing writes them (the same for every
 * event), so a field added to events one day counts without a change here. Kept per parsed event, so
 * each version is written out once.
 */
export function eventKey(event: TimelineEvent): string {
  let key = keys.get(event);
  if (key === undefined) keys.set(event, (key = JSON.stringify(event, contentOnly)));
  return key;
}

/** The events added, changed and removed from `before` to `after`, by id. */
export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const old = new Map<string, TimelineEvent>();
  for (const event of before.events) old.set(event.id, event);
  const added: string[] = [];
  const changed: string[] = [];
  for (const event of after.events) {
    const was = old.get(event.id);
    if (!was) added.push(event.id);
    // Titles differ far more often than anything else: compare them before writing either event out.
    else if (was !== event && (was.title !== event.title || eventKey(was) !== eventKey(event))) changed.push(event.id);
    old.delete(event.id);
  }
  // What is left of the old events is what the new version no longer has; the map keeps their date order.
  return { added, changed, removed: [...old.keys()] };
}

/** Whether anything changed at all. */
export function hasChanges(diff: TimelineDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length > 0;
}
