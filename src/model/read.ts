import { parseDate, type TimelineDate } from './dates.js';
import type { IssueCollector, IssueLocation } from './issues.js';
import { LIMITS, maxTextLength } from './limits.js';

/**
 * Field readers shared by every part of the parser. They read own properties only, so keys such
 * as `__proto__` or `constructor` inherited from Object.prototype never count as data.
 */

/** A plain record of untrusted input. */
export type UntrustedRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is UntrustedRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or `undefined`. */
export function own(record: UntrustedRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Reads optional plain text: numbers become text; anything else is dropped with a warning. Text
 * longer than the field's limit is cut, with a warning, so one huge string cannot stall layout.
 */
export function readText(record: UntrustedRecord, key: string, at: IssueLocation, issues: IssueCollector): string | null {
  const value = own(record, key);
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    issues.expected('warning', at, key, 'text', value);
    return null;
  }
  const text = value.trim();
  return text === '' ? null : cutText(text, key, at, issues);
}

/**
 * `text` cut to the limit of field `key`, with a warning when it was longer. Importers cut text this
 * way before they read it as HTML, so no reader ever works on more than a field can hold.
 */
export function cutText(text: string, key: string, at: IssueLocation, issues: IssueCollector): string {
  const max = maxTextLength(key);
  if (text.length <= max) return text;
  issues.report('warning', at, key, `expected at most ${max} characters, found ${text.length} (cut to ${max})`);
  return sliceWhole(text, max);
}

/** The first `max` characters of `text`, one fewer if the cut would split a surrogate pair. */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Reads an optional array; anything else is dropped with a warning and read as empty. Items past
 * `max` are dropped with a warning.
 */
export function readArray(
  record: UntrustedRecord, key: string, at: IssueLocation, issues: IssueCollector, expected: string, max: number = LIMITS.perEvent,
): readonly unknown[] {
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.expected('warning', at, key, expected, value);
    return [];
  }
  return capList(value, max, at, key, issues);
}

/** The first `LIMITS.events` events (or rows); the rest are dropped, counted as skipped events. */
export function capEvents<T>(items: readonly T[], at: IssueLocation, key: string, issues: IssueCollector): readonly T[] {
  const kept = keptEvents(items.length, at, key, issues);
  return kept === items.length ? items : items.slice(0, kept);
}

/** How many of `total` events (or rows) are read, at most `LIMITS.events`; the rest are dropped, counted as skipped events. */
export function keptEvents(total: number, at: IssueLocation, key: string, issues: IssueCollector): number {
  if (total <= LIMITS.events) return total;
  issues.dropEvents(at, key, total, LIMITS.events);
  return LIMITS.events;
}

/** The first `max` items of a list, with a warning when there were more. */
export function capList<T>(items: readonly T[], max: number, at: IssueLocation, key: string, issues: IssueCollector): readonly T[] {
  if (items.length <= max) return items;
  issues.report('warning', at, key, `expected at most ${max} items, found ${items.length} (the first ${max} are kept)`);
  return items.slice(0, max);
}

export const DATE_EXAMPLE = 'an ISO 8601 date such as 2023-07-11';

/** Reads an optional date. A bad one is reported with `severity` and read as `undefined`. */
export function readDate(
  record: UntrustedRecord,
  key: string,
  at: IssueLocation,
  issues: IssueCollector,
  severity: 'error' | 'warning',
): TimelineDate | null | undefined {
  const value = own(record, key);
  if (value === undefined || value === null || value === '') return null;
  // Spreadsheets and hand-written JSON often give a bare year as a number.
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(4, '0') : value;
  if (typeof text !== 'string') {
    issues.expected(severity, at, key, DATE_EXAMPLE, value);
    return undefined;
  }
  const result = parseDate(text);
  if (result.ok) return result.date;
  const note = result.reason === 'not an ISO 8601 date' ? undefined : result.reason;
  issues.expected(severity, at, key, DATE_EXAMPLE, text, note);
  return undefined;
}
