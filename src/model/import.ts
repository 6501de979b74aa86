import type { IssueLocation } from './issues.js';
import type { UntrustedRecord } from './read.js';

/**
 * What every importer hands to the one validator: a dataset in our own shape (still untrusted),
 * and how to point back into the original file when an event has a problem.
 */
export interface ImportedTimeline {
  /** A `TimelineData`-shaped record, built fresh from the input. */
  readonly record: UntrustedRecord;
  /** Where event `index` of `record.events` came from: `events[3]`, `row 5`, with the file's field names. */
  readonly locate: (index: number) => IssueLocation;
  /** Events the importer already rejected with an error; the validator skips them silently. */
  readonly rejected: ReadonlySet<number>;
  /** Where era `index` of `record.eras` came from, and which eras the importer rejected; `eras[i]` when absent. */
  readonly eras?: { readonly locate: (index: number) => IssueLocation; readonly rejected: ReadonlySet<number> };
}

/** Events in our own format: positions and field names are already ours. */
export function nativeImport(record: UntrustedRecord): ImportedTimeline {
  return { record, locate: (index) => ({ path: `events[${index}]`, eventIndex: index }), rejected: new Set() };
}

/** Locates records that came from spreadsheet rows: record `index` is `row N`, its fields named by their columns. */
export function rowLocator(rows: readonly number[], columns: Readonly<Record<string, string>>, events = true): (index: number) => IssueLocation {
  return (index) => {
    const row = rows[index] ?? 0;
    return { path: `row ${row}`, ...(events ? { eventIndex: index } : {}), row, fieldNames: columns };
  };
}
