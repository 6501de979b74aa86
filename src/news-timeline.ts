import { adoptStyles, html, LitElement, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ReadingController } from './controllers/reading.js';
import { InlineDataController } from './controllers/inline-data.js';
import { selectInput } from './controllers/select-input.js';
import { ListWindowController, WINDOW_ABOVE } from './controllers/list-window.js';
import { PrintController } from './controllers/print.js';
import { SizeController } from './controllers/size.js';
import { SourceController } from './controllers/source.js';
import { NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineSelectEvent } from './events.js';
import { downloadBlob, regionToSVG, svgToPNG } from './export/png.js';
import { eventIndex } from './layout/event-index.js';
import { layoutTimeline, type ClusterLayout, type TimelineLayout } from './layout/layout.js';
import { resolveOrientation, VERTICAL_BELOW, type TimelineOrientation } from './layout/orientation.js';
import type { VerticalLayout } from './layout/vertical.js';
import { toTime, type TimeInput } from './layout/view.js';
import { formatDate, formatEventDate, warmFormatters } from './model/format-date.js';
import { formatCompactCount, formatCount } from './model/format-number.js';
import type { TimelineFormat } from './model/formats.js';
import { parseOrLoad } from './model/lazy-parse.js';
import { emptyTimeline } from './model/parse-core.js';
import type { TimelineDate } from './model/dates.js';
import type { TimelineEvent, TimelineParseResult } from './model/timeline.js';
import type { TimelineInput } from './model/types.js';
import { renderChart } from './render/chart.js';
import { renderDetail } from './render/detail.js';
import { renderEventList, type EventListContext } from './render/event-list.js';
import { tabStopIn } from './controllers/keyboard.js';
import { ReaderText } from './render/reader-text.js';
import { renderExportButtons } from './render/export-buttons.js';
import { laneNames, renderLegend } from './render/legend.js';
import { renderIssues, renderState } from './render/notices.js';
import { loadPrintWhenIdle, printCode } from './render/lazy-print.js';
import { mediaCode } from './render/lazy-media.js';
import { richTextCode } from './render/lazy-rich-text.js';
import { renderToolbar } from './render/toolbar.js';
import { verticalCode, type VerticalModule } from './render/lazy-vertical.js';
import type { TimelineStringOverrides, TimelineStrings } from './strings.js';
import { loadStrings, mergeStrings, resolveLocale, stringsFor } from './strings/pick.js';
import { timelineStyles } from './styles.js';

/** Events up to which the printed list is in the DOM once its code is in (beyond, it is built when printing starts). */
const PRINT_ALWAYS_BELOW = 500;
/** The vertical layout lays out every event (then draws those near the screen); longer timelines use the windowed plain list on narrow screens. */
const VERTICAL_MAX = 5_000;

