import type { ReactiveControllerHost } from 'lit';
import { NewsTimelineRangeChangeEvent } from '../events.js';
import { eventIndex } from '../layout/event-index.js';
import { drawnInOrder, type ClusterLayout, type TimelineLayout } from '../layout/layout.js';
import { toTime, type TimeInput, type TimeWindow } from '../layout/view.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { DeepLinkController } from './deep-link.js';
import { KeyboardController, type FocusUnit } from './keyboard.js';
import { ZoomController } from './zoom.js';

/** The element's side of reading: what it shows and how it reports a reader's choice. */
export interface ReadingHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  readonly listView: boolean;
  readonly deepLink: boolean;
}

export interface ReadingOptions {
  readonly timeline: () => Timeline | null;
  /** The drawn layout (`null` in list view and before the element is measured). */
  readonly layout: () => TimelineLayout | null;
  readonly eventButton: (id: string) => HTMLElement | null;
  readonly clusterButton: (key: string) => HTMLElement | null;
  readonly plot: () => HTMLElement | null;
  /** Whether the page is right-to-left, which mirrors the drawing and its gestures. */
  readonly rtl: () => boolean;
  /** The reader selected an event or closed its card: the element announces it and fires its event. */
  readonly onChoose: (event: TimelineEvent | null) => void;
}

/**
 * Reading the story: keeps the visible window, the selection, keyboard focus and the URL in step.
 * It owns the zoom, keyboard and deep-link controllers so the element only wires it once; reader
 * actions go through `choose`, page calls through `select`/`zoomTo`, and only the former fire events.
 */
export class ReadingController {
  readonly zoom: ZoomController;
  readonly keyboard: KeyboardController;
  private readonly links: DeepLinkController;

  constructor(private readonly host: ReadingHost, private readonly options: ReadingOptions) {
    this.zoom = new ZoomController(host, {
      target: options.plot,
      // Only the horizontal drawing zooms; the vertical layout and the list scroll with the page.
      enabled: () => !host.listView && options.layout() !== null,
      rtl: options.rtl,
      onUserChange: ([start, end]) => host.dispatchEvent(new NewsTimelineRangeChangeEvent(new Date(start), new Date(end))),
    });
    this.keyboard = new KeyboardController(host, {
      count: () => this.events().length,
      idAt: (i) => this.events()[i]?.id ?? null,
      indexOf: (id) => this.indexOf(id),
      units: () => {
        const layout = host.listView ? null : options.layout();
        return layout ? focusUnits(layout) : null;
      },
      focus: (id) => void this.focus(id),
      focusCluster: (key) => void host.updateComplete.then(() => options.clusterButton(key)?.focus()),
      reveal: (id) => this.reveal(id, true),
      close: () => Boolean(host.selected && this.choose(null, true)),
      zoom: (factor, at) => {
        if (at && 'cluster' in at) {
          const cluster = options.layout()?.clusters.find((c) => c.key === at.cluster);
          this.zoom.zoomBy(factor, cluster ? (cluster.span[0] + cluster.span[1]) / 2 : null, true);
        } else this.zoomAround(factor, at?.id ?? null);
      },
      fit: () => this.zoom.fit(true),
    });
    this.links = new DeepLinkController(host, { enabled: () => host.deepLink });
  }

  /**
   * Runs in the host's willUpdate, before layout: applies the initial window and a deep link, and
   * pans a newly selected event into view. Returns the window to lay out.
   */
  update(width: number, initial: { start: TimeInput | null; end: TimeInput | null } | null, selectedChanged: boolean): TimeWindow | null {
    const timeline = this.options.timeline();
    if (initial) this.zoom.zoomTo([toTime(initial.start, 'start'), toTime(initial.end, 'end')]);
    // The data's extent and whether it has times of day come from its index, built once per dataset.
    const index = timeline && eventIndex(timeline);
    this.zoom.update(index?.extent ?? null, index?.timesOfDay ?? false, width);
    const linked = timeline ? this.links.take() : null;
    if (linked && this.indexOf(linked) !== -1) this.host.selected = linked;
    if ((selectedChanged || linked) && this.host.selected) this.reveal(this.host.selected, false);
    return this.zoom.view;
  }

  /** A reader's choice (click, key, story step, close): selects, pans into view, writes the link, tells the host. */
  choose(event: TimelineEvent | null, restoreFocus: boolean): true {
    const previous = this.host.selected;
    this.host.selected = event?.id ?? null;
    this.links.write(this.host.selected);
    if (event) this.reveal(event.id, true);
    this.options.onChoose(event);
    if (restoreFocus && previous) void this.host.updateComplete.then(() => this.options.eventButton(previous)?.focus());
    return true;
  }

  /** The page's choice: the same, without events. */
  select(id: string | null): void {
    this.host.selected = id;
    this.links.write(id);
  }

  /** Moves the selection one event along in date order (from either end when none is selected). */
  step(delta: 1 | -1, user: boolean): void {
    const events = this.events();
    const index = this.host.selected === null ? -1 : this.indexOf(this.host.selected);
    const target = events[index === -1 ? (delta > 0 ? 0 : events.length - 1) : index + delta];
    if (!target) return;
    if (user) this.choose(target, false);
    else this.select(target.id);
  }

  /** The selected event's 1-based place in date order (0 for none), for the story controls. */
  position(): number {
    return this.host.selected === null ? 0 : this.indexOf(this.host.selected) + 1;
  }

  /** Zooms around an event (or the middle of the view), as a reader's action. */
  zoomAround(factor: number, id: string | null): void {
    const event = id === null ? undefined : this.events()[this.indexOf(id)];
    this.zoom.zoomBy(factor, event ? (event.start.time + (event.end ?? event.start).endTime) / 2 : null, true);
  }

  /**
   * Opens a cluster: zooms in on its events (they split as the view narrows) and moves focus to
   * its first one, which stays on its own even where the view cannot split them further.
   */
  openCluster(cluster: ClusterLayout): void {
    const [a, b] = cluster.span;
    const view = this.zoom.view;
    const width = Math.max((b - a) * 1.3, view ? (view[1] - view[0]) / 16 : 0);
    const mid = (a + b) / 2;
    this.zoom.zoomTo([mid - width / 2, mid + width / 2], true);
    const id = this.events()[cluster.first]?.id;
    if (id) this.keyboard.focusEvent(id);
  }

  /** An event's place in date order, or -1. */
  indexOf(id: string): number {
    const timeline = this.options.timeline();
    return timeline ? (eventIndex(timeline).byId.get(id) ?? -1) : -1;
  }

  private events(): readonly TimelineEvent[] {
    return this.options.timeline()?.events ?? [];
  }

  /** Pans (never zooms) so an event is in view. */
  private reveal(id: string, user: boolean): void {
    const event = this.events()[this.indexOf(id)];
    if (event) this.zoom.reveal(event.start.time, (event.end ?? event.start).endTime, user);
  }

  private async focus(id: string): Promise<void> {
    this.reveal(id, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.eventButton(id)?.focus();
  }
}

/** What is drawn, in date order, as the keyboard moves among it. */
export function focusUnits(layout: TimelineLayout): FocusUnit[] {
  return drawnInOrder(layout).map((u): FocusUnit => ('item' in u
    ? { id: u.item.id, lane: u.item.lane, x0: u.item.x0, x1: u.item.x1 }
    : { cluster: u.cluster.key, first: u.cluster.first, lane: u.cluster.lane, x0: u.cluster.x0, x1: u.cluster.x1 }));
}
