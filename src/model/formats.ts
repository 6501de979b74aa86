import { nativeImport, type ImportedTimeline } from './import.js';
import type { IssueCollector, IssueLocation } from './issues.js';
import { LIMITS } from './limits.js';
import { isRecord, own, type UntrustedRecord } from './read.js';
import { isTimelineJs } from './timelinejs-detect.js';

/**
 * The formats `parseTimeline` reads: our own JSON (`TimelineData` or a bare array of events),
 * TimelineJS3 JSON, and CSV (the TimelineJS spreadsheet template, or our own field names; which one
 * is told by the header row).
 */
export const TIMELINE_FORMATS = ['json', 'timelinejs', 'csv'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** Reads a `format` attribute or option: a known format, or `null` to detect it from the content. */
export function readFormat(value: unknown): TimelineFormat | null {
  return TIMELINE_FORMATS.find((f) => f === (typeof value === 'string' ? value.trim().toLowerCase() : value)) ?? null;
}

/** Tells the format from the content: JSON starts with `{` or `[`, anything else is CSV. */
export function detectFormat(input: unknown): TimelineFormat {
  if (typeof input === 'string') return /^\s*[[{]/.test(input.replace(/^\ufeff/, '')) ? 'json' : 'csv';
  return isTimelineJs(input) ? 'timelinejs' : 'json';
}

export const ROOT: IssueLocation = { path: 'data' };

/** The readers of formats other than our own JSON: loaded only when a page gives the element one. */
export interface FormatImporters {
  readonly timelinejs: (value: UntrustedRecord, issues: IssueCollector) => ImportedTimeline | null;
  readonly csv: (text: string, issues: IssueCollector) => ImportedTimeline | null;
}

/** Whether reading `input` needs an importer (TimelineJS or CSV), not only our own JSON. */
export function needsImporters(input: unknown, format: TimelineFormat | null): boolean {
  if (format === 'csv' || format === 'timelinejs') return true;
  if (format === 'json') return false;
  if (typeof input === 'string') {
    // JSON text is parsed once, by the parser: a cheap look at its keys decides instead. A false alarm
    // only loads the importers for nothing; the parser still tells the formats apart exactly.
    return detectFormat(input) === 'csv' || /"(start_date|headline)"\s*:/.test(input);
  }
  return isTimelineJs(input);
}

/**
 * Whether our own JSON may carry rich text (`body`), whose plain-text summary needs the HTML reader.
 * Like `needsImporters`, a cheap look: a false alarm only loads that reader for nothing.
 */
export function mayHaveRichText(input: unknown): boolean {
  if (typeof input === 'string') return /"body"\s*:/.test(input);
  const events = Array.isArray(input) ? input : isRecord(input) ? own(input, 'events') : undefined;
  return Array.isArray(events) && events.some((event) => isRecord(event) && own(event, 'body') !== undefined);
}

/**
 * Reads input of any format into our own shape for the validator, or `null` after reporting an
 * error when nothing in it can be used.
 */
export function importTimeline(
  input: unknown,
  format: TimelineFormat | null,
  issues: IssueCollector,
  importers: FormatImporters,
): ImportedTimeline | null {
  let value = input;
  if (typeof value === 'string') {
    if (value.length > LIMITS.inputChars) {
      issues.report('error', ROOT, undefined, `expected at most ${LIMITS.inputChars} characters, found ${value.length} (not read)`);
      return null;
    }
    if ((format ?? detectFormat(value)) === 'csv') return importers.csv(value, issues);
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      issues.report('error', ROOT, undefined, `expected JSON, found text that does not parse (${(error as Error).message})`);
      return null;
    }
  }
  if (Array.isArray(value)) return nativeImport({ events: value });
  if (!isRecord(value)) {
    issues.expected('error', ROOT, undefined, 'a timeline object with events, or an array of events', value);
    return null;
  }
  const kind = format === 'csv' ? null : (format ?? detectFormat(value));
  return kind === 'timelinejs' ? importers.timelinejs(value, issues) : nativeImport(value);
}