/**
 * `<news-timeline>`: an accessible, interactive timeline of news events.
 *
 * @fires news-timeline-load - Data was parsed and its first render is done. `NewsTimelineLoadEvent`.
 * @fires news-timeline-select - The reader selected an event or closed its card. `NewsTimelineSelectEvent`.
 * @fires news-timeline-range-change - A reader's gesture, key or button changed the visible window. `NewsTimelineRangeChangeEvent`.
 * @slot caption - The timeline's accessible name, shown above it (instead of the `label` attribute).
 * @fires news-timeline-issues - The data had problems (before `news-timeline-load`). `NewsTimelineIssuesEvent`.
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
 * @csspart close - The card's close button.
 * @csspart toolbar - Zoom, list-view and story controls.
 * @csspart control - Each toolbar button; also `zoom-in`, `zoom-out`, `fit`, `list-toggle`, `previous`, `next`.
 * @csspart position - "3 of 12" in story mode.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when there are no events.
 * @csspart error - Shown when the data could not be loaded or has no usable event.
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

  /** The data: an array of events or a whole `TimelineData`. Set a new value to update. */
  @property({ attribute: false }) events: TimelineInput | null = null;

  /** URL of a dataset to load (our JSON, TimelineJS JSON or CSV). While set, it is used instead of `events`. */
  @property({ reflect: true }) src: string | null = null;

  /** The data's format (`json`, `timelinejs` or `csv`); detected from the content when absent. */
  @property({ reflect: true }) format: TimelineFormat | null = null;

  /** The timeline's accessible name. Defaults to the dataset's title. */
  @property({ reflect: true }) label: string | null = null;

  /** The id of the selected event, whose card is open. */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * BCP 47 locale for dates and interface text. Defaults to the nearest `lang` attribute, then the
   * browser's language. Built-in text: en, ja, zh-CN, fr, de, es (others fall back to English).
   */
  @property({ reflect: true }) locale: string | null = null;

  /** `auto` (default): vertical when the element is narrower than `vertical-below`, else horizontal. `horizontal` and `vertical` force one. */
  @property({ reflect: true }) orientation: TimelineOrientation = 'auto';

  /** Width in px of the element below which `orientation="auto"` lays out vertically. */
  @property({ attribute: 'vertical-below', type: Number }) verticalBelow = VERTICAL_BELOW;

  /** Shows buttons that download the current view as SVG and PNG. */
  @property({ type: Boolean, reflect: true, attribute: 'export' }) exportButtons = false;

  /** Height in px of a row of events in the horizontal layout (default 56; at least what a two-line label needs). */
  @property({ attribute: 'row-height', type: Number }) rowHeight: number | null = null;

  /** Forces the colour scheme: `light` or `dark`. Without it the element follows the page (`prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  /** Interface text overrides, merged over the locale's built-in strings; replace any entry to reword it. */
  @property({ attribute: false }) strings: TimelineStringOverrides = {};

  /** Initial visible window: an ISO 8601 date (or a Date or ms), from the start of its period. */
  @property() start: TimeInput | null = null;

  /** Initial visible window: an ISO 8601 date (or a Date or ms), to the end of its period. */
  @property() end: TimeInput | null = null;

  /** Story mode: previous/next controls step through the events in date order, opening each card. */
  @property({ type: Boolean, reflect: true }) story = false;

  /** Shows the events as a plain list instead of the drawing. */
  @property({ type: Boolean, reflect: true, attribute: 'list-view' }) listView = false;

  /** Writes the selection to the URL hash as `#<id>=<event id>` and opens the event a link names. */
  @property({ type: Boolean, reflect: true, attribute: 'deep-link' }) deepLink = false;

  @state() private parsed: TimelineParseResult | null = null;
  @state() private announcement = '';
  @state() private hasCaption = false;

  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.sizer'));
  private readonly source = new SourceController(this);
  private readonly reading = new ReadingController(this, {
    timeline: () => this.parsed?.data ?? null,
    layout: () => this.layout,
    eventButton: (id) => this.eventButton(id),
    clusterButton: (key) => this.renderRoot.querySelector<HTMLElement>(`button.cluster[data-cluster="${CSS.escape(key)}"]`),
    plot: () => this.renderRoot.querySelector('.plot'),
    rtl: () => this.rtl,
    onChoose: (event) => this.onChoose(event),
  });
  private readonly inline = new InlineDataController(this);
  // The drawing is never a windowed list: while it is shown, nothing is looked up or measured after each frame.
  private readonly listWindow = new ListWindowController(this, () => (this.layout && !this.listView ? null : this.renderRoot.querySelector('.events.virtual')));
  private readonly print = new PrintController(this);
  private layout: TimelineLayout | null = null;
  private vertical: VerticalLayout | null = null;
  /** The vertical layout is wanted but its chunk is still on its way. */
  private verticalPending = false;
  private parsedInput: unknown = undefined;
  private parsedFormat: TimelineFormat | null = null;
  private importing = false;
  private resolvedLocale: string | undefined = undefined;
  /** The interface text in use: the locale's built-in strings with the page's overrides. */
  private text: TimelineStrings = stringsFor(undefined);
  /** The locale and overrides `text` was built from. */
  private textFor: [string | undefined, TimelineStringOverrides | null] = [undefined, null];
  /** Date lines, the header and names in the reader's language, kept until the language or text changes. */
  private words = new ReaderText(this.text, undefined);
  /** What the last layout was computed from (see willUpdate). */
  private layoutInputs: readonly unknown[] = [];
  private rtl = false;
  private loadPending = false;
  private issuesPending = false;
  private readonly logged = new Set<string>();
  private readonly adopted = new Set<CSSResult>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Waiting for data: build the date and number formatters now, off the path from data to first render.
    // A phone (or a forced vertical layout) needs the vertical layout's chunk: fetch it alongside the data.
    if (resolveOrientation(this.orientation, globalThis.innerWidth ?? Infinity, this.verticalBelow) === 'vertical') void verticalCode.load();
    if (!this.events) {
      setTimeout(() => {
        const locale = this.currentLocale();
        warmFormatters(locale);
        formatCount(0, locale);
        formatCompactCount(0, locale);
      });
    }
  }

  /** In the one-file bundle, languages but English load on demand: an update waits for its language rather than show English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadStrings(resolveLocale(this.locale, this));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.source.load(this.src);
    this.resolvedLocale = this.currentLocale();
    if (this.resolvedLocale !== this.textFor[0] || this.strings !== this.textFor[1]) {
      this.textFor = [this.resolvedLocale, this.strings];
      this.text = mergeStrings(stringsFor(this.resolvedLocale), this.strings);
      this.words = new ReaderText(this.text, this.resolvedLocale);
    }
    this.rtl = this.closest?.('[dir]')?.getAttribute('dir') === 'rtl'; // closest() is absent on the server
    // Code loaded on demand brings its rules. The printed list loads when idle after the first render, or now if printing has started.
    for (const sheet of [verticalCode.value?.verticalStyles, printCode.value?.printStyles, richTextCode.value?.richTextStyles, mediaCode.value?.mediaStyles]) if (sheet) this.adopt(sheet);
    if (this.print.printing && !printCode.value) void printCode.load().then(() => this.requestUpdate());

    // Parse once per input, never per frame.
    const { input, format } = selectInput(this.src, this.source.state, this.events, this.inline.data, this.format);
    if (input !== this.parsedInput || format !== this.parsedFormat) {
      const parsed = input === undefined || input === null ? null : parseOrLoad(input, format, () => this.requestUpdate());
      // TimelineJS and CSV wait for their importers' chunk; the next update parses again.
      this.importing = parsed === null && input !== undefined && input !== null;
      if (!this.importing) {
        this.parsedInput = input;
        this.parsedFormat = format;
      }
      this.parsed = parsed;
      if (this.parsed) {
        this.logIssues(this.parsed);
        this.loadPending = true;
        this.issuesPending = this.parsed.issues.length > 0;
        // Rich text and media load only for datasets that have some (found in the index's one pass).
        const { richText, media } = eventIndex(this.parsed.data);
        if (richText) void richTextCode.load().then(() => this.requestUpdate());
        if (media) void mediaCode.load().then(() => this.requestUpdate());
      }
    }
    const windowChanged = changed.has('start') || changed.has('end');
    const view = this.reading.update(this.size.width, windowChanged ? { start: this.start, end: this.end } : null, changed.has('selected'));
    const orientation = this.size.width > 0 ? resolveOrientation(this.orientation, this.size.width, this.verticalBelow) : null;
    // Lay out again only when something layout reads has changed, not for a selection, focus or announcement.
    // The selected, focused and touched events stay drawn on their own, even inside a cluster.
    const { touchedIds } = this.reading.zoom;
    const pinned = [this.selected, this.reading.keyboard.pinnedId, ...touchedIds];
    const wantsVertical = this.parsed !== null && orientation === 'vertical' && this.parsed.data.events.length <= VERTICAL_MAX;
    const vertical = wantsVertical ? verticalCode.value : null;
    // Until the chunk is in, the plain list shows and "loaded" waits.
    this.verticalPending = wantsVertical && !vertical && !verticalCode.settled;
    if (this.verticalPending) void verticalCode.load().then(() => this.requestUpdate());
    const layoutInputs = [this.parsed, this.size.width, view?.[0], view?.[1], orientation, this.resolvedLocale, this.rtl, this.rowHeight, this.text, this.selected, this.reading.keyboard.pinnedId, touchedIds, vertical];
    if (layoutInputs.every((value, i) => Object.is(value, this.layoutInputs[i]))) return;
    this.layoutInputs = layoutInputs;
    this.vertical = this.parsed && vertical
      ? vertical.layoutVertical(this.parsed.data, {
        width: this.size.width,
        locale: this.resolvedLocale,
        dateText: (e) => this.dateLine(e),
        asOfText: (d) => this.asOfLabel(d),
        breakText: (ms) => this.text.gap(vertical.formatDuration(ms, this.resolvedLocale)),
        ungrouped: this.text.ungrouped,
      })
      : null;
    this.layout = this.parsed && orientation === 'horizontal'
      ? layoutTimeline(this.parsed.data, {
        width: this.size.width,
        view: view ?? undefined,
        locale: this.resolvedLocale,
        rtl: this.rtl,
        rowHeight: this.rowHeight ?? undefined,
        dateText: (e) => this.dateLine(e),
        asOfText: (d) => this.asOfLabel(d),
        pinned: pinned.filter((id): id is string => id !== null),
      })
      : null;
  }

  /** The locale in use: the attribute, else the nearest `lang`, else the browser's language. */
  private currentLocale(): string | undefined {
    return resolveLocale(this.locale, this);
  }

  /** The "as reported" label, e.g. "As reported, 25 May 2023". */
  private asOfLabel(date: TimelineDate): string {
    return this.text.asOf(formatDate(date, this.resolvedLocale));
  }

  override updated(): void {
    // Problems are reported as soon as they are known, even by an element that is hidden.
    if (this.issuesPending && this.parsed) {
      this.issuesPending = false;
      this.dispatchEvent(new NewsTimelineIssuesEvent(this.parsed.issues));
    }
    if (this.loadPending && this.parsed && this.size.measured && !this.loadWaits()) {
      this.loadPending = false;
      this.dispatchEvent(new NewsTimelineLoadEvent(this.parsed.data, this.parsed.issues));
      loadPrintWhenIdle(() => this.requestUpdate());
    }
  }

  override render() {
    const timeline = this.parsed?.data ?? emptyTimeline();
    const issues = this.parsed?.issues ?? [];
    const name = this.label ?? timeline.title ?? this.text.timeline;
    return html`<section class="timeline" part="base" aria-label=${this.hasCaption ? nothing : name}
      aria-labelledby=${this.hasCaption ? 'caption' : nothing} aria-describedby="summary"
      @keydown=${this.reading.keyboard.onKeydown} @focusin=${this.reading.keyboard.onFocusin}>
      <div class="sizer" aria-hidden="true"></div>
      <div class="header" part="header">
        <div class="caption" id="caption"><slot name="caption" @slotchange=${this.onCaptionChange}></slot></div>
        ${timeline.title ? html`<p class="title" part="title">${timeline.title}</p>` : nothing}
        ${timeline.description ? html`<p class="description" part="description">${timeline.description}</p>` : nothing}
        <p class="summary" id="summary" part="summary">${this.words.headerFor(timeline).summary}</p>
        ${renderLegend(this.words.headerFor(timeline).statuses, timeline.asOf ? this.asOfLabel(timeline.asOf) : null, this.text, laneNames(timeline, this.text.ungrouped))}
        ${this.exportButtons && timeline.events.length ? renderExportButtons(this.text, (f) => void this.download(f)) : nothing}
      </div>
      ${this.renderStatus(timeline.events.length)}
      ${timeline.events.length ? renderIssues(issues, this.text) : nothing}
      ${timeline.events.length ? this.renderToolbar(timeline.events) : nothing}
      ${this.renderPlot(timeline.events)}
      ${this.vertical && !this.listView ? nothing : this.renderDetail(timeline.events)}
      ${timeline.events.length && printCode.value && (this.print.printing || timeline.events.length <= PRINT_ALWAYS_BELOW) ? printCode.value.renderPrintList({
        events: timeline.events,
        dateLine: (e) => this.dateLine(e),
        lane: (e) => this.words.laneLabel(e, timeline),
        sourceDate: (e, i) => (e.sources[i]?.date ? formatDate(e.sources[i].date, this.resolvedLocale) : ''),
        sourcesLabel: this.text.sources,
      }) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.inline.data?.kind === 'list' && timeline.events.length === 0 ? html`<slot></slot>` : nothing}
    </section>`;
  }

  // ---- Reading the story: the view window, selection, focus and links. ----

  /** Shows the window from `start` to `end` (ISO 8601 dates, Dates or ms), within the data. Fires no event. */
  zoomTo(start: TimeInput | null, end: TimeInput | null): void {
    this.reading.zoom.zoomTo([toTime(start, 'start'), toTime(end, 'end')]);
  }

  /** Shows the whole timeline. Fires no event. */
  fit(): void {
    this.reading.zoom.fit();
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

  private renderPlot(events: readonly TimelineEvent[]) {
    const drawn = this.layout && !this.listView;
    return html`<div class="plot ${drawn ? 'drawn' : ''}" part="plot" style=${styleMap({ height: drawn ? `${this.layout!.height}px` : null })}>
      <svg class="chart ${drawn ? '' : 'off'}" aria-hidden="true" width=${this.layout?.width ?? 0} height=${this.layout?.height ?? 0}>
        ${drawn ? renderChart(this.layout!, events, this.selected) : nothing}
      </svg>
      ${events.length === 0
        ? nothing
        : this.vertical && !this.listView
          ? this.renderVertical(this.vertical, verticalCode.value!, events)
          : this.renderList(events, drawn ? this.layout : null)}
    </div>`;
  }

  /** The event list: over the drawing, or as a plain list (windowed when long). */
  private renderList(events: readonly TimelineEvent[], layout: TimelineLayout | null) {
    const window = layout ? null : this.plainWindow(events);
    // In a list, an event the reader has not chosen holds the tab stop: the first row near the screen.
    const first = events[window ? Math.min(window.from, events.length - 1) : 0]?.id ?? null;
    return renderEventList(layout, this.listContext(events, first), (e) => this.dateLine(e), window);
  }

  /** The current view as a standalone SVG document: styles inlined, fonts named, every visible text as SVG text. */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    const region = this.renderRoot.querySelector<HTMLElement>('.timeline');
    if (!region) throw new Error('news-timeline: toSVG() needs the element to be rendered');
    return regionToSVG(region, this.label ?? this.parsed?.data.title ?? this.text.timeline);
  }

  /** The current view as a PNG image, at twice its CSS size. */
  async toPNG(): Promise<Blob> {
    const svg = await this.toSVG();
    const box = this.renderRoot.querySelector('.timeline')!.getBoundingClientRect();
    return svgToPNG(svg, Math.ceil(box.width), Math.ceil(box.height));
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const blob = format === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
    await downloadBlob(blob, `${this.id || 'timeline'}.${format}`);
  }

  /**
   * "Loaded" means drawn. Besides the data and the element's own width (a hidden one measures 0), that
   * waits for a narrow one's vertical layout, and for the media of a card open from the start (`selected`, a link).
   */
  private loadWaits(): boolean {
    if (this.verticalPending) return true;
    return this.selected !== null && !mediaCode.settled && Boolean(this.parsed?.data.events[this.reading.indexOf(this.selected)]?.media);
  }

  /** Adds the rules of code loaded on demand after the element's own, once (the shadow root is absent on a server). */
  private adopt(sheet: CSSResult): void {
    if (this.adopted.has(sheet) || !this.shadowRoot) return;
    this.adopted.add(sheet);
    adoptStyles(this.shadowRoot, [...NewsTimeline.elementStyles, ...this.adopted]);
  }

  /** The orientation in use: `null` until the element has measured itself, while it is hidden, and while a narrow one loads the vertical layout. */
  get resolvedOrientation(): 'horizontal' | 'vertical' | null {
    return this.vertical ? 'vertical' : this.layout ? 'horizontal' : null;
  }

  private renderToolbar(events: readonly TimelineEvent[]) {
    const { zoom } = this.reading;
    return renderToolbar({
      strings: this.text,
      listView: this.listView,
      zoomable: this.layout !== null,
      canZoomIn: !zoom.deepest,
      canZoomOut: !zoom.fitted,
      story: this.story ? { index: this.reading.position(), count: events.length } : null,
      onZoom: (factor) => this.reading.zoomAround(factor, this.selected),
      onFit: () => zoom.fit(true),
      onToggleList: () => (this.listView = !this.listView),
      onStep: (delta) => this.reading.step(delta, true),
    });
  }

  private onCaptionChange = (e: Event): void => {
    this.hasCaption = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  };

  private renderStatus(count: number) {
    const s = this.source.state;
    if ((this.src && s.status === 'loading') || this.importing) return renderState('loading', this.text.loading);
    if (this.src && s.status === 'failed') return renderState('error', this.text.loadFailed(s.src, s.reason));
    // A list written in the page stays on show while the code that reads it loads.
    if (!this.parsed) return this.src || this.inline.data?.kind === 'list' ? nothing : renderState('empty', this.text.empty);
    if (count > 0) return nothing;
    const errors = this.parsed.issues.filter((i) => i.severity === 'error');
    if (errors.length === 0) return renderState('empty', this.text.empty);
    return html`${renderState('error', this.text.issuesHeading(errors.length, 0))}${renderIssues(this.parsed.issues, this.text)}`;
  }

  private renderDetail(events: readonly TimelineEvent[]) {
    const event = this.selected === null ? undefined : events[this.reading.indexOf(this.selected)];
    if (!event) return nothing;
    const asOf = this.parsed?.data.asOf;
    const status = event.status === 'confirmed' ? '' : this.text.status[event.status];
    return renderDetail(event, {
      dateText: formatEventDate(event, this.resolvedLocale),
      statusText: status && asOf ? this.text.statusAsOf(status, formatDate(asOf, this.resolvedLocale)) : status,
      formatSourceDate: (e, i) => {
        const date = e.sources[i]?.date;
        return date ? formatDate(date, this.resolvedLocale) : '';
      },
      closeLabel: this.text.close,
      sourcesLabel: this.text.sources,
      mediaLabel: this.text.openMedia,
      onClose: () => this.reading.choose(null, true),
    });
  }

  // The same functions every render: units that have not changed keep the handlers they were rendered with.
  private readonly onActivate = (e: TimelineEvent): void => void this.reading.choose(e.id === this.selected ? null : e, false);
  private readonly onOpenCluster = (c: ClusterLayout): void => this.reading.openCluster(c);

  /** `fallback`: the event to hold the tab stop in a list when the reader has not chosen one. */
  private listContext(events: readonly TimelineEvent[], fallback: string | null): EventListContext {
    const timeline = this.parsed?.data ?? null;
    const words = this.words;
    const wanted = this.reading.keyboard.current ?? (this.selected ? { id: this.selected } : null);
    return {
      events,
      selected: this.selected,
      tabStop: tabStopIn(this.listView ? null : this.layout, wanted, fallback),
      describe: (e) => (e.group === null ? '' : `, ${words.laneLabel(e, timeline)}`),
      onActivate: this.onActivate,
      clusterLabel: (c) => (timeline ? words.clusterName(c, timeline) : ''),
      onOpenCluster: this.onOpenCluster,
      countText: (n) => words.compactCount(n),
    };
  }

  /** The vertical layout; a long one keeps the rows near the screen, and the focused or selected event's. */
  private renderVertical(layout: VerticalLayout, code: VerticalModule, events: readonly TimelineEvent[]) {
    let window: readonly [number, number] | null = null;
    if (layout.rows.length > WINDOW_ABOVE) {
      const keep = this.reading.keyboard.pinnedId ?? this.selected;
      const row = keep === null ? -1 : layout.rows.findIndex((r) => r.kind === 'event' && r.id === keep);
      window = code.rowsInBand(layout, this.listWindow.band[0], this.listWindow.band[1], row === -1 ? null : row);
    }
    // The first event row from the window's start holds the tab stop until the reader chooses one.
    const from = window?.[0] ?? 0;
    const first = layout.rows.find((r, i) => i >= from && r.kind === 'event');
    const context = this.listContext(events, first?.kind === 'event' ? first.id : null);
    return code.renderVerticalList(layout, { ...context, renderDetail: () => this.renderDetail(events) }, window);
  }

  /** The rows of a long plain list near the screen, keeping the selected and focused events. */
  private plainWindow(events: readonly TimelineEvent[]) {
    const pinned = [this.selected, this.reading.keyboard.pinnedId].map((id) => (id === null ? -1 : this.reading.indexOf(id))).filter((i) => i >= 0);
    return this.listWindow.plain(events.length, pinned);
  }

  private dateLine(event: TimelineEvent): string {
    return this.words.dateLine(event);
  }

  /** A reader's choice: announce it (title and date only) and tell the page. */
  private onChoose(event: TimelineEvent | null): void {
    this.announcement = event ? this.text.selectedAnnouncement(event.title, formatEventDate(event, this.resolvedLocale)) : '';
    this.dispatchEvent(new NewsTimelineSelectEvent(event));
  }

  private eventButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.event[data-id="${CSS.escape(id)}"]`);
  }

  private logIssues(result: TimelineParseResult): void {
    for (const issue of result.issues) {
      if (this.logged.has(issue.message)) continue;
      this.logged.add(issue.message);
      (issue.severity === 'error' ? console.error : console.warn)(`news-timeline: ${issue.message}`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
