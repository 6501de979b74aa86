import { LIMITS } from './limits.js';
import type { TimelineIssue, TimelineIssueCounts, TimelineIssueSeverity } from './timeline.js';

/** `text` cut to `max` characters with an ellipsis, never between the halves of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 2);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 2 : max - 1)}…`;
}

/** Names inside a message (an event's title, a column) are cut to this many characters. */
const NAME_LENGTH = 80;

/** `a, b or c`: a list the way a sentence gives it. */
export function listOf(items: readonly string[], last = 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Names a found value the way a page author would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(clip(value, 60));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
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

/**
 * Collects issues for one parse, with messages in one consistent shape. It keeps the first
 * `LIMITS.issues` (each message at most `LIMITS.issueMessage` characters) and counts every one, so
 * a dataset with 100,000 problems costs a count, not 100,000 messages.
 */
export class IssueCollector {
  readonly issues: TimelineIssue[] = [];
  private errors = 0;
  private warnings = 0;
  private dataErrors = 0;
  private droppedEvents = 0;
  private droppedWarnings = 0;
  private readonly skipped = new Set<number>();

  /** Every problem counted, including those not kept. */
  get counts(): TimelineIssueCounts {
    return {
      errors: this.errors,
      warnings: this.warnings,
      skippedEvents: this.skipped.size + this.droppedEvents,
      repairedFields: this.warnings - this.droppedWarnings,
      dataErrors: this.dataErrors,
    };
  }

  /** Reports events (or rows) past the limit, dropped unread: they count as skipped events, not as repaired fields. */
  dropEvents(at: IssueLocation, field: string, found: number, kept: number): void {
    this.droppedEvents += found - kept;
    this.droppedWarnings++;
    this.report('warning', at, field, `expected at most ${kept} items, found ${found} (the first ${kept} are kept)`);
  }

  /**
   * Puts the issues kept in row order (a stable sort: issues of one row keep the order they were
   * found in, and those of no row, which concern the whole input, come first), so a spreadsheet's
   * problems read from top to bottom whichever stage found them.
   */
  sortByRow(): void {
    if (this.issues.some((issue) => issue.row !== undefined)) this.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  report(severity: TimelineIssueSeverity, at: IssueLocation, field: string | undefined, problem: string): void {
    if (severity === 'warning') this.warnings++;
    else {
      this.errors++;
      // An error located in an event always skips it; one without an event concerns the whole input.
      if (at.eventIndex === undefined) this.dataErrors++;
      else this.skipped.add(at.eventIndex);
    }
    if (this.issues.length >= LIMITS.issues) return;
    const name = at.eventName === undefined ? '' : ` (${JSON.stringify(clip(at.eventName, NAME_LENGTH))})`;
    const path = field === undefined ? at.path : `${at.path}.${field}`;
    // The event's own path has no dot: `events[3]`, `row 5`. Nested paths add `.media`, `.sources[0]`.
    const dot = at.path.indexOf('.');
    const eventPath = dot < 0 ? at.path : at.path.slice(0, dot);
    const inner = path.slice(eventPath.length + 1);
    const named = at.fieldNames && inner && Object.hasOwn(at.fieldNames, inner) ? at.fieldNames[inner] : undefined;
    // The event's name follows the event, before any nested path: `events[3] ("x").sources[0].url`.
    let where = `${eventPath}${name}${path.slice(eventPath.length)}`;
    if (named !== undefined) where = at.row !== undefined ? `${eventPath}${name}, column ${JSON.stringify(clip(named, NAME_LENGTH))}` : `${eventPath}${name}.${named}`;
    this.issues.push({
      severity,
      path,
      ...(at.eventIndex === undefined ? {} : { eventIndex: at.eventIndex }),
      ...(at.eventName === undefined ? {} : { eventName: clip(at.eventName, LIMITS.issueMessage) }),
      ...(field === undefined ? {} : { field }),
      ...(at.row === undefined ? {} : { row: at.row }),
      ...(named !== undefined && at.row !== undefined ? { column: clip(named, LIMITS.issueMessage) } : {}),
      message: clip(`${where}: ${problem}`, LIMITS.issueMessage),
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
