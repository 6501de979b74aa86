import { html, nothing, type PropertyValues } from 'lit';
import { styleProps } from './render/styles-directive.js';
import { ChangesController } from './controllers/changes.js';
import { DataController } from './controllers/data.js';
import { ListWindowController } from './controllers/list-window.js';
import { NOT_HELD } from './controllers/not-held.js';
import { LocaleController } from './controllers/locale.js';
import { PrintController } from './controllers/print.js';
import { HoverLabelController } from './controllers/hover-label.js';
import { ReadingController } from './controllers/reading.js';
import { TextSpacingController } from './controllers/text-spacing.js';
import { FinderController } from './controllers/finder.js';
import { MeasureAheadController } from './controllers/measure-ahead.js';
import { SizeController } from './controllers/size.js';
import { ExportController } from './controllers/exporter.js';
import { NewsTimelineFilterChangeEvent, NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent, NewsTimelineUpdateEvent } from './events.js';
import { eventIndex } from './layout/event-index.js';
import { DEFAULT_SPACING } from './layout/text-spacing.js';
import type { TimelineDiff } from './model/diff.js';
import { emptyTimeline } from './model/parse-core.js';
import type { Timeline, TimelineParseResult } from './model/timeline.js';
import { facetsOf } from './plan/facets.js';
import { createPlanner, type PlanInputs, type TimelinePlan } from './plan/plan.js';
import { viewSummary } from './plan/view-text.js';
import { renderDetail } from './render/detail.js';
import { renderFinder, renderNoMatch } from './render/finder.js';
import { renderGraphic } from './render/graphic.js';
import { renderHeader } from './render/header.js';
import { renderIssues, renderStale, renderStatus } from './render/notices.js';
import { renderPlot } from './render/plot.js';
import { renderSpacingProbe } from './render/spacing-probe.js';
import { renderPrintList } from './render/print-list.js';
import { richTextCode } from './render/rich-text.js';
import { renderToolbar } from './render/toolbar.js';
import { warmFonts } from './render/fonts.js';
import { REHEARSAL } from './model/rehearsal.js';
import { layOutUnseen } from './render/rehearse.js';
import { resolveLocale, stringsAtHand } from './strings/pick.js';
import { timelineStyles } from './styles.js';
import { NewsTimelineProperties, type TimelineActions } from './timeline-properties.js';

/** Whether a timeline (or `prepare`'s rehearsal) has drawn in this page: then nothing is left to pay ahead. @internal */
export let timelineDrawn = false;

/** How many times `prepare` rehearses: draws on no page, then lays out hidden. @internal */
export const REHEARSALS = 3;

/**
 * `<news-timeline>`: an accessible, interactive timeline of news events. Its attributes, properties, methods,
 * events, slots, parts and CSS custom properties are documented with `NewsTimelineProperties`
 * (./timeline-properties.ts); this class wires data, language, reading and drawing together.
 */
export class NewsTimeline extends NewsTimelineProperties {
  static override styles = timelineStyles;

  static override properties = {
    announcement: { state: true, attribute: false },
    hasCaption: { state: true, attribute: false },
  };

  /**
   * Readies the page for its first timeline before it is made: looks up the fonts a first view uses, and
   * draws three events of the article's story on no page; then, in a task of its own, lays them out
   * hidden and takes them out of the page in the same task, before anything is painted; three times, each
   * by a new element. So the stylesheet is parsed, Lit has prepared its templates, the code has run often
   * enough for the engine to optimise it and the browser has laid our markup out. Half a small timeline's
   * first render is what a page pays only once (see docs/performance.md). The bundle and the package call
   * it when the page is first idle, once the element is defined. Nothing of it stays or shows: no node, no
   * event.
   */
  static async prepare(): Promise<void> {
    warmFonts();
    // In the page's locale, as its timelines will be (their date and tick formatters are then built
    // too), when its words are at hand; else in English, so that nothing loads for a rehearsal.
    const locale = resolveLocale(null, document.documentElement);
    const language = locale && stringsAtHand(locale) ? locale : 'en';
    // Rehearsed REHEARSALS times, each drawing and layout in a task of its own: V8 gives a function its
    // inline caches, and compiles it past bytecode, only once it has run a few times, and most of a
    // drawing's code runs once per drawing (see docs/performance.md).
    for (let i = 0; i < REHEARSALS; i++) {
      if (i > 0) await new Promise((next) => setTimeout(next));
      const el = new this();
      el.locale = language;
      el.events = REHEARSAL;
      el.connectedCallback();
      el.size.assume(innerWidth);
      await el.updateComplete;
      el.disconnectedCallback();
      await layOutUnseen(el);
    }
  }

