import { TIMELINE_METRICS as M } from '../layout/metrics.js';
import { clampView, panView, pinchView, sameView, timeAt, zoomView, type PinchAnchor, type TimeWindow, type ViewBounds } from '../layout/view.js';

/** What gestures move: a window within its bounds, drawn across `width` px (mirrored when `rtl`). */
export interface GestureState {
  readonly view: TimeWindow;
  readonly bounds: ViewBounds;
  readonly width: number;
  readonly rtl: boolean;
}

/** The zoom controller's side of a gesture. */
export interface GestureSurface {
  /** The window now, or `null` when gestures do not apply (no data, list view, the vertical layout). */
  readonly state: () => GestureState | null;
  /** Shows the window a gesture has reached (on every input event of it). */
  readonly show: (view: TimeWindow) => void;
  /** A gesture starts, and ends: the controller reports a changed window once, at the end. */
  readonly begin: () => void;
  readonly end: () => void;
  /** The events under fingers still down, kept drawn on their own while a pinch clusters their neighbours. */
  readonly touched: (ids: readonly string[]) => void;
}

/** A wheel gesture ends after this long without a wheel event. */
const WHEEL_IDLE_MS = 150;
/** Browsers follow a tap with mouse events for it: within this long after a touch they are not a new gesture. */
const AFTER_TOUCH_MS = 500;
const TOUCH_LATER = ['touchmove', 'touchend', 'touchcancel'] as const;

/** Wheel deltas in px: lines are 16 px, pages a screen. */
const wheelPixels = (delta: number, mode: number, page: number) => delta * (mode === 1 ? 16 : mode ? page : 1);

interface Finger {
  x: number;
  y: number;
  /** The event under the finger when it came down, if any. */
  readonly id: string | null;
}

/**
 * The pointer gestures of the drawing, as plain DOM listeners: ctrl/⌘+wheel zooms around the
 * pointer, a horizontal wheel (trackpad swipe, shift+wheel) pans, a mouse drag pans, one finger pans
 * and two pinch. A plain vertical wheel and a vertical swipe (`touch-action: pan-y`) stay the page's.
 * The maths is in layout/view.ts; this only turns input into windows. A drag does not open the event
 * it started on: the click that ends it is swallowed.
 */
export class Gestures {
  private node: HTMLElement | null = null;
  /** The drawing's left edge in the viewport, read when a gesture starts. */
  private left = 0;
  /** A wheel gesture is under way; it ends `WHEEL_IDLE_MS` after the frame that drew its last step. */
  private wheeling = false;
  private wheelEnd: ReturnType<typeof setTimeout> | undefined;
  /** Counts wheel steps, so only the last one's frame starts the wait. */
  private wheelSteps = 0;
  private drag: { readonly x: number; readonly state: GestureState; moved: boolean } | null = null;
  private readonly fingers = new Map<number, Finger>();
  private anchor: { readonly state: GestureState; readonly points: PinchAnchor['points'] | null; readonly x: number } | null = null;
  /**
   * Touch events go to the node a finger came down on, even once a render has taken it out of the
   * drawing (a cluster that a pinch splits): such nodes are listened to as well, for as long as the touch.
   */
  private readonly touchTargets = new Set<EventTarget>();
  private lastTouch = -Infinity;
  private touchedIds: readonly string[] = [];

  constructor(private readonly surface: GestureSurface) {}

  attach(node: HTMLElement | null): void {
    if (node === this.node) return;
    this.detach();
    if (!node) return;
    this.node = node;
    node.addEventListener('wheel', this.onWheel, { passive: false });
    node.addEventListener('mousedown', this.onMouseDown);
    node.addEventListener('touchstart', this.onTouchStart, { passive: true });
    // Not passive: the drawing is a region whose moves the page waits for (horizontal ones pan it).
    for (const type of TOUCH_LATER) node.addEventListener(type, this.onTouchLater as EventListener, { passive: false });
  }

  detach(): void {
    const node = this.node;
    if (node) {
      node.removeEventListener('wheel', this.onWheel);
      node.removeEventListener('mousedown', this.onMouseDown);
      node.removeEventListener('touchstart', this.onTouchStart);
      for (const type of TOUCH_LATER) node.removeEventListener(type, this.onTouchLater as EventListener);
    }
    this.node = null;
    clearTimeout(this.wheelEnd);
    this.wheeling = false;
    this.wheelSteps++;
    this.stopDrag();
    this.stopTouches();
  }

