import { LitElement, type PropertyDeclarations } from 'lit';
import { VERTICAL_BELOW, type TimelineOrientation } from './layout/orientation.js';
import type { TimeInput } from './layout/view.js';
import type { TimelineFormat } from './model/formats.js';
import type { GraphicPNGOptions, GraphicSize } from './export/stage.js';
import type { TimelineFilter } from './model/search.js';
import type { TimelineInput } from './model/types.js';
import type { TimelineStringOverrides } from './strings.js';

/**
 * The public API of `<news-timeline>`: its properties and their attributes, with their defaults, and its
 * methods, in one place that reads as their documentation. `NewsTimeline` (./news-timeline.ts) extends it
 * with what it does with them: it wires data, language, reading and drawing together, and gives the methods
 * their `actions`.
 *
 * @fires news-timeline-load - Data was parsed and its first render is done. `NewsTimelineLoadEvent`.
 * @fires news-timeline-select - The reader selected an event or closed its card. `NewsTimelineSelectEvent`.
 * @fires news-timeline-range-change - A reader's gesture, key or button changed the visible window. `NewsTimelineRangeChangeEvent`.
 * @slot caption - The timeline's accessible name, shown above it (instead of the `label` attribute).
 * @fires news-timeline-issues - The data had problems (before `news-timeline-load`). `NewsTimelineIssuesEvent`.
 * @fires news-timeline-update - New data changed events of the story shown (a refresh of `src`, or new `events`): the ids added, changed and removed. Not fired when no event changed. `NewsTimelineUpdateEvent`.
 * @fires news-timeline-filter-change - The reader changed the search or the filters (or followed a link that did); carries the query, the filter and how many events match. `NewsTimelineFilterChangeEvent`.
 * @slot - Data written in the page: a `<script type="application/json">`, or an `<ol>` of events that readers
 *   without JavaScript see as a list. The list is shown again only if it holds no usable event.
 * @csspart base - The whole timeline region.
 * @csspart header - Title, description, summary sentence and legend.
 * @csspart title - The dataset's title.
 * @csspart description - The dataset's description.
 * @csspart summary - The one-sentence summary.
 * @csspart legend - What marker shapes, lines and lane colours mean.
 * @csspart legend-item - One entry of the legend.
 * @csspart issues - The notice listing problems in the data.
 * @csspart plot - The drawing and the events over it.
 * @csspart axis - The time axis.
 * @csspart lane-label - A lane's name in the drawing.
 * @csspart as-of - The "as reported" line.
 * @csspart marker - One event's marker in the drawing.
 * @csspart events - The ordered list of events.
 * @csspart event - One event's button (one per event the reader can reach; a timeline of up to 50 events also keeps those that left the view in its list, hidden, their items marked `data-parked`).
 * @csspart label - An event's title and date.
 * @csspart cluster - A button standing for events too close together to show one by one: it shows their count and zooms in on them.
 * @csspart detail - The selected event's card.
 * @csspart break - In the vertical layout, a compressed empty stretch ("… 11 months").
 * @csspart year - In the vertical layout, a year heading.
 * @csspart era - An era's background band; in the vertical layout, the mark where an era begins.
 * @csspart print-list - The dated list of events and sources that replaces the drawing on paper.
 * @csspart export - The group of download buttons (`export` attribute).
 * @csspart export-button - One download button.
 * @csspart export-note - Beside the download buttons: says when a download could not be made.
 * @csspart close - The card's close button.
 * @csspart toolbar - Zoom, list-view and story controls.
 * @csspart control - Each toolbar button; also `zoom-in`, `zoom-out`, `fit`, `list-toggle`, `previous`, `next`.
 * @csspart position - "3 of 12" in story mode.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when there are no events.
 * @csspart empty-window - Shown in the drawing's lanes when the window holds no event: says so and offers the nearest event before and after.
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filter - The filters: one button (a `<details>`) whose panel holds a group of checkboxes for each of lanes, tags and statuses that the data has more than one value of; absent when none has.
 * @csspart count - "2 of 9 events", while a search or filter narrows the events.
 * @csspart no-match - Shown instead of the events when nothing matches, with a button that clears the search and filters.
 * @csspart clear - That button.
 * @csspart jump - The jump-to-date form: a date at any precision (2023, 2023-07, 2023-07-11) brings the nearest event into view and focuses it. Its example is the latest date the timeline's events reach, as the form reads it.
 * @csspart error - Shown when the data could not be loaded or has no usable event.
 * @csspart change - The "New" or "Updated" mark on an event the reader has not seen since it changed.
 * @csspart stale - The note that a refresh failed and the data shown is older ("Could not update; showing data from 14:05").
 * @csspart updated - The dataset's `updated` date, in the header.
 * @csspart updates - The list of an event's updates and corrections, in its card.
 * @cssprop --news-timeline-font - Font family of all text.
 * @cssprop --news-timeline-heading-font - Font family of the title and the card's heading (default: the font).
 * @cssprop --news-timeline-text-color - Titles and body text.
 * @cssprop --news-timeline-muted-color - Dates, axis labels and secondary text.
 * @cssprop --news-timeline-background - Background of the element and label halos.
 * @cssprop --news-timeline-surface - Background of the detail card and notices.
 * @cssprop --news-timeline-line-color - The axis and its ticks.
 * @cssprop --news-timeline-grid-color - Grid lines and lane rules.
 * @cssprop --news-timeline-accent-color - Focus rings, selection and links.
 * @cssprop --news-timeline-era-color - Background of era bands.
 * @cssprop --news-timeline-warning-color - The rule beside the data-problems notice.
 * @cssprop --news-timeline-error-color - The rule beside an error state.
 * @cssprop --news-timeline-lane-0 - Colour of the first lane's markers and name (then -1 to -7, repeating after eight lanes).
 * @cssprop --news-timeline-lane-1 - Second lane colour.
 * @cssprop --news-timeline-lane-2 - Third lane colour.
 * @cssprop --news-timeline-lane-3 - Fourth lane colour.
 * @cssprop --news-timeline-lane-4 - Fifth lane colour.
 * @cssprop --news-timeline-lane-5 - Sixth lane colour.
 * @cssprop --news-timeline-lane-6 - Seventh lane colour.
 * @cssprop --news-timeline-lane-7 - Eighth lane colour.
 * @cssprop --news-timeline-marker-stroke-width - Outline of markers (default 2px); does not move anything.
 * @cssprop --news-timeline-radius - Corner radius of the card (default 10px).
 */
