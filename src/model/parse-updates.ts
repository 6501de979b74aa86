import type { IssueCollector, IssueLocation } from './issues.js';
import { isRecord, own, readArray, readDate, readText, type UntrustedRecord } from './read.js';
import type { TimelineEventUpdate } from './timeline.js';
import type { NewsEventUpdateKind } from './types.js';

/** Shared by every event without updates (frozen: nothing may add to it). */
const NONE: readonly never[] = Object.freeze([]);

const KINDS: readonly NewsEventUpdateKind[] = ['update', 'correction'];

/**
 * Reads an event's `updates`: each needs a date and a text, or it is dropped with a warning; an unknown
 * `kind` is read as `update`. Returned in date order (input order for the same date).
 */
export function readUpdates(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): readonly TimelineEventUpdate[] {
  if (own(record, 'updates') === undefined) return NONE;
  const updates: TimelineEventUpdate[] = [];
  readArray(record, 'updates', at, issues, 'an array of updates').forEach((item, i) => {
    const field = `updates[${i}]`;
    if (!isRecord(item)) {
      issues.expected('warning', at, field, 'an update with a date and text', item, 'update dropped');
      return;
    }
    const here: IssueLocation = { ...at, path: `${at.path}.${field}` };
    const date = readDate(item, 'date', here, issues, 'warning');
    const text = readText(item, 'text', here, issues);
    if (date === null) issues.expected('warning', here, 'date', 'the date of the update', undefined, 'update dropped');
    // readText has already reported a value of the wrong type; missing or blank text is reported here.
    const rawText = own(item, 'text');
    if (text === null && (rawText === undefined || rawText === null || typeof rawText === 'string')) {
      issues.expected('warning', here, 'text', 'what changed, as text', rawText, 'update dropped');
    }
    if (!date || text === null) return;
    updates.push({ date, text, kind: readKind(item, here, issues) });
  });
  // Array sort is stable: updates of the same moment keep the order they were written in.
  return updates.sort((a, b) => a.date.time - b.date.time);
}

function readKind(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): NewsEventUpdateKind {
  const value = own(record, 'kind');
  if (value === undefined || value === null || value === '') return 'update';
  const kind = KINDS.find((k) => k === value);
  if (kind) return kind;
  issues.expected('warning', at, 'kind', 'update or correction', value, 'read as update');
  return 'update';
}
