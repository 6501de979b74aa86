import type { ReactiveControllerHost } from 'lit';
import { eventIndex } from '../layout/event-index.js';
import type { ClusterLayout } from '../layout/layout.js';
import { zoomTowardEvents } from '../layout/nearest.js';
import { toTime, type TimeInput, type TimeWindow } from '../layout/view.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { TimelinePlan } from '../plan/plan.js';
import { focusUnits, type TabStop } from '../plan/tab-stop.js';
import { bisector } from 'd3-array';
import type { DeepLinkController, LinkedSelection } from './deep-link.js';
import { linkCode } from './link-code.js';
import type { Narrowing } from './narrowing-link.js';
import { KeyboardController } from './keyboard.js';
import { ZoomController } from './zoom.js';

/** What reading asks of the element: the data and plan it shows, its DOM, and where to report. */
export interface ReadingOptions {
  /** The events the reader can reach: the dataset, or the matches of a search and filters. */
  readonly timeline: () => Timeline | null;
  /** The whole dataset, whose span the view keeps while a search narrows the events. */
  readonly dataset: () => Timeline | null;
  /** The plan last rendered (`null` before the first). */
  readonly plan: () => TimelinePlan | null;
  readonly selected: () => string | null;
  /** Whether the page opted in to links (`deep-link`). */
  readonly deepLink: () => boolean;
  /** Whether the page is right to left: the drawing, its gestures and the arrow keys are mirrored. */
  readonly rtl: () => boolean;
  readonly eventButton: (id: string) => HTMLElement | null;
  readonly clusterButton: (key: string) => HTMLElement | null;
  readonly plot: () => HTMLElement | null;
  /** The open card, once rendered. */
  readonly card: () => HTMLElement | null;
  /** The selection moves (by the reader, the page or a link). */
  readonly select: (id: string | null) => void;
  /**
   * A reader chose an event or closed its card (click, key, story step, close): the element fires its
   * event and, when `announce`, says what was chosen.
   */
  readonly chosen: (event: TimelineEvent | null, announce: boolean) => void;
  /** A reader's gesture, key or button ended on a new window: the element fires its event. */
  readonly rangeChange: (view: TimeWindow) => void;
  /** A reader's zooming or panning has stopped for a moment on a new window: the element says what it shows, once. */
  readonly settled: (view: TimeWindow) => void;
}

const byStart = bisector((x: number) => x);

/** How long a reader's zooming or panning must pause before the window is announced, in ms. */
const SETTLE_MS = 500;

/** What reading decides at each update. */
export interface ReadingState {
  /** The window to lay out. */
  readonly view: TimeWindow | null;
  /**
   * What a link asks for (once per page load or navigation): an event to select, `null` to close the
   * card (a navigation left this timeline no key), or `undefined` for nothing.
   */
  readonly linked: LinkedSelection;
}

/**
 * Reading the story: the visible window (zoom, pan and their gestures), keyboard focus, story steps
 * and deep links, kept in step. The element sees a narrow surface: the state to lay out (`update`,
 * `focus`, `touched`), the toolbar's controls, handlers for its templates, and the page methods.
 * Reader actions go through `choose`, page calls through `select`; every change is reported through
 * the options, and the element fires the DOM events.
 */
