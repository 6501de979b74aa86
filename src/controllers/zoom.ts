import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { TIMELINE_METRICS as M } from '../layout/metrics.js';
import { timeScale } from '../layout/scale.js';
import { clampView, minimumSpan, panView, revealView, sameView, zoomView, type TimeWindow, type ViewBounds } from '../layout/view.js';

/** A wheel gesture ends after this long without a wheel event (d3-zoom's own wheel delay). */
const WHEEL_IDLE_MS = 150;

const TOUCH_TYPES = ['touchstart', 'touchend', 'touchcancel'] as const;

/** A window whose edges may be left to the data. */
export type PartialWindow = readonly [number | null, number | null];

export interface ZoomOptions {
  /** The element that receives pointer gestures: the drawing and the events over it. */
  readonly target: () => HTMLElement | null;
  /** Whether gestures apply (not in list view). */
  readonly enabled: () => boolean;
  /** Whether the drawing is mirrored (right-to-left pages): time runs leftward, and so do gestures. */
  readonly rtl: () => boolean;
  /** A reader's action (gesture, key, button) ended on a new window. */
  readonly onUserChange: (view: TimeWindow) => void;
}

/**
 * The visible window and the gestures that change it. The window (in ms) is the state; d3-zoom's
 * transform is derived from it, so methods, keys and gestures all go through one value and the
 * layout simply re-runs with `view`. Gestures are filtered so the page keeps its scroll: only
 * ctrl/⌘+wheel and pinch zoom, drag and horizontal swipes pan, a plain vertical wheel scrolls the page.
 */
export class ZoomController implements ReactiveController {
  /** The visible window, or `null` when there is nothing to show. */
  view: TimeWindow | null = null;
  private bounds: ViewBounds | null = null;
  private width = 0;
  /** A window asked for before the data arrived (the `start`/`end` attributes, `zoomTo`); a missing edge is the data's. */
  private pending: PartialWindow | null = null;
  private node: HTMLElement | null = null;
  private syncing = false;
  private gestureStart: TimeWindow | null = null;
  private wheelTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * The events under touches that are still down, by touch. The layout keeps them drawn on their own,
   * so what the reader holds stays under the finger while a pinch clusters its neighbours.
   */
  private readonly touched = new Map<number, string>();
  /** The touched events' ids: a new array whenever they change, so the host can tell by identity. */
  touchedIds: readonly string[] = [];

