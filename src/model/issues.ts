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

/** Where an issue is: `events[3] ("vilnius-summit")`, or a top-level path. */
export interface IssueLocation {
  readonly path: string;
  readonly eventIndex?: number;
  readonly eventName?: string;
}

/** Collects issues for one parse, with messages in one consistent shape. */
export class IssueCollector {
  readonly issues: TimelineIssue[] = [];

  report(severity: TimelineIssueSeverity, at: IssueLocation, field: string | undefined, problem: string): void {
    const name = at.eventName === undefined ? '' : ` (${JSON.stringify(at.eventName)})`;
    const path = field === undefined ? at.path : `${at.path}.${field}`;
    const where = field === undefined ? `${at.path}${name}` : `${at.path}${name}.${field}`;
    this.issues.push({
      severity,
      path,
      ...(at.eventIndex === undefined ? {} : { eventIndex: at.eventIndex }),
      ...(at.eventName === undefined ? {} : { eventName: at.eventName }),
      ...(field === undefined ? {} : { field }),
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