export class ReadingController {
  private readonly zoom: ZoomController;
  private readonly keyboard: KeyboardController;
  /** Deep links, once the page opted in and their code is in (`null` until then). */
  private linkController: DeepLinkController | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ReadingOptions) {
    this.zoom = new ZoomController(host, {
      target: options.plot,
      // Only the horizontal drawing zooms; the vertical layout and the list scroll with the page.
      enabled: () => options.plan()?.mode === 'drawing',
      rtl: options.rtl,
      onUserChange: (view) => {
        options.rangeChange(view);
        this.settleLater(view);
      },
    });
    this.keyboard = new KeyboardController(host, {
      count: () => this.events().length,
      idAt: (i) => this.events()[i]?.id ?? null,
      indexOf: (id) => this.indexOf(id),
      units: () => {
        const plan = options.plan();
        return plan?.mode === 'drawing' ? focusUnits(plan.layout) : null;
      },
      focus: (id) => this.focusEvent(id),
      focusCluster: (key) => void host.updateComplete.then(() => options.clusterButton(key)?.focus()),
      reveal: (id) => this.reveal(id, true),
      close: () => options.selected() !== null && this.choose(null, true),
      zoom: (factor, at) => {
        if (at && 'cluster' in at) {
          const plan = options.plan();
          const cluster = plan?.mode === 'drawing' ? plan.layout.clusters.find((c) => c.key === at.cluster) : undefined;
          this.zoom.zoomBy(factor, cluster ? (cluster.span[0] + cluster.span[1]) / 2 : null, true);
        } else this.zoomAround(factor, at?.id ?? null);
      },
      fit: () => this.zoom.fit(true),
      rtl: options.rtl,
    });
  }

  /**
   * `null` unless the page opted in to links and their code is not in yet: then a promise for it, which
   * an update waits for, so a linked selection, search or filters show from the first render.
   */
  ready(): Promise<void> | null {
    return this.options.deepLink() && !linkCode.settled ? linkCode.load() : null;
  }

  /**
   * Runs in the host's willUpdate, before the plan: applies the initial window (`start`/`end`, when
   * they changed) and a link, and pans a newly selected event into view.
   */
  update(width: number, initial: { readonly start: TimeInput | null; readonly end: TimeInput | null } | null, selectedChanged: boolean): ReadingState {
    const timeline = this.options.timeline();
    if (initial) this.zoom.zoomTo([toTime(initial.start, 'start'), toTime(initial.end, 'end')]);
    // The data's extent and whether it has times of day come from its index, built once per dataset.
    // The whole dataset's: a search changes which events are drawn, not the span the reader moves in.
    const dataset = this.options.dataset();
    const index = dataset && eventIndex(dataset);
    this.zoom.update(index?.extent ?? null, index?.timesOfDay ?? false, width);
    const taken = timeline ? this.links?.take() : undefined;
    // An id the data does not have is ignored, like a link to an anchor that is not there.
    const linked = taken === null || (taken !== undefined && this.indexOf(taken) !== -1) ? taken : undefined;
    const selected = linked === undefined ? this.options.selected() : linked;
    if ((selectedChanged || linked) && selected) this.reveal(selected, false);
    return { view: this.zoom.view, linked };
  }

  /** The search and filters a link names, read before the events they narrow (see `DeepLinkController.takeNarrowing`). */
  takeNarrowing(): Narrowing | undefined {
    return this.options.dataset() ? this.links?.takeNarrowing() : undefined;
  }

  /** The search and filters a link names and the next update will take, if any (read ahead, so that update can wait for the search code). */
  linkedNarrowing(): Narrowing | null {
    return this.links?.peekNarrowing() ?? null;
  }

  /** Writes the reader's search and filters to the link. */
  writeNarrowing(narrowing: Narrowing): void {
    this.links?.writeNarrowing(narrowing);
  }

  /**
   * Jump to a date, the period `[time, endTime)` (a year, a month, a day…): brings the first reachable
   * event in it into view and focuses it, or the nearest one when none falls in it. Returns whether
   * there was one.
   */
  jumpTo(time: number, endTime: number): boolean {
    const timeline = this.options.timeline();
    if (!timeline?.events.length) return false;
    const { starts } = eventIndex(timeline);
    const first = byStart.left(starts, time);
    const at = first < starts.length && starts[first]! < endTime ? first : byStart.center(starts, time);
    const id = timeline.events[at]?.id;
    if (id === undefined) return false;
    this.keyboard.focusEvent(id);
    return true;
  }

  /** The visible window of the drawing, in ms. */
  get view(): TimeWindow | null {
    return this.zoom.view;
  }

  /**
   * A new version of the story replaces `previous`: the window stays where the reader left it, a card
   * whose event is gone closes, and focus on an event that is gone moves to the next one that stays
   * (the previous one at the end). Everything else (the card, focus, list view, the story's place)
   * is kept by id already.
   */
  keepPlace(previous: Timeline, removed: readonly string[]): void {
    this.zoom.keep();
    if (!removed.length) return;
    const gone = new Set(removed);
    const selected = this.options.selected();
    if (selected !== null && gone.has(selected)) this.select(null);
    const focused = this.keyboard.pinnedId;
    if (focused === null || !gone.has(focused)) return;
    const events = previous.events;
    const at = eventIndex(previous).byId.get(focused) ?? 0;
    const next = events.slice(at).find((e) => !gone.has(e.id)) ?? events.slice(0, at).reverse().find((e) => !gone.has(e.id));
    const hadFocus = (this.host.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] === focused;
    this.keyboard.current = next ? { id: next.id } : null;
    if (next && hadFocus) this.focusEvent(next.id);
  }

  /** The reader's tab stop, once they have moved it. */
  get focus(): TabStop | null {
    return this.keyboard.current;
  }

  /** The events under fingers still down: drawn on their own, so what the reader holds stays under the finger. */
  get touched(): readonly string[] {
    return this.zoom.touchedIds;
  }

  readonly onKeydown = (event: KeyboardEvent): void => this.keyboard.onKeydown(event);
  readonly onFocusin = (event: FocusEvent): void => this.keyboard.onFocusin(event);

  /**
   * A click on an event: opens its card, or closes it when it is the open one. After Enter or Space
   * (`byKey`) the choice is not announced: focus has just said the event's name, and the button says it expanded.
   */
  readonly activate = (event: TimelineEvent, byKey = false): void => void this.choose(event.id === this.options.selected() ? null : event, false, !byKey);

  /** A reader's choice (click, key, story step, close): selects, pans into view, writes the link, tells the element. */
  choose(event: TimelineEvent | null, restoreFocus: boolean, announce = true): true {
    const previous = this.options.selected();
    this.options.select(event?.id ?? null);
    this.links?.write(event?.id ?? null);
    if (event) {
      this.reveal(event.id, true);
      this.showCard();
    }
    this.options.chosen(event, announce);
    if (restoreFocus && previous) this.focusLater(previous);
    return true;
  }

  /** The page's choice (`select()`, `next()`, `previous()`): the same, with no DOM event. */
  select(id: string | null): void {
    this.options.select(id);
    this.links?.write(id);
  }

  /** Moves the selection one event along in date order (from either end when none is selected). */
  step(delta: 1 | -1, byReader: boolean): void {
    const events = this.events();
    const selected = this.options.selected();
    const index = selected === null ? -1 : this.indexOf(selected);
    const target = events[index === -1 ? (delta > 0 ? 0 : events.length - 1) : index + delta];
    if (!target) return;
    if (byReader) this.choose(target, false);
    else this.select(target.id);
  }

  /**
   * The toolbar's controls of reading: whether it can zoom in or out; its zoom (around the selected event,
   * else the middle of the view), fit and, in story mode, steps with the selected event's 1-based place
   * (0 for none) among the `count` events shown.
   */
  controls(story: boolean, count: number) {
    const selected = this.options.selected();
    return {
      canZoomIn: !this.zoom.deepest,
      canZoomOut: !this.zoom.fitted,
      story: story ? { index: selected === null ? 0 : this.indexOf(selected) + 1, count } : null,
      onZoom: (factor: number) => this.zoomAround(factor, selected),
      onFit: () => this.fit(true),
      onStep: (delta: 1 | -1) => this.step(delta, true),
    };
  }

  /** Shows `[start, end]` within the data (the page's `zoomTo`). */
  zoomTo(start: TimeInput | null, end: TimeInput | null): void {
    this.zoom.zoomTo([toTime(start, 'start'), toTime(end, 'end')]);
  }

  /** Shows the whole timeline: `byReader` for the toolbar's button. */
  fit(byReader: boolean): void {
    this.zoom.fit(byReader);
  }


  /**
   * Opens a cluster: zooms in on its events (they split as the view narrows) and moves focus to
   * its first one, which stays on its own even where the view cannot split them further.
   */
  readonly openCluster = (cluster: ClusterLayout): void => {
    const [a, b] = cluster.span;
    const view = this.zoom.view;
    const width = Math.max((b - a) * 1.3, view ? (view[1] - view[0]) / 16 : 0);
    const mid = (a + b) / 2;
    this.zoom.zoomTo([mid - width / 2, mid + width / 2], true);
    const id = this.events()[cluster.first]?.id;
    if (id) this.keyboard.focusEvent(id);
  };

  /** An event's place in date order, or -1. */
  indexOf(id: string): number {
    const timeline = this.options.timeline();
    return timeline ? (eventIndex(timeline).byId.get(id) ?? -1) : -1;
  }

  /**
   * Shows the nearest event before or after an empty window, and focuses it (the empty window's offers).
   */
  readonly goTo = (event: TimelineEvent): void => this.keyboard.focusEvent(event.id);

  /** Zooms around an event; with none, around the middle, unless that would show no event: then toward the nearest. */
  private zoomAround(factor: number, id: string | null): void {
    const event = id === null ? undefined : this.events()[this.indexOf(id)];
    const timeline = this.options.timeline();
    const view = this.zoom.view;
    const toward = !event && timeline && view ? zoomTowardEvents(eventIndex(timeline), view, factor) : null;
    if (toward) this.zoom.zoomTo(toward, true);
    else this.zoom.zoomBy(factor, event ? (event.start.time + (event.end ?? event.start).endTime) / 2 : null, true);
  }

  /** Announces a window once the reader pauses; a new change restarts the wait. */
  private settleLater(view: TimeWindow): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.options.settled(view);
    }, SETTLE_MS);
  }

  /** The deep links, made once the page opted in and their code is in; it registers itself with the host. */
  private get links(): DeepLinkController | null {
    const code = linkCode.value;
    if (!this.linkController && code && this.options.deepLink()) this.linkController = new code.DeepLinkController(this.host, { enabled: this.options.deepLink });
    return this.linkController;
  }

  private events(): readonly TimelineEvent[] {
    return this.options.timeline()?.events ?? [];
  }

  /** Pans (never zooms) so an event is in view. */
  private reveal(id: string, byReader: boolean): void {
    const event = this.events()[this.indexOf(id)];
    if (!event) return;
    this.zoom.reveal(event.start.time, (event.end ?? event.start).endTime, byReader);
    // Panning to an event the reader moved to or chose is not announced: focus or the choice says enough.
    if (this.settleTimer !== null) {
      clearTimeout(this.settleTimer);
      this.settleTimer = null;
    }
  }

  /** Brings an event into view and focuses it, once the update that draws it is done. */
  private focusEvent(id: string): void {
    this.reveal(id, true);
    this.host.requestUpdate();
    this.focusLater(id);
  }

  /**
   * Scrolls the page the least that brings the whole card the reader opened into view (its top, when
   * it is taller than the screen), smoothly unless the reader asked for reduced motion.
   */
  private showCard(): void {
    void this.host.updateComplete.then(() => {
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.options.card()?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduced ? 'instant' : 'smooth' });
    });
  }

  private focusLater(id: string): void {
    void this.host.updateComplete.then(() => this.options.eventButton(id)?.focus());
  }
}
