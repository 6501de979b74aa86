/**
 * The public data format: what a page author writes (or loads with `src`).
 * Everything here is plain JSON, so a dataset can live in a file.
 */

/** How sure the newsroom is that an event happened (or will happen) as described. */
export type NewsEventStatus = 'confirmed' | 'expected' | 'disputed' | 'cancelled';

/** All statuses, in the order they are explained to readers. */
export const NEWS_EVENT_STATUSES = ['confirmed', 'expected', 'disputed', 'cancelled'] as const;

/** A document that reports or records an event. */
export interface NewsSource {
  /** Headline or title of the document, e.g. "Madrid Summit Declaration". */
  title?: string;
  /** Who published it, e.g. "NATO" or "Ministry of Foreign Affairs of Japan". */
  publisher?: string;
  /** Where to read it. Only `http(s)` and relative URLs become links; a source without one is shown as text. */
  url?: string;
  /** When it was published, as an ISO 8601 date such as `2023-05-25`. */
  date?: string;
}

/** One image (or other media) that illustrates an event. */
export interface NewsMedia {
  /**
   * Image URL, loaded lazily when the card opens. Any other page (a video, a post, a map) is shown as
   * a link the reader can follow, never embedded. Only `http(s)` and relative URLs are used.
   */
  url: string;
  /** Text alternative for readers who cannot see the image. */
  alt?: string;
  /** Caption shown under the image (plain text). */
  caption?: string;
  /** Credit line, e.g. "Photo: NATO" (plain text). */
  credit?: string;
}

/** One event of a news story. */
export interface NewsEvent {
  /**
   * A stable identifier, used for selection and links. When absent it is derived from the start
   * date and the title (`2023-05-24-mao-ning-criticises-nato`).
   */
  id?: string;
  /**
   * When the event happened, as ISO 8601 at the precision the source gives:
   * `2022`, `2023-07`, `2023-05-24` or `2023-05-24T15:00+08:00`.
   * Dates without a time are calendar days, the same for every reader whatever their time zone.
   */
  start: string;
  /**
   * When a range ends (inclusive, same format as `start`): `2022-06-30` for a summit ending that day.
   * `".."` marks an open-ended range that has not ended; `start: "2020/.."` says the same in EDTF.
   */
  end?: string;
  /** The headline of the event (plain text). */
  title: string;
  /** A short account of the event (plain text, never HTML). Derived from `body` when absent. */
  summary?: string;
  /**
   * Rich text (HTML), e.g. from TimelineJS. Only `p`, `a`, `blockquote`, `cite`, `br`, `span`, `em`,
   * `strong`, `i`, `b`, `ul`, `ol` and `li` survive, and links only to `http(s)`, `mailto:` or relative URLs.
   */
  body?: string;
  /** A label that replaces the formatted date, e.g. "Summer 2023". */
  displayDate?: string;
  /** The id (or label) of the lane the event belongs to, e.g. `"nato"`. */
  group?: string;
  /** Free keywords, e.g. `["diplomacy"]`. */
  tags?: string[];
  /** Defaults to `confirmed`. `expected` events are drawn hollow, with a dashed outline. */
  status?: NewsEventStatus;
  /** 1 (minor) to 3 (major). Important events keep their labels when space is short. Defaults to 2. */
  importance?: 1 | 2 | 3;
  /** Documents that report the event. */
  sources?: NewsSource[];
  /** An image for the detail card. */
  media?: NewsMedia;
  /**
   * What changed as the story developed, e.g. `[{ "date": "2023-07-11", "text": "The summit opened." }]`.
   * The card lists them in date order, corrections labelled as such.
   */
  updates?: NewsEventUpdate[];
}

/** How an update changed an event: new information (`update`), or the fix of an earlier error (`correction`). */
export type NewsEventUpdateKind = 'update' | 'correction';

/** One dated change to an event, shown in its card. */
export interface NewsEventUpdate {
  /** When the change was made, as ISO 8601: `2023-07-11` or `2023-07-11T21:00:00Z`. */
  date: string;
  /** What changed (plain text). */
  text: string;
  /** Defaults to `update`. A `correction` is labelled as such. */
  kind?: NewsEventUpdateKind;
}

/** A named period drawn as a background band, e.g. "Kishida government". */
export interface TimelineEra {
  /** ISO 8601 start of the period. */
  start: string;
  /** ISO 8601 end of the period (inclusive). */
  end: string;
  /** Name of the period (plain text). */
  title: string;
}

/** A lane of the timeline. */
export interface TimelineGroup {
  /** The value events use in their `group` field. */
  id: string;
  /** The lane's visible name. */
  label: string;
}

/** A whole dataset: events plus what gives them context. */
export interface TimelineData {
  /** The story's title, shown above the timeline. */
  title?: string;
  /** One or two sentences about the story (plain text). */
  description?: string;
  /**
   * The date the data was reported, as ISO 8601. Drawn as an "as reported" line, and the
   * reference for `expected` events.
   */
  asOf?: string;
  /**
   * When the data last changed, as ISO 8601 (`2023-07-14T12:00:00Z`): shown in the header as "Updated …".
   */
  updated?: string;
  /** The events, in any order. */
  events: NewsEvent[];
  /** Background periods. */
  eras?: TimelineEra[];
  /** Lanes, in display order. Groups named by events but not listed here are added after these. */
  groups?: TimelineGroup[];
  /**
   * Who to credit under the exported graphic, e.g. "Sources: NATO; Ministry of Foreign Affairs of
   * Japan. Graphic: The Example Times" (plain text). Without it, the publishers of the events' sources.
   */
  credit?: string;
}

/**
 * A TimelineJS3 JSON document (https://timeline.knightlab.com/docs/json-format.html), accepted as it
 * is: `title` slide, `events` with `start_date` parts and `text.headline`/`text.text`, `eras`. Its
 * contents are checked when parsed, so they are typed loosely here.
 */
export interface TimelineJsDocument {
  title?: object;
  events: object[];
  eras?: object[];
}

/** What the element's `events` property accepts. */
export type TimelineInput = NewsEvent[] | TimelineData | TimelineJsDocument;
