import { parseDate, type TimelineDate } from './dates.js';
import type { IssueCollector, IssueLocation } from './issues.js';

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
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Reads optional plain text: numbers become text; anything else is dropped with a warning. */
export function readText(record: UntrustedRecord, key: string, at: IssueLocation, issues: IssueCollector): string | null {
  const value = own(record, key);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  issues.expected('warning', at, key, 'text', value);
  return null;
}

/** Reads an optional array; anything else is dropped with a warning and read as empty. */
export function readArray(record: UntrustedRecord, key: string, at: IssueLocation, issues: IssueCollector, expected: string): readonly unknown[] {
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  issues.expected('warning', at, key, expected, value);
  return [];
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
