import type { TimelineIssue, TimelineIssueSeverity } from './timeline.js';

/** Names a found value the way a page author would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(text);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}

/** Where an issue is: `events[3] ("vilnius-summit")`, `row 5 ("Ada Lovelace")`, or a top-level path. */
export interface IssueLocation {
  readonly path: string;
  readonly eventIndex?: number;
  readonly eventName?: string;
  /** The CSV row (1 is the header) when the input was a spreadsheet. */
  readonly row?: number;
  /**
   * How the input named our fields, keyed by the path inside the event (`start`, `media.url`):
   * CSV column names, or TimelineJS keys such as `start_date`. Unlisted fields keep their names.
   */
  readonly fieldNames?: Readonly<Record<string, string>>;
}

/**
 * `at` with the event's name. Written field by field: spreading a location, once per event, was a
 * tenth of the time spent parsing 100,000 events.
 */
export function withEventName(at: IssueLocation, eventName: string): IssueLocation {
  return { path: at.path, eventIndex: at.eventIndex, eventName, row: at.row, fieldNames: at.fieldNames };
}

/** Collects issues for one parse, with messages in one consistent shape. */
export class IssueCollector {
  readonly issues: TimelineIssue[] = [];

  report(severity: TimelineIssueSeverity, at: IssueLocation, field: string | undefined, problem: string): void {
    const name = at.eventName === undefined ? '' : ` (${JSON.stringify(at.eventName)})`;
    const path = field === undefined ? at.path : `${at.path}.${field}`;
    // The event's own path has no dot: `events[3]`, `row 5`. Nested paths add `.media`, `.sources[0]`.
    const dot = at.path.indexOf('.');
    const eventPath = dot < 0 ? at.path : at.path.slice(0, dot);
    const inner = path.slice(eventPath.length + 1);
    const named = at.fieldNames && inner && Object.prototype.hasOwnProperty.call(at.fieldNames, inner) ? at.fieldNames[inner] : undefined;
    // The event's name follows the event, before any nested path: `events[3] ("x").sources[0].url`.
    let where = `${eventPath}${name}${path.slice(eventPath.length)}`;
    if (named !== undefined) where = at.row !== undefined ? `${eventPath}${name}, column ${JSON.stringify(named)}` : `${eventPath}${name}.${named}`;
    this.issues.push({
      severity,
      path,
      ...(at.eventIndex === undefined ? {} : { eventIndex: at.eventIndex }),
      ...(at.eventName === undefined ? {} : { eventName: at.eventName }),
      ...(field === undefined ? {} : { field }),
      ...(at.row === undefined ? {} : { row: at.row }),
      ...(named !== undefined && at.row !== undefined ? { column: named } : {}),
      message: `${where}: ${problem}`,
    });
  }

  /** Reports "expected X, found Y", with an optional note on why Y is wrong. */
  expected(
    severity: TimelineIssueSeverity,
    at: IssueLocation,
    field: string | undefined,
    expected: string,
    found: unknown,
    note?: string,
  ): void {
    const why = note ? ` (${note})` : '';
    this.report(severity, at, field, `expected ${expected}, found ${describeValue(found)}${why}`);
  }
}