  private readonly onWheel = (event: WheelEvent): void => {
    const state = this.surface.state();
    if (!state) return;
    let next: TimeWindow;
    if (event.ctrlKey || event.metaKey) {
      const factor = 2 ** (-wheelPixels(event.deltaY, event.deltaMode, 500) * 0.02);
      const x = event.clientX - this.node!.getBoundingClientRect().left;
      next = zoomView(state.view, factor, timeAt(state.view, x, state.width, M.paddingX, state.rtl), state.bounds);
      // At a zoom limit a new gesture is the browser's page zoom, which low-vision readers rely on; one
      // that reaches the limit midway stays the timeline's, so a pinch that overshoots never zooms the page.
      if (sameView(next, state.view) && !this.wheeling) return;
      event.preventDefault();
    } else {
      const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
      if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
      event.preventDefault();
      next = panView(state.view, this.msPer(state, wheelPixels(dx, event.deltaMode, state.width)), state.bounds);
    }
    if (!this.wheeling) this.surface.begin();
    this.wheeling = true;
    clearTimeout(this.wheelEnd);
    this.surface.show(next);
    // The wait starts once the step is drawn: on a slow device a render can outlast it, and the next
    // wheel event, queued behind the render, would otherwise find the gesture ended and start another.
    const step = ++this.wheelSteps;
    requestAnimationFrame(() => {
      if (step !== this.wheelSteps) return;
      this.wheelEnd = setTimeout(() => {
        this.wheeling = false;
        this.surface.end();
      }, WHEEL_IDLE_MS);
    });
  };

  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0 || event.ctrlKey || this.drag || performance.now() - this.lastTouch < AFTER_TOUCH_MS) return;
    const state = this.surface.state();
    if (!state) return;
    this.drag = { x: event.clientX, state, moved: false };
    addEventListener('mousemove', this.onMouseMove, true);
    addEventListener('mouseup', this.onMouseUp, true);
    this.surface.begin();
  };

  private readonly onMouseMove = (event: MouseEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    event.preventDefault();
    const dx = event.clientX - drag.x;
    drag.moved ||= dx !== 0;
    this.surface.show(panView(drag.state.view, this.msPer(drag.state, -dx), drag.state.bounds));
  };

  private readonly onMouseUp = (): void => {
    if (this.drag?.moved) {
      // The click this mouseup makes would open the event the drag started on.
      addEventListener('click', swallow, true);
      setTimeout(() => removeEventListener('click', swallow, true));
    }
    this.stopDrag();
  };

  private stopDrag(): void {
    removeEventListener('mousemove', this.onMouseMove, true);
    removeEventListener('mouseup', this.onMouseUp, true);
    if (!this.drag) return;
    this.drag = null;
    this.surface.end();
  }

  private readonly onTouchStart = (event: TouchEvent): void => {
    if (!this.fingers.size && !this.surface.state()) return;
    const path = event.composedPath();
    const target = path[0];
    if (target && target !== this.node && !this.touchTargets.has(target)) {
      this.touchTargets.add(target);
      for (const type of TOUCH_LATER) target.addEventListener(type, this.onTouchLater as EventListener, { passive: false });
    }
    const unit = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['id'] !== undefined);
    if (!this.fingers.size) {
      this.left = this.node!.getBoundingClientRect().left;
      this.surface.begin();
    }
    for (const t of event.changedTouches) this.fingers.set(t.identifier, { x: t.clientX - this.left, y: t.clientY, id: unit?.dataset['id'] ?? null });
    this.reanchor();
  };

  private readonly onTouchLater = (event: TouchEvent): void => {
    // Heard where it bubbles to, the drawing, unless its target has left the drawing.
    if (event.currentTarget !== this.node && this.node?.contains(event.currentTarget as Node)) return;
    if (event.type === 'touchmove') {
      // Once the browser scrolls the page (a vertical swipe), its moves cannot be cancelled: they are the page's.
      if (!event.cancelable || !this.anchor) return;
      event.preventDefault();
      for (const t of event.changedTouches) {
        const finger = this.fingers.get(t.identifier);
        if (finger) [finger.x, finger.y] = [t.clientX - this.left, t.clientY];
      }
      this.surface.show(this.touchView(this.anchor));
      return;
    }
    if (!this.fingers.size) return;
    for (const t of event.changedTouches) this.fingers.delete(t.identifier);
    if (this.fingers.size) this.reanchor();
    else {
      this.lastTouch = performance.now();
      this.stopTouches();
      this.surface.end();
    }
  };

  /** The fingers down now, and the window now: later moves are measured from here. */
  private reanchor(): void {
    const state = this.surface.state();
    const [a, b] = this.fingers.values();
    this.anchor = state && a ? { state, x: a.x, points: b ? [[a.x, a.y], [b.x, b.y]] : null } : null;
    const ids = [...new Set([...this.fingers.values()].map((f) => f.id).filter((id): id is string => id !== null))];
    if (ids.length !== this.touchedIds.length || ids.some((id, i) => id !== this.touchedIds[i])) this.surface.touched((this.touchedIds = ids));
  }

  private touchView({ state, x, points }: NonNullable<Gestures['anchor']>): TimeWindow {
    const [a, b] = this.fingers.values();
    if (points && b) return clampView(pinchView({ points, view: state.view }, [[a!.x, a!.y], [b.x, b.y]], state.width, M.paddingX, state.rtl), state.bounds);
    return panView(state.view, this.msPer(state, x - a!.x), state.bounds);
  }

  private stopTouches(): void {
    for (const target of this.touchTargets) for (const type of TOUCH_LATER) target.removeEventListener(type, this.onTouchLater as EventListener);
    this.touchTargets.clear();
    this.fingers.clear();
    this.anchor = null;
    if (this.touchedIds.length) this.surface.touched((this.touchedIds = []));
  }

  /** The time `pixels` of movement stand for (positive: later), in the drawing's direction. */
  private msPer(state: GestureState, pixels: number): number {
    const span = state.view[1] - state.view[0];
    return (pixels * span) / Math.max(1, state.width - 2 * M.paddingX) * (state.rtl ? -1 : 1);
  }
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
