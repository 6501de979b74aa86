import type { TimelineFilter } from './model/search.js';
import type { Timeline, TimelineEvent, TimelineIssue, TimelineIssueCounts } from './model/timeline.js';

/**
 * DOM events the element fires. Each bubbles and is composed, so a page can listen on the element
 * or anywhere above it, through shadow roots.
 */

/** Fired when data has been parsed and its first render is done. */
export class NewsTimelineLoadEvent extends Event {
  static readonly eventName = 'news-timeline-load' as const;

  constructor(
    /** The parsed timeline. */
    readonly timeline: Timeline,
    /** Problems found in the data (empty when it was clean). */
    readonly issues: readonly TimelineIssue[],
  ) {
    super(NewsTimelineLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the reader selects an event (or closes its card: then `event` is `null`). */
export class NewsTimelineSelectEvent extends Event {
  static readonly eventName = 'news-timeline-select' as const;

  constructor(
    /** The selected event, or `null` when the reader closed the card. */
    readonly event: TimelineEvent | null,
  ) {
    super(NewsTimelineSelectEvent.eventName, { bubbles: true, composed: true });
  }

  /** The selected event's id, or `null`. */
  get id(): string | null {
    return this.event?.id ?? null;
  }
}

/** Fired when a reader's gesture, key or button has finished changing the visible window. */
export class NewsTimelineRangeChangeEvent extends Event {
  static readonly eventName = 'news-timeline-range-change' as const;

  constructor(
    /** The first visible instant. */
    readonly start: Date,
    /** The last visible instant. */
    readonly end: Date,
  ) {
    super(NewsTimelineRangeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired after data with problems is parsed (before `news-timeline-load`), so a page can show or collect them. */
export class NewsTimelineIssuesEvent extends Event {
  static readonly eventName = 'news-timeline-issues' as const;

  /** Every problem counted, including those past the first 1,000 kept in `issues`. */
  readonly counts: TimelineIssueCounts;

  constructor(
    /** The problems (the first 1,000), each with where it is and what was expected. */
    readonly issues: readonly TimelineIssue[],
    counts?: TimelineIssueCounts,
  ) {
    super(NewsTimelineIssuesEvent.eventName, { bubbles: true, composed: true });
    const errors = issues.filter((i) => i.severity === 'error');
    this.counts = counts ?? {
      errors: errors.length,
      warnings: issues.length - errors.length,
      skippedEvents: new Set(errors.map((i) => i.eventIndex).filter((i) => i !== undefined)).size,
      repairedFields: issues.length - errors.length,
      dataErrors: errors.filter((i) => i.eventIndex === undefined).length,
    };
  }

  /** How many errors there were (each skipped an event, or concerned the data as a whole); the warnings each repaired or dropped one field. */
  get errorCount(): number {
    return this.counts.errors;
  }
}

/**
 * Fired when new data changed the events of the story shown: a refresh of `src` that brought a new
 * version, or new `events`. Events are matched by id. Not fired when no event changed.
 */
export class NewsTimelineUpdateEvent extends Event {
  static readonly eventName = 'news-timeline-update' as const;

  constructor(
    /** The timeline now shown. */
    readonly timeline: Timeline,
    /** Ids of the events that are new, in date order. */
    readonly added: readonly string[],
    /** Ids of the events that changed in any field (a title, a status, a source, an update…), in date order. */
    readonly changed: readonly string[],
    /** Ids of the events that are gone, in the date order they had. */
    readonly removed: readonly string[],
  ) {
    super(NewsTimelineUpdateEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the reader changes the search or the filters (typing, a checkbox, the clear button, a link they followed). */
export class NewsTimelineFilterChangeEvent extends Event {
  static readonly eventName = 'news-timeline-filter-change' as const;

  constructor(
    /** The search text as typed. */
    readonly query: string,
    /** The lanes, tags and statuses chosen. */
    readonly filter: TimelineFilter,
    /** How many events match. */
    readonly count: number,
    /** How many events the data has. */
    readonly total: number,
  ) {
    super(NewsTimelineFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-update': NewsTimelineUpdateEvent;
    'news-timeline-filter-change': NewsTimelineFilterChangeEvent;
    'news-timeline-range-change': NewsTimelineRangeChangeEvent;
    'news-timeline-issues': NewsTimelineIssuesEvent;
    'news-timeline-load': NewsTimelineLoadEvent;
    'news-timeline-select': NewsTimelineSelectEvent;
  }
}