  private readonly behavior = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (!this.options.enabled()) return false;
      if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
      if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
      return event.type.startsWith('touch');
    })
    .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 10)
    .constrain((t) => this.toTransform(clampView(this.fromTransform(t), this.bounds!)))
    .on('start', () => {
      if (!this.syncing) this.gestureStart = this.view;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (this.syncing || !this.bounds) return;
      this.view = clampView(this.fromTransform(event.transform), this.bounds);
      this.host.requestUpdate();
    })
    .on('end', () => {
      if (!this.syncing) this.endGesture();
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
    this.bounds = { extent, minSpan: minimumSpan(hasTimes, extent) };
    this.width = width;
    const wanted = newData ? resolve(this.pending, extent) : (this.view ?? extent);
    if (newData) this.pending = null;
    this.view = clampView(wanted, this.bounds);
    return this.view;
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
    this.attach();
  }

  /** The drawing exists once the host has rendered; d3-zoom then follows the window. */
  hostUpdated(): void {
    this.attach();
    if (!this.node || !this.bounds || !this.view) return;
    this.behavior.extent([[0, 0], [this.width, 1]]).scaleExtent([1, (this.bounds.extent[1] - this.bounds.extent[0]) / this.bounds.minSpan]);
    const t = this.toTransform(this.view);
    const current = (this.node as HTMLElement & { __zoom?: ZoomTransform }).__zoom;
    if (current && Math.abs(current.k - t.k) < 1e-9 && Math.abs(current.x - t.x) < 0.01) return;
    this.syncing = true;
    try {
      this.behavior.transform(select(this.node), t);
    } finally {
      this.syncing = false;
    }
  }

  hostDisconnected(): void {
    if (this.node) {
      select(this.node).on('.zoom', null);
      this.node.removeEventListener('wheel', this.onWheel);
      for (const type of TOUCH_TYPES) this.node.removeEventListener(type, this.onTouch, { capture: true });
    }
    this.node = null;
    if (this.wheelTimer !== null) clearTimeout(this.wheelTimer);
    this.wheelTimer = null;
    this.gestureStart = null;
  }

  private attach(): void {
    const node = this.options.target();
    if (!node || node === this.node || !this.host.isConnected) return;
    if (this.node) this.hostDisconnected();
    this.node = node;
    // d3-zoom keeps its state on the node: the host renders it once and never replaces it.
    select(node).call(this.behavior).on('dblclick.zoom', null);
    node.addEventListener('wheel', this.onWheel, { passive: false });
    for (const type of TOUCH_TYPES) node.addEventListener(type, this.onTouch, { passive: true, capture: true });
  }

  private set(view: TimeWindow, user: boolean): void {
    if (sameView(view, this.view)) return;
    this.view = view;
    this.host.requestUpdate();
    if (user) this.options.onUserChange(view);
  }

  private endGesture(): void {
    const start = this.gestureStart;
    this.gestureStart = null;
    if (start && this.view && !sameView(start, this.view)) this.options.onUserChange(this.view);
  }

  /** A horizontal swipe (trackpad, shift+wheel) pans; d3-zoom only zooms on a wheel. */
  private onWheel = (event: WheelEvent): void => {
    if (!this.bounds || !this.view || !this.options.enabled()) return;
    // At a zoom limit d3-zoom lets the event through, and the browser would zoom the whole page instead.
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      return;
    }
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
    event.preventDefault();
    if (this.wheelTimer === null) this.gestureStart = this.view;
    else clearTimeout(this.wheelTimer);
    const pixels = dx * (event.deltaMode === 1 ? 16 : event.deltaMode ? this.width : 1);
    const msPerPixel = (this.view[1] - this.view[0]) / Math.max(1, this.width - 2 * M.paddingX);
    const next = panView(this.view, pixels * msPerPixel * (this.options.rtl() ? -1 : 1), this.bounds);
    if (!sameView(next, this.view)) {
      this.view = next;
      this.host.requestUpdate();
    }
    this.wheelTimer = setTimeout(() => {
      this.wheelTimer = null;
      this.endGesture();
    }, WHEEL_IDLE_MS);
  };

  private readonly onTouch = (event: TouchEvent): void => {
    if (event.type === 'touchstart') {
      const path = event.composedPath();
      // A cluster under a finger still goes when a pinch splits it: the touch's later events then reach
      // only that removed node, so they are passed on from there to the drawing, where d3-zoom listens.
      const start = path[0];
      if (start instanceof Element && start !== this.node) for (const type of ['touchmove', ...TOUCH_TYPES.slice(1)]) start.addEventListener(type, this.forward);
      const unit = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['id'] !== undefined);
      if (unit) for (const touch of event.changedTouches) this.touched.set(touch.identifier, unit.dataset['id']!);
    } else if (event.touches.length === 0) this.touched.clear();
    else for (const touch of event.changedTouches) this.touched.delete(touch.identifier);
    const ids = [...new Set(this.touched.values())];
    if (ids.length === this.touchedIds.length && ids.every((id, i) => id === this.touchedIds[i])) return;
    this.touchedIds = ids;
    this.host.requestUpdate();
  };

  private readonly forward = (event: Event): void => {
    const { touches, targetTouches, changedTouches } = event as TouchEvent;
    const node = this.node;
    if (node && !node.contains(event.currentTarget as Node)) {
      node.dispatchEvent(new TouchEvent(event.type, { touches: [...touches], targetTouches: [...targetTouches], changedTouches: [...changedTouches], cancelable: true }));
    }
  };

  /** The base scale maps the whole data to the drawing; a transform k, x rescales it to the window. */
  private toTransform(view: TimeWindow): ZoomTransform {
    const x0 = this.baseScale();
    const k = (this.bounds!.extent[1] - this.bounds!.extent[0]) / Math.max(1, view[1] - view[0]);
    // The window's start sits at the range's start: the left edge, or the right one when mirrored.
    return zoomIdentity.translate(x0.range()[0] - k * x0(view[0]), 0).scale(k);
  }

  /** The whole data across the drawing, mirrored as the layout is on right-to-left pages. */
  private baseScale() {
    const [e0, e1] = this.bounds!.extent;
    const range: [number, number] = this.options.rtl() ? [this.width - M.paddingX, M.paddingX] : [M.paddingX, this.width - M.paddingX];
    return timeScale([e0, e1], range);
  }

  private fromTransform(t: ZoomTransform): TimeWindow {
    const x0 = this.baseScale();
    // The window is what the transformed scale shows across the drawing: invert both ends of the range.
    const [r0, r1] = x0.range();
    return [x0.invert(t.invertX(r0)), x0.invert(t.invertX(r1))];
  }
}

function resolve(view: PartialWindow | null, extent: TimeWindow): TimeWindow {
  const start = view?.[0] ?? extent[0];
  const end = view?.[1] ?? extent[1];
  return end > start ? [start, end] : extent;
}