  private announcement = '';
  private hasCaption = false;

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
    eventButton: (id) => this.renderRoot.querySelector(`${NOT_HELD}button.event[data-id="${CSS.escape(id)}"]`),
    clusterButton: (key) => this.renderRoot.querySelector(`${NOT_HELD}button.cluster[data-cluster="${CSS.escape(key)}"]`),
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
  private readonly exporter = new ExportController(this, {
    inputs: () => this.inputs,
    title: () => this.label ?? this.timeline?.title ?? null,
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
    root: () => this.renderRoot,
  });
  private readonly planFor = createPlanner();
  /** The reader's text spacing (WCAG 1.4.12), which labels are sized for. */
  private readonly spacing = new TextSpacingController(this, () => this.renderRoot);
  /** Where a tucked label shows on hover or focus, and Escape to dismiss it (WCAG 1.4.13). */
  private readonly hover = new HoverLabelController(this, () => this.renderRoot);
  private readonly finder = new FinderController(this, {
    query: () => this.query ?? '',
    filter: () => this.filter ?? {},
    set: (query, filter) => {
      this.query = query;
      this.filter = filter;
    },
    words: () => this.language.words,
    announce: (text) => (this.announcement = text),
    link: (narrowing) => this.reading.writeNarrowing(narrowing),
    jumpTo: (time, endTime) => this.reading.jumpTo(time, endTime),
    searchBox: () => this.renderRoot.querySelector('input.search'),
    changed: (query, filter, matches, total) => this.dispatchEvent(new NewsTimelineFilterChangeEvent(query, filter, matches, total)),
  });
  /** Labels the next steps will likely meet are sized while the page is idle. */
  private readonly ahead = new MeasureAheadController(this);
  /** What the plan on screen was made from, and the plan. */
  private inputs: PlanInputs | null = null;
  private plan: TimelinePlan | null = null;
  protected readonly actions: TimelineActions = {
    zoomTo: (start, end) => this.reading.zoomTo(start, end),
    fit: () => this.reading.fit(false),
    select: (id) => this.reading.select(id),
    step: (delta) => this.reading.step(delta, false),
    refresh: async () => {
      await this.data.refresh();
      await this.changes.settled;
      await this.updateComplete;
    },
    toSVG: async (size) => (await this.exporter.graphic(size)).svg,
    toPNG: (options) => this.exporter.png(options),
    orientation: () => this.plan?.orientation ?? null,
  };
  /** `news-timeline-issues` and `news-timeline-load` are owed for the data last parsed. */
  private issuesOwed = false;
  private loadOwed = false;
  /** `news-timeline-update` is owed for the update last applied. */
  private updateOwed: TimelineDiff | null = null;

