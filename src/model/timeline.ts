import type { TimelineDate } from './dates.js';
import type { NewsEventStatus, NewsEventUpdateKind, NewsMedia, TimelineGroup } from './types.js';

/**
 * The parsed, checked form of a dataset that layout and rendering read. Built fresh by
 * `parseTimeline`; every string is plain text and every URL has passed the URL policy.
 */

/** A source after parsing: `url` is `null` when the given URL was not safe to link. */
export interface TimelineSource {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly date: TimelineDate | null;
}

/** An update after parsing: its date parsed, its kind defaulted. */
export interface TimelineEventUpdate {
  readonly date: TimelineDate;
  readonly text: string;
  readonly kind: NewsEventUpdateKind;
}

/** An event after parsing: dates parsed, defaults applied, URLs checked. */
export interface TimelineEvent {
  /** The given id, or one derived from the start date and title. Unique within the timeline. */
  readonly id: string;
  /** Position of the event in the input, for messages that point back to it. */
  readonly index: number;
  readonly start: TimelineDate;
  /** The end of a range, or `null` for a point event and for an open-ended range. */
  readonly end: TimelineDate | null;
  /** An open-ended range (`2020/..`): it started and has not ended. */
  readonly openEnd: boolean;
  readonly title: string;
  /** Plain text: the given summary, or the text of `body`. */
  readonly summary: string;
  /**
   * Rich text as the dataset gave it: untrusted HTML. It reaches the DOM only through the
   * sanitiser in `render/rich-text.ts`; everything else uses `summary`.
   */
  readonly body: string | null;
  readonly displayDate: string | null;
  /** The lane's id, or `null` for events without a group. */
  readonly group: string | null;
  readonly tags: readonly string[];
  readonly status: NewsEventStatus;
  readonly importance: 1 | 2 | 3;
  readonly sources: readonly TimelineSource[];
  readonly media: NewsMedia | null;
  /** Changes to the event, in date order (input order for the same date). */
  readonly updates: readonly TimelineEventUpdate[];
}

/** A background period after parsing. */
export interface TimelineEraSpan {
  readonly start: TimelineDate;
  readonly end: TimelineDate;
  readonly title: string;
}

/** A parsed dataset: events sorted by date, lanes in display order. */
export interface Timeline {
  readonly title: string | null;
  readonly description: string | null;
  readonly asOf: TimelineDate | null;
  /** When the data last changed. */
  readonly updated: TimelineDate | null;
  /** Every usable event, sorted by start, then end, then input order. */
  readonly events: readonly TimelineEvent[];
  readonly eras: readonly TimelineEraSpan[];
  /** Every lane that events use, in display order. */
  readonly groups: readonly TimelineGroup[];
  /** The credit line for the exported graphic, as the dataset gives it. */
  readonly credit: string | null;
}

/** How bad a problem in the data is: an `error` skips the event, a `warning` drops or repairs one field. */
export type TimelineIssueSeverity = 'error' | 'warning';

/** One problem found in a dataset, with where it is and what was expected. */
export interface TimelineIssue {
  readonly severity: TimelineIssueSeverity;
  /** Where in the input, e.g. `events[3].start`. */
  readonly path: string;
  /** The event's position in the input, when the problem is in an event. */
  readonly eventIndex?: number;
  /** The event's id or title, when it has one. */
  readonly eventName?: string;
  /** The field, e.g. `start`. */
  readonly field?: string;
  /** The CSV row (the header is row 1), when the input was a spreadsheet. */
  readonly row?: number;
  /** The CSV column's name, when the input was a spreadsheet. */
  readonly column?: string;
  /** The whole message: `events[3] ("vilnius-summit").start: expected …, found "11/07/2023"`. */
  readonly message: string;
}

/**
 * How many problems a dataset had, counted in full even when only the first 1,000 are kept in
 * `issues`: the honest numbers for a notice or a report.
 */
export interface TimelineIssueCounts {
  /** Every error found. */
  readonly errors: number;
  /** Every warning found. */
  readonly warnings: number;
  /** Events in the input that are not drawn: each had an error, or came after the limit of events. */
  readonly skippedEvents: number;
  /** Fields (or lanes, eras, sources) dropped or repaired; the event they belong to is still drawn. */
  readonly repairedFields: number;
  /** Errors in the data as a whole rather than in one event: JSON that does not parse, a missing column. */
  readonly dataErrors: number;
}

/** What parsing returns: never throws, always keeps every good event. */
export interface TimelineParseResult {
  readonly data: Timeline;
  /** The first 1,000 problems, in the order they were found. */
  readonly issues: readonly TimelineIssue[];
  /** Every problem, counted. */
  readonly counts: TimelineIssueCounts;
}
