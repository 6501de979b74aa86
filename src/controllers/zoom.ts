import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, minimumSpan, revealView, sameView, zoomView, type TimeWindow, type ViewBounds } from '../layout/view.js';
import { Gestures } from './gestures.js';

/** A window whose edges may be left to the data. */
export type PartialWindow = readonly [number | null, number | null];

export interface ZoomOptions {
  /** The element that receives pointer gestures: the drawing and the events over it. */
  readonly target: () => HTMLElement | null;
  /** Whether gestures apply (the horizontal drawing, not list view). */
  readonly enabled: () => boolean;
  /** Whether the drawing is mirrored (right-to-left pages): time runs leftward, and so do gestures. */
  readonly rtl: () => boolean;
  /** A reader's action (gesture, key, button) ended on a new window. */
  readonly onUserChange: (view: TimeWindow) => void;
}

/**
 * The visible window and the gestures that change it. The window (in ms) is the state: methods, keys
 * and gestures all set it, and the layout simply re-runs with it. Gestures are filtered so the page
 * keeps its scroll (see ./gestures.ts).
 */
export class ZoomController implements ReactiveController {
  /** The visible window, or `null` when there is nothing to show. */
  view: TimeWindow | null = null;
  /** The events under fingers still down: a new array whenever they change, so the host can tell by identity. */
  touchedIds: readonly string[] = [];
  private bounds: ViewBounds | null = null;
  private width = 0;
  /** A window asked for before the data arrived (the `start`/`end` attributes, `zoomTo`); a missing edge is the data's. */
  private pending: PartialWindow | null = null;
  private gestureStart: TimeWindow | null = null;
  /** The next data is a new version of the story shown: its window stays. */
  private keeping = false;
  private readonly gestures = new Gestures({
    state: () => (this.options.enabled() && this.bounds && this.view ? { view: this.view, bounds: this.bounds, width: this.width, rtl: this.options.rtl() } : null),
    show: (view) => this.show(view),
    begin: () => void (this.gestureStart ??= this.view),
    end: () => {
      const start = this.gestureStart;
      this.gestureStart = null;
      if (start && this.view && !sameView(start, this.view)) this.options.onUserChange(this.view);
    },
    touched: (ids) => {
      this.touchedIds = ids;
      this.host.requestUpdate();
    },
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ZoomOptions) {
    host.addController(this);
  }

  /** Called while the host updates, with the data's extent and the width: returns the window to lay out. */
  update(extent: TimeWindow | null, hasTimes: boolean, width: number): TimeWindow | null {
    if (!extent) {
      this.bounds = null;
      this.view = null;
      return null;
    }
    const newData = !this.bounds || !sameView(this.bounds.extent, extent);
    // An update keeps the reader's window; one who saw the whole story still does, as it grows.
    const kept = newData && this.keeping && this.view ? (this.fitted ? extent : this.view) : null;
    this.keeping = false;
    this.bounds = { extent, minSpan: minimumSpan(hasTimes, extent) };
    this.width = width;
    const wanted = kept ?? (newData ? resolve(this.pending, extent) : (this.view ?? extent));
    if (newData) this.pending = null;
    this.view = clampView(wanted, this.bounds);
    return this.view;
  }

  /** The data about to arrive is a new version of the story shown: keep the window rather than start afresh. */
  keep(): void {
    this.keeping = true;
  }

  /** Whether the whole timeline is in view (nothing to zoom out to). */
  get fitted(): boolean {
    return !this.bounds || sameView(this.view, this.bounds.extent);
  }

  /** Whether the view is at its narrowest (nothing to zoom in to). */
  get deepest(): boolean {
    return !this.bounds || !this.view || this.view[1] - this.view[0] <= this.bounds.minSpan + 1;
  }

  /** Shows `[start, end]`, within the data's bounds. `user` when a reader asked for it. */
  zoomTo(view: PartialWindow, user = false): void {
    if (!this.bounds) {
      this.pending = view;
      return;
    }
    this.set(clampView(resolve(view, this.bounds.extent), this.bounds), user);
  }

  fit(user = false): void {
    if (this.bounds) this.set(this.bounds.extent, user);
  }

  /** Zooms in (`factor` > 1) or out around `time`, which keeps its place on screen. */
  zoomBy(factor: number, time: number | null, user = false): void {
    if (!this.bounds || !this.view) return;
    this.set(zoomView(this.view, factor, time ?? (this.view[0] + this.view[1]) / 2, this.bounds), user);
  }

  /** Pans just enough to bring `[start, end]` (an event) into view. */
  reveal(start: number, end: number, user = false): void {
    if (!this.bounds || !this.view) return;
    this.set(revealView(this.view, start, end, this.bounds), user);
  }

  hostConnected(): void {
    // A moved element still has its drawing: listen to it again at once.
    this.gestures.attach(this.options.target());
  }

  /** The drawing exists once the host has rendered. */
  hostUpdated(): void {
    if (this.host.isConnected) this.gestures.attach(this.options.target());
  }

  hostDisconnected(): void {
    this.gestures.detach();
    this.gestureStart = null;
  }

  private show(view: TimeWindow): void {
    if (sameView(view, this.view)) return;
    this.view = view;
    this.host.requestUpdate();
  }

  private set(view: TimeWindow, user: boolean): void {
    if (sameView(view, this.view)) return;
    this.show(view);
    if (user) this.options.onUserChange(view);
  }
}

function resolve(view: PartialWindow | null, extent: TimeWindow): TimeWindow {
  const start = view?.[0] ?? extent[0];
  const end = view?.[1] ?? extent[1];
  return end > start ? [start, end] : extent;
}
