import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { DataController } from './controllers/data.js';
import { ListWindowController } from './controllers/list-window.js';
import { LocaleController } from './controllers/locale.js';
import { PrintController } from './controllers/print.js';
import { HoverDismissController } from './controllers/hover-dismiss.js';
import { ReadingController } from './controllers/reading.js';
import { SizeController } from './controllers/size.js';
import { stageGraphic, type GraphicSize, type StagedGraphic } from './controllers/export-stage.js';
import { NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent } from './events.js';
import { downloadBlob, regionToSVG, svgToPNG } from './export/png.js';
import { eventIndex } from './layout/event-index.js';
import { VERTICAL_BELOW, type TimelineOrientation } from './layout/orientation.js';
import type { TimeInput } from './layout/view.js';
import type { TimelineFormat } from './model/formats.js';
import { emptyTimeline } from './model/parse-core.js';
import type { Timeline, TimelineParseResult } from './model/timeline.js';
import type { TimelineInput } from './model/types.js';
import { createPlanner, type TimelinePlan } from './plan/plan.js';
import { viewSummary } from './plan/view-text.js';
import { renderDetail } from './render/detail.js';
import { renderGraphic } from './render/graphic.js';
import { renderHeader } from './render/header.js';
import { renderIssues, renderStatus } from './render/notices.js';
import { renderPlot } from './render/plot.js';
import { renderEmptyWindow } from './render/empty-window.js';
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
 * @csspart empty-window - Shown under the drawing when the window holds no event: says so and offers the nearest event before and after.
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

  private announcement = '';
  private hasCaption = false;

  // input → parse → index → plan → render: data and language feed the plan; reading and size steer it.
  private readonly data = new DataController(this, () => this, (result) => this.onParsed(result));
  private readonly language = new LocaleController(this, () => this);
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.sizer'));
  private readonly listWindow = new ListWindowController(this, () => (this.plan?.mode === 'drawing' ? null : this.renderRoot.querySelector('.events.virtual')));
  private readonly print = new PrintController(this);
  private readonly reading = new ReadingController(this, {
    timeline: () => this.timeline,
    plan: () => this.plan,
    selected: () => this.selected,
    deepLink: () => this.deepLink,
    rtl: () => this.language.rtl,
    eventButton: (id) => this.renderRoot.querySelector(`button.event[data-id="${CSS.escape(id)}"]`),
    clusterButton: (key) => this.renderRoot.querySelector(`button.cluster[data-cluster="${CSS.escape(key)}"]`),
    plot: () => this.renderRoot.querySelector('.plot'),
    card: () => this.renderRoot.querySelector('.detail'),
    select: (id) => (this.selected = id),
    chosen: (event, announce) => {
      this.announcement = event && announce ? this.language.words.selected(event) : '';
      this.dispatchEvent(new NewsTimelineSelectEvent(event));
    },
    rangeChange: ([start, end]) => this.dispatchEvent(new NewsTimelineRangeChangeEvent(new Date(start), new Date(end))),
    settled: (view) => {
      if (this.timeline) this.announcement = viewSummary(this.language.words, this.timeline, view);
    },
  });
  private readonly planFor = createPlanner();

  constructor() {
    super();
    // Escape dismisses a label shown on hover or focus (WCAG 1.4.13); it registers itself with the element.
    new HoverDismissController(this, () => this.renderRoot);
  }
  /** Graphics are planned apart, so exporting never costs the view on screen its remembered layout. */
  private readonly planGraphic = createPlanner();
  private plan: TimelinePlan | null = null;
  /** `news-timeline-issues` and `news-timeline-load` are owed for the data last parsed. */
  private issuesOwed = false;
  private loadOwed = false;

  /** An update waits for the reader's language when it loads on demand, rather than show English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.language.ready();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.language.update();
    this.data.update();
    const initial = changed.has('start') || changed.has('end') ? { start: this.start, end: this.end } : null;
    const { view, linked } = this.reading.update(this.size.width, initial, changed.has('selected'));
    if (linked) this.selected = linked;
    this.plan = this.planFor({
      timeline: this.timeline,
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
    });
  }

  override updated(): void {
    const result = this.data.result;
    // Problems are reported as soon as they are known, even by an element that is hidden; "loaded" means drawn.
    if (this.issuesOwed && result) {
      this.issuesOwed = false;
      this.dispatchEvent(new NewsTimelineIssuesEvent(result.issues));
    }
    if (this.loadOwed && result && this.size.measured) {
      this.loadOwed = false;
      this.dispatchEvent(new NewsTimelineLoadEvent(result.data, result.issues));
      this.print.rendered();
    }
  }

  override render() {
    const timeline = this.timeline ?? emptyTimeline();
    const { words } = this.language;
    const count = timeline.events.length;
    const plan = this.plan!;
    const name = this.label ?? timeline.title ?? words.strings.timeline;
    const cap = this.height !== null && this.height > 0 && Number.isFinite(this.height) ? this.height : null;
    return html`<section class="timeline ${cap === null ? '' : 'capped'}" part="base" style=${styleMap({ maxHeight: cap === null ? null : `${cap}px` })}
      aria-label=${this.hasCaption ? nothing : name}
      aria-labelledby=${this.hasCaption ? 'caption' : nothing} aria-describedby="summary"
      @keydown=${this.reading.onKeydown} @focusin=${this.reading.onFocusin}>
      <div class="sizer" aria-hidden="true"></div>
      ${renderHeader(timeline, words, {
        onExport: this.exportButtons ? this.onExport : null,
        onCaptionChange: this.onCaptionChange,
        toolbar: count ? renderToolbar({
          strings: words.strings,
          listView: this.listView,
          zoomable: plan.mode === 'drawing',
          canZoomIn: this.reading.canZoomIn,
          canZoomOut: this.reading.canZoomOut,
          story: this.story ? { index: this.reading.position(), count } : null,
          onZoom: this.reading.zoomBy,
          onFit: () => this.reading.fit(true),
          onToggleList: () => (this.listView = !this.listView),
          onStep: (delta) => this.reading.step(delta, true),
        }) : nothing,
      })}
      ${renderStatus(this.data, words.strings)}
      ${count ? renderIssues(this.data.result!.issues, words.strings) : nothing}
      ${renderPlot(plan, timeline, words, this.selected, this.plotHandlers)}
      ${plan.mode === 'drawing' ? renderEmptyWindow(plan.empty, words, this.reading.goTo) : nothing}
      ${plan.mode === 'vertical' ? nothing : this.renderCard()}
      ${this.print.wanted(count) ? renderPrintList(timeline, words) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.data.pageList && count === 0 ? html`<slot></slot>` : nothing}
    </section>`;
  }

  /** Shows the window from `start` to `end` (ISO 8601 dates, Dates or ms), within the data. Fires no event. */
  zoomTo(start: TimeInput | null, end: TimeInput | null): void {
    this.reading.zoomTo(start, end);
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
    return (await this.graphic(size)).svg;
  }

  /**
   * The same graphic as a PNG image, laid out for `width` × `height` CSS px (e.g. 1200 × 675 for a
   * social card; by default the element's width and the graphic's own height), at `scale` device
   * pixels per CSS pixel (default 2).
   */
  async toPNG(options: GraphicSize & { readonly scale?: number } = {}): Promise<Blob> {
    const { svg, width, height } = await this.graphic(options);
    const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
    return svgToPNG(svg, width, height, scale);
  }

  /** The orientation in use: `null` until the element has measured itself, and while it is hidden. */
  get resolvedOrientation(): 'horizontal' | 'vertical' | null {
    return this.plan?.orientation ?? null;
  }

  private get timeline(): Timeline | null {
    return this.data.result?.data ?? null;
  }

  /** The graphic that `toSVG()`, `toPNG()` and the download buttons write, staged off screen. */
  private async graphic(size: GraphicSize): Promise<StagedGraphic> {
    await this.updateComplete;
    const timeline = this.timeline;
    if (!timeline) throw new Error('news-timeline: there is nothing to export yet (no data)');
    const words = this.language.words;
    return stageGraphic({
      root: () => this.renderRoot,
      width: () => this.size.width,
      plan: (width, fill) => this.planGraphic({
        timeline, width, orientation: this.orientation, verticalBelow: this.verticalBelow, listView: false, view: this.reading.view,
        words, rtl: this.language.rtl, rowHeight: this.rowHeight, selected: null, focus: null, touched: [], band: [0, Infinity], fill,
      }),
      view: (plan, height) => renderGraphic(plan, timeline, words, this.label ?? timeline.title, height),
    }, size, (region) => regionToSVG(region, this.label ?? timeline.title ?? words.strings.timeline));
  }

  /** A new dataset: its events are owed, and the sanitiser loads if it has rich text. */
  private onParsed(result: TimelineParseResult): void {
    this.loadOwed = true;
    this.issuesOwed = result.issues.length > 0;
    if (eventIndex(result.data).richText) void richTextCode.load().then(() => this.requestUpdate());
  }

  private renderCard() {
    const timeline = this.timeline;
    const event = timeline && this.selected !== null ? timeline.events[this.reading.indexOf(this.selected)] : undefined;
    return event ? renderDetail(event, timeline!, this.language.words, () => this.reading.choose(null, true)) : nothing;
  }

  // The same functions every render: units that have not changed keep the handlers they were rendered with.
  private readonly plotHandlers = {
    onActivate: this.reading.activate,
    onOpenCluster: this.reading.openCluster,
    renderDetail: () => this.renderCard(),
  };

  private readonly onExport = async (format: 'svg' | 'png'): Promise<void> => {
    try {
      const blob = format === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      await downloadBlob(blob, `${this.id || 'timeline'}.${format}`);
    } catch (error) {
      // A button has no caller to reject to: the console says why nothing was downloaded.
      console.error(error);
    }
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