export abstract class NewsTimelineProperties extends LitElement {
  // Declared through Lit's `static properties` (its API without decorators); each field below documents one.
  static override properties: PropertyDeclarations = {
    events: { attribute: false },
    src: { reflect: true },
    format: { reflect: true },
    label: { reflect: true },
    selected: { reflect: true },
    locale: { reflect: true },
    orientation: { reflect: true },
    verticalBelow: { attribute: 'vertical-below', type: Number },
    exportButtons: { type: Boolean, reflect: true, attribute: 'export' },
    rowHeight: { attribute: 'row-height', type: Number },
    theme: { reflect: true },
    strings: { attribute: false },
    start: {},
    end: {},
    story: { type: Boolean, reflect: true },
    listView: { type: Boolean, reflect: true, attribute: 'list-view' },
    deepLink: { type: Boolean, reflect: true, attribute: 'deep-link' },
    height: { type: Number },
    refreshInterval: { attribute: 'refresh', type: Number, reflect: true },
    remember: { type: Boolean, reflect: true },
    query: { reflect: true },
    filter: { attribute: false },
  };

  /** The data: an array of events or a whole `TimelineData`. Set a new value to update. */
  events: TimelineInput | null = null;
  /** URL of a dataset to load (our JSON, TimelineJS JSON or CSV). While set, it is used instead of `events`. */
  src: string | null = null;
  /** The data's format (`json`, `timelinejs` or `csv`); detected from the content when absent. */
  format: TimelineFormat | null = null;
  /** The timeline's accessible name. Defaults to the dataset's title. */
  label: string | null = null;
  /** The id of the selected event, whose card is open. */
  selected: string | null = null;
  /**
   * BCP 47 locale for dates and interface text. Defaults to the nearest `lang` attribute, then the
   * browser's language. Built-in text: en, ja, zh-CN, fr, de, es (others fall back to English).
   */
  locale: string | null = null;
  /** `auto` (default): vertical when the element is narrower than `vertical-below`, else horizontal. `horizontal` and `vertical` force one. */
  orientation: TimelineOrientation = 'auto';
  /** Width in px of the element below which `orientation="auto"` lays out vertically. */
  verticalBelow: number = VERTICAL_BELOW;
  /** Shows buttons that download the current view as SVG and PNG. */
  exportButtons = false;
  /**
   * Height in px of every row of events in the horizontal layout (at least what a two-line label needs).
   * Without it rows are compact: each as tall as its tallest label.
   */
  rowHeight: number | null = null;
  /** Forces the colour scheme: `light` or `dark`. Without it the element follows the page (`prefers-color-scheme`). */
  theme: 'light' | 'dark' | null = null;
  /** Interface text overrides, merged over the locale's built-in strings; replace any entry to reword it. */
  strings: TimelineStringOverrides = {};
  /** Initial visible window: an ISO 8601 date (or a Date or ms), from the start of its period. */
  start: TimeInput | null = null;
  /** Initial visible window: an ISO 8601 date (or a Date or ms), to the end of its period. */
  end: TimeInput | null = null;
  /** Story mode: previous/next controls step through the events in date order, opening each card. */
  story = false;
  /** Shows the events as a plain list instead of the drawing. */
  listView = false;
  /** Writes the selection to the URL hash as `#<id>=<event id>` and opens the event a link names. */
  deepLink = false;
  /**
   * Caps the element's height in px. In the horizontal layout, lanes that do not fit scroll inside
   * the drawing, between the band above them and the axis, which stay in view.
   */
  height: number | null = null;