  /**
   * An update waits for the code it needs when that loads on demand: the reader's language, rather than
   * show English first; deep links, rather than show the timeline before what the link names; and the
   * search, rather than show events the query or filter leaves out.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [this.language.ready(), this.reading.ready(), this.finder.ready(this.reading.linkedNarrowing())].filter((wait) => wait !== null);
    // Asked again once they are in: a link's search is known only once the links' code is.
    return waits.length ? Promise.all(waits).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.language.update();
    this.data.update();
    this.finder.update(this.timeline, this.reading.takeNarrowing());
    const initial = changed.has('start') || changed.has('end') ? { start: this.start, end: this.end } : null;
    const { view, linked } = this.reading.update(this.size.width, initial, changed.has('selected'));
    if (linked !== undefined) this.selected = linked;
    this.changes.seen(this.selected);
    this.plan = this.planFor(this.inputs = {
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
      spacing: this.spacing.value,
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
      timelineDrawn = true;
      this.dispatchEvent(new NewsTimelineLoadEvent(result.data, result.issues));
      this.print.rendered();
    }
    if (this.updateOwed && result) {
      const { added, changed, removed } = this.updateOwed;
      this.updateOwed = null;
      this.dispatchEvent(new NewsTimelineUpdateEvent(result.data, added, changed, removed));
    }
    this.finder.drawn();
    const { plan, inputs } = this;
    if (plan?.mode === 'drawing' && inputs?.timeline) {
      const { words } = inputs;
      this.ahead.drawn({ timeline: inputs.timeline, view: plan.layout.view, width: inputs.width, spacing: inputs.spacing ?? DEFAULT_SPACING, words, dateText: (e) => words.dateLine(e) });
    }
  }

  override render() {
    const dataset = this.timeline ?? emptyTimeline();
    const timeline = this.shown ?? dataset;
    const { words } = this.language;
    // `count`: the events the data has; `shown`: those the search and filters leave.
    const count = dataset.events.length;
    const shown = timeline.events.length;
    const { narrowed } = this.finder;
    const plan = this.plan!;
    const name = this.label ?? timeline.title ?? words.strings.timeline;
    const cap = this.height !== null && this.height > 0 && Number.isFinite(this.height) ? this.height : null;
    return html`<section class="timeline ${cap === null ? '' : 'capped'}" part="base" style=${styleProps({ maxHeight: cap === null ? null : `${cap}px` })}
      aria-label=${this.hasCaption ? nothing : name}
      aria-labelledby=${this.hasCaption ? 'caption' : nothing} aria-describedby="summary"
      @keydown=${this.reading.onKeydown} @focusin=${this.onFocusin}>
      <div class="sizer" aria-hidden="true"></div>
      ${renderHeader(timeline, words, {
        onExport: this.exportButtons ? this.exporter.download : null,
        exportFailure: this.exporter.failure,
        onCaptionChange: this.onCaptionChange,
        finder: count ? renderFinder({ strings: words.strings, facets: facetsOf(dataset), ...this.finder.controls() }) : nothing,
        toolbar: count ? renderToolbar({
          strings: words.strings,
          listView: this.listView,
          zoomable: plan.mode === 'drawing',
          ...this.reading.controls(this.story, shown),
          onToggleList: () => (this.listView = !this.listView),
        }) : nothing,
      })}
      ${renderStatus(this.data, words.strings)}
      ${count ? renderStale(this.data.staleNote(words)) : nothing}
      ${count ? renderIssues(this.data.result!, words.strings) : nothing}
      ${narrowed?.active && shown === 0 ? renderNoMatch(words.strings, this.finder.clear) : nothing}
      ${renderPlot(plan, timeline, words, this.selected, this.plotHandlers, narrowed?.marker ?? null, this.hover.view(plan.mode === 'drawing' ? plan.layout : null, this.reading.focus))}
      ${plan.mode === 'vertical' ? nothing : this.renderCard()}
      ${this.print.wanted(shown) ? renderPrintList(timeline, words) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.data.pageList && count === 0 ? html`<slot></slot>` : nothing}
      ${renderSpacingProbe()}
    </section>`;
  }

  /** The whole dataset. */
  private get timeline(): Timeline | null {
    return this.data.result?.data ?? null;
  }

  /** The events the search and filters leave: what is drawn, reachable, listed, printed and exported. */
  private get shown(): Timeline | null {
    return this.finder.shown(this.timeline);
  }

  /**
   * A new dataset: its events are owed, and the sanitiser loads if it has rich text. A new version of the
   * story shown keeps the reader's place (on screen, and in the story); what changed is marked and fired once compared.
   */
  private onParsed(result: TimelineParseResult, previous: Timeline | null): void {
    const removed = this.changes.received(previous, result.data);
    if (removed && previous) this.reading.keepPlace(previous, removed);
    this.loadOwed = true;
    this.issuesOwed = result.issues.length > 0;
    if (eventIndex(result.data).richText) void richTextCode.load().then(() => this.requestUpdate());
  }

  private renderCard() {
    const timeline = this.shown;
    const event = timeline && this.selected !== null ? timeline.events[this.reading.indexOf(this.selected)] : undefined;
    return event ? renderDetail(event, timeline!, this.language.words, () => this.reading.choose(null, true), this.changes.status(event.id), this.finder.narrowed?.marker ?? null) : nothing;
  }

  // The same functions every render: units that have not changed keep the handlers they were rendered with.
  private readonly plotHandlers = {
    onActivate: this.reading.activate,
    onOpenCluster: this.reading.openCluster,
    onGoTo: this.reading.goTo,
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
