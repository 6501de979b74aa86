import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ChangesController } from './controllers/changes.js';
import { DataController } from './controllers/data.js';
import { ListWindowController } from './controllers/list-window.js';
import { LocaleController } from './controllers/locale.js';
import { PrintController } from './controllers/print.js';
import { ReadingController } from './controllers/reading.js';
import { ScrollAnchorController } from './controllers/scroll-anchor.js';
import { SettleController } from './controllers/settle.js';
import { SizeController } from './controllers/size.js';
import type { GraphicSize } from './controllers/export-stage.js';
import { ExportController } from './controllers/exporter.js';
import { NewsTimelineFilterChangeEvent, NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent, NewsTimelineUpdateEvent } from './events.js';
import { adoptIndex, eventIndex, type EventIndex } from './layout/event-index.js';
import { VERTICAL_BELOW, type TimelineOrientation } from './layout/orientation.js';
import type { TimeInput } from './layout/view.js';
import type { TimelineDiff } from './model/diff.js';
import type { TimelineFormat } from './model/formats.js';
import { parseDate } from './model/dates.js';
import { emptyTimeline } from './model/parse-core.js';
import type { TimelineFilter } from './model/search.js';
import { markSubset } from './model/subset.js';
import type { Timeline, TimelineParseResult } from './model/timeline.js';
import type { TimelineInput } from './model/types.js';
import { facetsOf } from './plan/facets.js';
import type { Narrowed } from './plan/narrow.js';
import { narrows, searchCode } from './plan/search-code.js';
import { createPlanner, type TimelinePlan } from './plan/plan.js';
import { renderDetail } from './render/detail.js';
import { renderFinder, renderNoMatch } from './render/finder.js';
import { renderGraphic } from './render/graphic.js';
import { renderHeader } from './render/header.js';
import { renderIssues, renderStale, renderStatus } from './render/notices.js';
import { renderPlot } from './render/plot.js';
import { renderPrintList } from './render/print-list.js';
import { richTextCode } from './render/rich-text.js';
import { renderToolbar } from './render/toolbar.js';
import type { TimelineStringOverrides } from './strings.js';
import { timelineStyles } from './styles.js';

