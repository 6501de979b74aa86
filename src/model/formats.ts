import { parseCsv } from './csv.js';
import { importFieldsCsv } from './csv-fields.js';
import { importTimelineJsCsv, isTimelineJsHeader } from './csv-template.js';
import { nativeImport, type ImportedTimeline } from './import.js';
import type { IssueCollector, IssueLocation } from './issues.js';
import { LIMITS } from './limits.js';
import { isRecord } from './read.js';
import { importTimelineJs, isTimelineJs } from './timelinejs.js';

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

const ROOT: IssueLocation = { path: 'data' };

/**
 * Reads input of any format into our own shape for the validator, or `null` after reporting an
 * error when nothing in it can be used.
 */
export function importTimeline(input: unknown, format: TimelineFormat | null, issues: IssueCollector): ImportedTimeline | null {
  let value = input;
  if (typeof value === 'string') {
    if (value.length > LIMITS.inputChars) {
      issues.report('error', ROOT, undefined, `expected at most ${LIMITS.inputChars} characters, found ${value.length} (not read)`);
      return null;
    }
    if ((format ?? detectFormat(value)) === 'csv') return importCsv(value, issues);
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
  return kind === 'timelinejs' ? importTimelineJs(value, issues) : nativeImport(value);
}

function importCsv(text: string, issues: IssueCollector): ImportedTimeline | null {
  const table = parseCsv(text);
  for (const problem of table.problems) issues.report('error', { path: `row ${problem.row}`, row: problem.row }, undefined, problem.message);
  const header = table.rows[0];
  if (!header || table.rows.length < 2) {
    issues.report('error', ROOT, undefined, 'expected a CSV header row and at least one row of events, found ' + (header ? 'only a header' : 'nothing'));
    return null;
  }
  return isTimelineJsHeader(header) ? importTimelineJsCsv(table.rows, issues) : importFieldsCsv(table.rows, issues);
}
