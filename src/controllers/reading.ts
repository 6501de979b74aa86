import type { ReactiveControllerHost } from 'lit';
import { NewsTimelineRangeChangeEvent } from '../events.js';
import { timelineExtent } from '../layout/extent.js';
import type { TimelineLayout } from '../layout/layout.js';
import { hasTimesOfDay, toTime, type TimeInput, type TimeWindow } from '../layout/view.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { DeepLinkController } from './deep-link.js';
import { KeyboardController } from './keyboard.js';
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
  private measuredTimeline: Timeline | null = null;
  private extent: TimeWindow | null = null;
  private hasTimes = false;

  constructor(private readonly host: ReadingHost, private readonly options: ReadingOptions) {
    this.zoom = new ZoomController(host, {
      target: options.plot,
      // Only the horizontal drawing zooms; the vertical layout and the list scroll with the page.
      enabled: () => !host.listView && options.layout() !== null,
      rtl: options.rtl,
      onUserChange: ([start, end]) => host.dispatchEvent(new NewsTimelineRangeChangeEvent(new Date(start), new Date(end))),
    });
    this.keyboard = new KeyboardController(host, {
      ids: () => this.events().map((e) => e.id),
      layout: () => (host.listView ? null : options.layout()),
      focus: (id) => void this.focus(id),
      reveal: (id) => this.reveal(id, true),
      close: () => Boolean(host.selected && this.choose(null, true)),
      zoom: (factor, id) => this.zoomAround(factor, id),
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
    // The data's extent and whether it has times of day scan every event: once per dataset, not per update.
    if (timeline !== this.measuredTimeline) {
      this.measuredTimeline = timeline;
      this.extent = timeline && timelineExtent(timeline);
      this.hasTimes = timeline ? hasTimesOfDay(timeline) : false;
    }
    this.zoom.update(this.extent, this.hasTimes, width);
    const linked = timeline ? this.links.take() : null;
    if (linked && timeline?.events.some((e) => e.id === linked)) this.host.selected = linked;
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
    const index = events.findIndex((e) => e.id === this.host.selected);
    const target = events[index === -1 ? (delta > 0 ? 0 : events.length - 1) : index + delta];
    if (!target) return;
    if (user) this.choose(target, false);
    else this.select(target.id);
  }

  /** The selected event's 1-based place in date order (0 for none), for the story controls. */
  position(): number {
    return this.events().findIndex((e) => e.id === this.host.selected) + 1;
  }

  /** Zooms around an event (or the middle of the view), as a reader's action. */
  zoomAround(factor: number, id: string | null): void {
    const event = this.events().find((e) => e.id === id);
    this.zoom.zoomBy(factor, event ? (event.start.time + (event.end ?? event.start).endTime) / 2 : null, true);
  }

  private events(): readonly TimelineEvent[] {
    return this.options.timeline()?.events ?? [];
  }

  /** Pans (never zooms) so an event is in view. */
  private reveal(id: string, user: boolean): void {
    const event = this.events().find((e) => e.id === id);
    if (event) this.zoom.reveal(event.start.time, (event.end ?? event.start).endTime, user);
  }

  private async focus(id: string): Promise<void> {
    this.reveal(id, true);
    await this.host.updateComplete;
    this.options.eventButton(id)?.focus();
  }
}