/**
 * `<news-timeline>`: an accessible, interactive timeline of news events.
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
 * @csspart event - One event's button (one per event the reader can reach).
 * @csspart label - An event's title and date.
 * @csspart cluster - A button standing for events too close together to show one by one: it shows their count and zooms in on them.
 * @csspart detail - The selected event's card.
 * @csspart break - In the vertical layout, a compressed empty stretch ("⋯ 11 months").
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
 * @csspart error - Shown when the data could not be loaded or has no usable event.
 * @csspart change - The "New" or "Updated" mark on an event the reader has not seen since it changed.
 * @csspart stale - The note that a refresh failed and the data shown is older ("Could not update; showing data from 14:05").
 * @csspart updated - The dataset's `updated` date, in the header.
 * @csspart updates - The list of an event's updates and corrections, in its card.
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filter - The filters: one button (a `<details>`) whose panel holds a group of checkboxes for each of lanes, tags and statuses that the data has more than one value of; absent when none has.
 * @csspart count - "2 of 9 events", while a search or filter narrows the events.
 * @csspart no-match - Shown instead of the events when nothing matches, with a button that clears the search and filters.
 * @csspart clear - That button.
 * @csspart jump - The jump-to-date form: a date at any precision (2023, 2023-07, 2023-07-11) brings the nearest event into view and focuses it.
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
export class NewsTimeline extends LitElement {
  static override styles = timelineStyles;

  // Declared through Lit's `static properties` (its API without decorators); each field below documents one.
  static override properties = {
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
    announcement: { state: true, attribute: false },
    hasCaption: { state: true, attribute: false },
    refreshInterval: { attribute: 'refresh', type: Number, reflect: true },
    remember: { type: Boolean, reflect: true },
    query: { reflect: true },
    filter: { attribute: false },
    jumpError: { state: true, attribute: false },
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
   */
  query = '';
  /** Narrows the events to lanes (`groups`: lane ids), `tags` and `status`: any chosen value of each, all three together. */
  filter: TimelineFilter = {};

  private announcement = '';
  private hasCaption = false;
  /** Why the last jump to a date found no date, shown beside the field. */
  private jumpError = '';

  // input → parse → index → plan → render: data and language feed the plan; reading and size steer it.
  private readonly data = new DataController(
    this,
    () => ({ src: this.src, events: this.events, format: this.format, refresh: this.refreshInterval }),
    (result, previous) => this.onParsed(result, previous),
  );
  private readonly language = new LocaleController(this, () => this);
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.sizer'));
  private readonly listWindow = new ListWindowController(this, () => (this.plan?.mode === 'drawing' ? null : this.renderRoot.querySelector('.events.virtual')));
  private readonly print = new PrintController(this);
  private readonly reading = new ReadingController(this, {
    timeline: () => this.shown,
    dataset: () => this.timeline,
    plan: () => this.plan,
    selected: () => this.selected,
    deepLink: () => this.deepLink,
    rtl: () => this.language.rtl,
    eventButton: (id) => this.renderRoot.querySelector(`button.event[data-id="${CSS.escape(id)}"]`),
    clusterButton: (key) => this.renderRoot.querySelector(`button.cluster[data-cluster="${CSS.escape(key)}"]`),
    plot: () => this.renderRoot.querySelector('.plot'),
    card: () => this.renderRoot.querySelector('.detail'),
    select: (id) => (this.selected = id),
    chosen: (event) => {
      this.announcement = event ? this.language.words.selected(event) : '';
      this.dispatchEvent(new NewsTimelineSelectEvent(event));
    },
    rangeChange: ([start, end]) => this.dispatchEvent(new NewsTimelineRangeChangeEvent(new Date(start), new Date(end))),
  });
  private readonly exporter = new ExportController(this, {
    timeline: () => this.shown,
    words: () => this.language.words,
    title: () => this.label ?? this.timeline?.title ?? null,
    inputs: () => ({ orientation: this.orientation, verticalBelow: this.verticalBelow, view: this.reading.view, rtl: this.language.rtl, rowHeight: this.rowHeight }),
    width: () => this.size.width,
    root: () => this.renderRoot,
    view: renderGraphic,
    fileName: () => this.id || 'timeline',
  });
  private readonly changes = new ChangesController(this, {
    // Per timeline: its id on this page, else its src as written.
    visitKey: () => (!this.remember ? null : this.id ? `news-timeline:${location.pathname}#${this.id}` : this.src ? `news-timeline:${this.src}` : null),
    words: () => this.language.words,
    announce: (text) => (this.announcement = text),
    changed: (diff) => {
      this.updateOwed = diff;
      this.requestUpdate();
    },
  });
  private readonly anchor = new ScrollAnchorController(this, () => this.renderRoot);
  private readonly planFor = createPlanner();
  private plan: TimelinePlan | null = null;
  /** The filter step (loaded on demand): the events the search and filters leave, which everything after it reads. */
  private narrow: ((timeline: Timeline, query: string, filter: TimelineFilter | null, index: EventIndex) => Narrowed) | null = null;
  private narrowed: Narrowed | null = null;
  /** The count is announced once the reader stops typing. */
  private readonly settle = new SettleController(this, 700);
  /** `news-timeline-filter-change` is owed for a change the reader made. */
  private filterChangeOwed = false;
  /** `news-timeline-issues` and `news-timeline-load` are owed for the data last parsed. */
  private issuesOwed = false;
  private loadOwed = false;
  /** `news-timeline-update` is owed for the update last applied. */
  private updateOwed: TimelineDiff | null = null;

  /** An update waits for the reader's language when it loads on demand, rather than show English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.language.ready();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.language.update();
    this.data.update();
    const narrowing = this.reading.takeNarrowing();
    if (narrowing) {
      this.query = narrowing.query;
      this.filter = narrowing.filter;
      this.filterChangeOwed ||= this.narrowed !== null;
    }
    this.narrowed = this.timeline ? this.narrowTo(this.timeline) : null;
    const initial = changed.has('start') || changed.has('end') ? { start: this.start, end: this.end } : null;
    const { view, linked } = this.reading.update(this.size.width, initial, changed.has('selected'));
    if (linked !== undefined) this.selected = linked;
    this.changes.seen(this.selected);
    this.plan = this.planFor({
      timeline: this.shown,
      width: this.size.width,
      orientation: this.orientation,
      verticalBelow: this.verticalBelow,
      listView: this.listView,
      view,
      words: this.language.words,
      rtl: this.language.rtl,
      rowHeight: this.rowHeight,
      selected: this.selected,
      focus: this.reading.focus,
      touched: this.reading.touched,
      band: this.listWindow.band,
      marks: this.changes.marks,
    });
  }

  override updated(): void {
    const result = this.data.result;
    // Problems are reported as soon as they are known, even by an element that is hidden; "loaded" means drawn.
    if (this.issuesOwed && result) {
      this.issuesOwed = false;
      this.dispatchEvent(new NewsTimelineIssuesEvent(result.issues, result.counts));
    }
    if (this.loadOwed && result && this.size.measured) {
      this.loadOwed = false;
      this.dispatchEvent(new NewsTimelineLoadEvent(result.data, result.issues));
      this.print.rendered();
    }
    if (this.updateOwed && result) {
      const { added, changed, removed } = this.updateOwed;
      this.updateOwed = null;
      this.dispatchEvent(new NewsTimelineUpdateEvent(result.data, added, changed, removed));
    }
    // Owed until the matches are known (the search code may still be loading).
    const total = this.timeline?.events.length;
    if (this.filterChangeOwed && total !== undefined && (this.narrowed || !narrows(this.query, this.filter))) {
      this.filterChangeOwed = false;
      this.dispatchEvent(new NewsTimelineFilterChangeEvent(this.query ?? '', this.filter, this.narrowed?.matches ?? total, total));
    }
  }

  override render() {
    const dataset = this.timeline ?? emptyTimeline();
    const timeline = this.shown ?? dataset;
    const { words } = this.language;
    // `count`: the events the data has; `shown`: those the search and filters leave.
    const count = dataset.events.length;
    const shown = timeline.events.length;
    const narrowed = this.narrowed;
    const plan = this.plan!;
    const name = this.label ?? timeline.title ?? words.strings.timeline;
    const cap = this.height !== null && this.height > 0 && Number.isFinite(this.height) ? this.height : null;
    return html`<section class="timeline ${cap === null ? '' : 'capped'}" part="base" style=${styleMap({ maxHeight: cap === null ? null : `${cap}px` })}
      aria-label=${this.hasCaption ? nothing : name}
      aria-labelledby=${this.hasCaption ? 'caption' : nothing} aria-describedby="summary"
      @keydown=${this.reading.onKeydown} @focusin=${this.onFocusin}>
      <div class="sizer" aria-hidden="true"></div>
      ${renderHeader(timeline, words, {
        onExport: this.exportButtons ? this.exporter.download : null,
        exportFailure: this.exporter.failure,
        onCaptionChange: this.onCaptionChange,
        finder: count ? this.renderFinder(dataset) : nothing,
        toolbar: count ? renderToolbar({
          strings: words.strings,
          listView: this.listView,
          zoomable: plan.mode === 'drawing',
          canZoomIn: this.reading.canZoomIn,
          canZoomOut: this.reading.canZoomOut,
          story: this.story ? { index: this.reading.position(), count: shown } : null,
          onZoom: this.reading.zoomBy,
          onFit: () => this.reading.fit(true),
          onToggleList: () => (this.listView = !this.listView),
          onStep: (delta) => this.reading.step(delta, true),
        }) : nothing,
      })}
      ${renderStatus(this.data, words.strings)}
      ${count && this.data.stale ? renderStale(words.strings.staleData(words.clock(this.data.stale.since, Date.now()))) : nothing}
      ${count ? renderIssues(this.data.result!, words.strings) : nothing}
      ${narrowed?.active && shown === 0 ? renderNoMatch(words.strings, this.onClearSearch) : nothing}
      ${renderPlot(plan, timeline, words, this.selected, this.plotHandlers, narrowed?.marker ?? null)}
      ${plan.mode === 'vertical' ? nothing : this.renderCard()}
      ${this.print.wanted(shown) ? renderPrintList(timeline, words) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.data.pageList && count === 0 ? html`<slot></slot>` : nothing}
    </section>`;
  }

  /** Shows the window from `start` to `end` (ISO 8601 dates, Dates or ms), within the data. Fires no event. */
  zoomTo(start: TimeInput | null, end: TimeInput | null): void {
    this.reading.zoomTo(start, end);
  }

  /**
   * Fetches `src` again now, as a conditional request; resolves once any new data is shown. A failure
   * keeps the data shown, with a note, and is retried with backoff; it does not reject.
   */
  async refresh(): Promise<void> {
    await this.data.refresh();
    await this.changes.settled;
    await this.updateComplete;
  }

  /** Shows the whole timeline. Fires no event. */
  fit(): void {
    this.reading.fit(false);
  }

  /** Selects an event (opening its card and bringing it into view), or closes the card with `null`. Fires no event. */
  select(id: string | null): void {
    this.reading.select(id);
  }

  /** Selects the next event in date order (the first when none is selected). Fires no event. */
  next(): void {
    this.reading.step(1, false);
  }

  /** Selects the previous event in date order (the last when none is selected). Fires no event. */
  previous(): void {
    this.reading.step(-1, false);
  }

  /**
   * The current view as a graphic to publish, a standalone SVG document: the title, the legend, the
   * drawing with its axis and "as reported" line, and a credit line, without controls, card or
   * notices. It is laid out for `width` (default: the element's) and, when given, fills `height`
   * exactly (both in CSS px). Styles are inlined, fonts named, every visible text is SVG text.
   */
  async toSVG(size: GraphicSize = {}): Promise<string> {
    return (await this.exporter.graphic(size)).svg;
  }

  /**
   * The same graphic as a PNG image, laid out for `width` × `height` CSS px (e.g. 1200 × 675 for a
   * social card; by default the element's width and the graphic's own height), at `scale` device
   * pixels per CSS pixel (default 2).
   */
  async toPNG(options: GraphicSize & { readonly scale?: number } = {}): Promise<Blob> {
    return this.exporter.png(options);
  }

  /** The orientation in use: `null` until the element has measured itself, and while it is hidden. */
  get resolvedOrientation(): 'horizontal' | 'vertical' | null {
    return this.plan?.orientation ?? null;
  }

  /** The whole dataset. */
  private get timeline(): Timeline | null {
    return this.data.result?.data ?? null;
  }

  /** The events the search and filters leave: what is drawn, reachable, listed, printed and exported. */
  private get shown(): Timeline | null {
    return this.narrowed?.timeline ?? this.timeline;
  }

  /**
   * A new dataset: its events are owed, and the sanitiser loads if it has rich text. A new version of the
   * story shown keeps the reader's place; what changed is marked and fired once compared.
   */
  private onParsed(result: TimelineParseResult, previous: Timeline | null): void {
    const removed = this.changes.received(previous, result.data);
    if (removed && previous) {
      this.anchor.hold();
      this.reading.keepPlace(previous, removed);
    }
    this.loadOwed = true;
    this.issuesOwed = result.issues.length > 0;
    if (eventIndex(result.data).richText) void richTextCode.load().then(() => this.requestUpdate());
  }

  private renderCard() {
    const timeline = this.shown;
    const event = timeline && this.selected !== null ? timeline.events[this.reading.indexOf(this.selected)] : undefined;
    return event ? renderDetail(event, timeline!, this.language.words, () => this.reading.choose(null, true), this.changes.statuses.get(event.id), this.narrowed?.marker ?? null) : nothing;
  }

  /** The matches, once the search code is in; every event until then (it loads in the time of a keystroke). */
  private narrowTo(timeline: Timeline): Narrowed | null {
    if (!narrows(this.query, this.filter)) return null;
    const code = searchCode.value;
    if (!code) {
      if (!searchCode.settled) void searchCode.load().then(() => this.requestUpdate());
      return null;
    }
    this.narrow ??= code.createNarrower();
    const narrowed = this.narrow(timeline, this.query ?? '', this.filter, eventIndex(timeline));
    if (narrowed.index) {
      markSubset(narrowed.timeline, { parent: timeline, indices: narrowed.indices! });
      adoptIndex(narrowed.index);
    }
    return narrowed;
  }

  private renderFinder(dataset: Timeline) {
    const { strings } = this.language.words;
    const narrowed = this.narrowed;
    return renderFinder({
      strings,
      query: this.query ?? '',
      filter: this.filter ?? {},
      facets: facetsOf(dataset),
      count: narrowed?.active ? strings.matchCount(narrowed.matches, narrowed.total) : '',
      jumpError: this.jumpError,
      onQuery: this.onQuery,
      onSearchFocus: this.onSearchFocus,
      onFilter: this.onFilter,
      onJump: this.onJump,
    });
  }

  /** A change the reader made to the search or filters: it goes in the link, fires its event, and the count is announced once they pause. */
  private readerNarrowed(query: string, filter: TimelineFilter): void {
    this.query = query;
    this.filter = filter;
    this.filterChangeOwed = true;
    this.reading.writeNarrowing({ query, filter });
    this.settle.later(() => {
      const narrowed = this.narrowed;
      const { strings } = this.language.words;
      if (narrowed) this.announcement = !narrowed.active ? '' : narrowed.matches ? strings.matchCount(narrowed.matches, narrowed.total) : strings.noMatch;
    });
  }

  private readonly onQuery = (query: string): void => this.readerNarrowed(query, this.filter ?? {});
  private readonly onFilter = (filter: TimelineFilter): void => this.readerNarrowed(this.query ?? '', filter);
  /** The clear button goes with the message: focus goes back to the search box rather than to nowhere. */
  private readonly onClearSearch = (): void => {
    this.readerNarrowed('', {});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input.search')?.focus());
  };
  /** Coming to the search box loads the search and prepares the dataset's search text, so the first keystroke finds them ready. */
  private readonly onSearchFocus = (): void => void searchCode.load().then(() => this.timeline && searchCode.value?.prepareSearch(this.timeline));

  private readonly onJump = (text: string): void => {
    const parsed = parseDate(text);
    this.jumpError = parsed.ok || !text.trim() ? '' : this.language.words.strings.jumpInvalid(text.trim());
    if (parsed.ok) this.reading.jumpTo(parsed.date.time, parsed.date.endTime);
  };

  // The same functions every render: units that have not changed keep the handlers they were rendered with.
  private readonly plotHandlers = {
    onActivate: this.reading.activate,
    onOpenCluster: this.reading.openCluster,
    renderDetail: () => this.renderCard(),
  };

  /** Focus on an event moves the tab stop there, and the event counts as seen. */
  private readonly onFocusin = (e: FocusEvent): void => {
    this.reading.onFocusin(e);
    this.changes.seen((e.target as HTMLElement).dataset?.['id'] ?? null);
  };

  private readonly onCaptionChange = (e: Event): void => {
    this.hasCaption = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