  /**
   * Seconds between refreshes of `src` (at least 5); off when absent. Each refresh is a conditional
   * request, none is made while the page is hidden, and a failed one keeps the data shown and is retried
   * with backoff. The reader keeps their place through every update; what changed is marked and announced.
   */
  refreshInterval: number | null = null;
  /**
   * Marks the events added or changed since the reader's last visit. Keeps, in localStorage only, when
   * they last saw this timeline and a hash of each event they saw, under a key made from the element's
   * `id` (else its `src`; with neither, nothing is remembered); nothing is sent anywhere.
   */
  remember = false;
  /**
   * Search text: only events with every word of it in their title, summary, tags, lane or source
   * publishers are shown and reachable. Case and accents are ignored; Japanese and Chinese match by substring.
   * Set by the page (or named by a link), it applies from the first drawing, which waits for the search's chunk.
   */
  query = '';
  /** Narrows the events to lanes (`groups`: lane ids), `tags` and `status`: any chosen value of each, all three together. */
  filter: TimelineFilter = {};

  /** What the methods below do, given by the element from its controllers. */
  protected abstract readonly actions: TimelineActions;

  /** Shows the window from `start` to `end` (ISO 8601 dates, Dates or ms), within the data. Fires no event. */
  zoomTo(start: TimeInput | null, end: TimeInput | null): void {
    this.actions.zoomTo(start, end);
  }

  /** Shows the whole timeline. Fires no event. */
  fit(): void {
    this.actions.fit();
  }

  /** Selects an event (opening its card and bringing it into view), or closes the card with `null`. Fires no event. */
  select(id: string | null): void {
    this.actions.select(id);
  }

  /** Selects the next event in date order (the first when none is selected). Fires no event. */
  next(): void {
    this.actions.step(1);
  }

  /** Selects the previous event in date order (the last when none is selected). Fires no event. */
  previous(): void {
    this.actions.step(-1);
  }

  /**
   * Fetches `src` again now, as a conditional request; resolves once any new data is shown. A failure
   * keeps the data shown, with a note, and is retried with backoff; it does not reject.
   */
  refresh(): Promise<void> {
    return this.actions.refresh();
  }

  /**
   * The current view as a graphic to publish, a standalone SVG document: the title, the legend, the
   * drawing with its axis and "as reported" line, and a credit line, without controls, card or
   * notices. It is laid out for `width` (default: the element's) and, when given, fills `height`
   * exactly (both in CSS px). Styles are inlined, fonts named, every visible text is SVG text.
   */
  toSVG(size: GraphicSize = {}): Promise<string> {
    return this.actions.toSVG(size);
  }

  /**
   * The same graphic as a PNG image, laid out for `width` × `height` CSS px (e.g. 1200 × 675 for a
   * social card; by default the element's width and the graphic's own height), at `scale` device
   * pixels per CSS pixel (default 2).
   */
  toPNG(options: GraphicPNGOptions = {}): Promise<Blob> {
    return this.actions.toPNG(options);
  }

  /** The orientation in use: `null` until the element has measured itself, and while it is hidden. */
  get resolvedOrientation(): 'horizontal' | 'vertical' | null {
    return this.actions.orientation();
  }
}

/** What the public methods ask of the element: each is one call into its controllers. */
export interface TimelineActions {
  zoomTo(start: TimeInput | null, end: TimeInput | null): void;
  fit(): void;
  select(id: string | null): void;
  /** The next (1) or previous (-1) event in date order. */
  step(delta: 1 | -1): void;
  refresh(): Promise<void>;
  toSVG(size: GraphicSize): Promise<string>;
  toPNG(options: GraphicPNGOptions): Promise<Blob>;
  orientation(): 'horizontal' | 'vertical' | null;
}
