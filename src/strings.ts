import type { NewsEventStatus } from './model/types.js';

/**
 * Every piece of interface text the element shows or announces, in one place so a page can
 * replace any of them (and so other languages have one table to fill).
 */
export interface TimelineStrings {
  readonly status: Readonly<Record<NewsEventStatus, string>>;
  /** "Timeline of 7 events from February 2022 to July 2023, in 3 lanes." */
  readonly summary: (count: number, from: string, to: string, lanes: number) => string;
  /** The label of the "as reported" line. */
  readonly asOf: (date: string) => string;
  /** How an expected event's status reads in its card. */
  readonly statusAsOf: (status: string, date: string) => string;
  readonly loading: string;
  readonly empty: string;
  readonly loadFailed: (src: string, reason: string) => string;
  readonly issuesHeading: (errors: number, warnings: number) => string;
  readonly close: string;
  readonly sources: string;
  /** A link to media that is not an image (a video, a post), opened only when the reader asks. */
  readonly openMedia: (host: string) => string;
  readonly ungrouped: string;
  readonly legend: string;
  /** The toolbar: its name, zoom buttons, list toggle and story steps. */
  readonly controls: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly listView: string;
  readonly previous: string;
  readonly next: string;
  /**
   * A cluster's accessible name: how many events (already localised), the dates they span and
   * their lane (empty when there are no lanes), and what pressing it does.
   */
  readonly cluster: (count: string, dates: string, lane: string) => string;
  /** "3 of 12", beside the story steps. */
  readonly position: (index: number, count: number) => string;
  /** What a screen reader hears when an event is selected: its title and date, not the whole card. */
  readonly selectedAnnouncement: (title: string, date: string) => string;
  /** The element's accessible name when it has neither a `label` nor a dataset title. */
  readonly timeline: string;
  /** A compressed empty stretch in the vertical layout; `duration` is already localised ("11 months"). */
  readonly gap: (duration: string) => string;
  /** The export buttons' group and the buttons. */
  readonly exportLabel: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  /** The credit line under an exported graphic when the dataset gives none: the publishers of its sources, already listed. */
  readonly sourcesCredit: (publishers: string) => string;
  /** Problems with the data as a whole, not with one event (JSON that does not parse, a missing column): a sentence. */
  readonly dataProblems: (count: number) => string;
  /** The last line of the notice when it lists only the first problems: "…and 99,000 more." */
  readonly moreIssues: (count: number) => string;
  /** Beside the download buttons when a download could not be made; `format` is "SVG" or "PNG". */
  readonly exportFailed: (format: string) => string;
  /**
   * A year in deep time, "66 million years ago": `amount` is already localised ("66 million",
   * "250,001", "6600万"), and `scaled` says it ends with a word for a large number, which some
   * languages follow with a preposition ("66 millions d’années" but "250 001 ans").
   */
  readonly yearsAgo: (amount: string, scaled: boolean) => string;
  /** A deep year in the future, "in 170 million years"; as `yearsAgo`. */
  readonly inYears: (amount: string, scaled: boolean) => string;
  /** The mark on an event added since the reader last saw the timeline. */
  readonly changeNew: string;
  /** The mark on an event changed since the reader last saw it. */
  readonly changeUpdated: string;
  /** Announced once per update (or burst of updates): "2 new events, 1 updated". Only non-zero counts are named. */
  readonly updateAnnouncement: (added: number, changed: number, removed: number) => string;
  /** Announced when `remember` finds changes since the last visit; `changes` is an `updateAnnouncement`. */
  readonly sinceLastVisit: (changes: string, date: string) => string;
  /** The note shown while a refresh fails: "Could not update; showing data from 14:05." */
  readonly staleData: (time: string) => string;
  /** The heading of an event's updates in its card. */
  readonly updatesHeading: string;
  /** The label of an update that corrects an error. */
  readonly correction: string;
  /** A status that changed while the reader watched: "Confirmed on 11 July 2023 (previously expected)"; `date` is empty when no update dates it. */
  readonly statusChange: (status: string, previous: string, date: string) => string;
  /** The dataset's `updated` date, under its title. */
  readonly updated: (date: string) => string;
  /** The accessible name of the list of events. */
  readonly events: string;
  /** An event button's accessible name: its title, a pause, its date line and its lane (empty when there are no lanes). */
  readonly eventName: (title: string, date: string, lane: string) => string;
  /**
   * Read before the events where clusters stand for some of them: how many of `total` are shown one by
   * one, and that the list view (the list-view button's name) shows every one.
   */
  readonly grouped: (shown: number, total: number, listView: string) => string;
  /**
   * Announced once a reader's zoom or pan settles: the window's dates (already localised), how many
   * events it shows, and when none, the nearest ones either side (each an `earlier` or `later` text).
   */
  readonly showing: (dates: string, count: number, nearest: readonly string[]) => string;
  /** Shown over a window with no event, with its dates (already localised). */
  readonly noEvents: (dates: string) => string;
  /** The nearest event before and after a window with no event, offered as buttons and announced. */
  readonly earlier: (title: string, date: string) => string;
  readonly later: (title: string, date: string) => string;
  /** The search box's accessible name, also shown in it while it is empty. */
  readonly search: string;
  /** The filter controls: the button they fold into on phones, and the name of each group. */
  readonly filters: string;
  readonly filterLanes: string;
  readonly filterTags: string;
  readonly filterStatus: string;
  /** How many events match the search and filters: "2 of 9 events"; also announced once the reader stops typing. */
  readonly matchCount: (matches: number, total: number) => string;
  /** Shown in place of the events when nothing matches, and the button that clears the search and filters. */
  readonly noMatch: string;
  readonly clearSearch: string;
  /** The jump-to-date control: its field's name and its button. */
  readonly jumpTo: string;
  readonly jumpGo: string;
  /** When the jump-to-date field does not hold a date. */
  readonly jumpInvalid: (text: string) => string;
}

/** What the `strings` property accepts: any subset, status names included, merged over the built-in language. */
export type TimelineStringOverrides = Partial<Omit<TimelineStrings, 'status'>> & {
  readonly status?: Partial<Record<NewsEventStatus, string>>;
};

export { ENGLISH } from './strings/en.js';
