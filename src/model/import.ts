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
}

/** Events in our own format: positions and field names are already ours. */
export function nativeImport(record: UntrustedRecord): ImportedTimeline {
  return { record, locate: (index) => ({ path: `events[${index}]`, eventIndex: index }), rejected: new Set() };
}

/** Locates events that came from spreadsheet rows: event `index` is `row N`, its fields named by their columns. */
export function rowLocator(rows: readonly number[], columns: Readonly<Record<string, string>>): (index: number) => IssueLocation {
  return (index) => {
    const row = rows[index] ?? 0;
    return { path: `row ${row}`, eventIndex: index, row, fieldNames: columns };
  };
}
