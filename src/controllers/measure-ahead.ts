import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventIndex } from '../layout/event-index.js';
import { aheadOf, measureLabels, type MeasureInput } from '../layout/lanes.js';
import type { TimeWindow } from '../layout/view.js';
import type { Timeline } from '../model/timeline.js';

/** What the drawing on screen was laid out with, and its view. */
export interface DrawnWith extends MeasureInput {
  readonly timeline: Timeline;
  readonly view: TimeWindow;
  /** What date lines are written with: new words (a new language) are new labels to size. */
  readonly words: unknown;
}

/** Where the browser has no idle callback: a slice of this many ms in a timer's task. */
const SLICE_MS = 5;

/** After a step, sizing ahead waits until the view has been still this long: a reader's pause, not a gesture's frames. */
const PAUSE_MS = 500;

/**
 * Sizes labels ahead while the page is idle. A zoom, and a pan into a stretch not seen yet, makes units
 * whose labels no layout has met: their date lines are formatted (`Intl`; ranges are the slowest) and
 * their shapes measured on the step's clock. This sizes, in idle slices, the labels of the events in the
 * view and a view's span either side (at most `MEASURED_AHEAD`, the nearest the middle) as its layout
 * would, so that those steps find them known: a timeline of up to 2,000 events is sized whole after its
 * first drawing. It starts when the page is next idle after a first drawing (new data, width, language or
 * text spacing), and after a pan or zoom only once the view has been still for `PAUSE_MS`, so that it never
 * takes the idle time between a gesture's frames. Nothing shows or changes; the layouts are the same, only sooner.
 */
export class MeasureAheadController implements ReactiveController {
  /** Which events' labels are sized, for the inputs they were sized with. */
  private sized: { readonly drawn: DrawnWith; readonly done: Uint8Array } | null = null;
  /** The events still to size: positions `[next, to)` of the last drawing, those not sized yet. */
  private todo: { readonly drawn: DrawnWith; next: number; readonly to: number } | null = null;
  /** The view last drawn, when it last moved, and whether the last drawing was a first one (sized at once). */
  private view: TimeWindow | null = null;
  private moved = 0;
  private first = false;
  private pending = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A drawing is on screen, laid out with `drawn`: what its next steps may meet is sized when the page is idle. */
  drawn(drawn: DrawnWith): void {
    const { view } = this;
    if (!this.sized || !sameInputs(this.sized.drawn, drawn)) {
      this.sized = { drawn, done: new Uint8Array(drawn.timeline.events.length) };
      this.first = true;
    } else if (view && (view[0] !== drawn.view[0] || view[1] !== drawn.view[1])) {
      // Another render of the same view (hover, focus, a selection) is not a step.
      this.moved = performance.now();
      this.first = false;
    }
    this.view = drawn.view;
    const [from, to] = aheadOf(eventIndex(drawn.timeline), drawn.view);
    const next = this.sized.done.indexOf(0, from);
    this.todo = next === -1 || next >= to ? null : { drawn, next, to };
    if (this.todo) this.schedule();
  }

  hostDisconnected(): void {
    this.todo = null;
    this.sized = null;
    this.view = null;
  }

  /** How long until sizing may start: none after a first drawing, else until the view has been still for `PAUSE_MS`. */
  private wait(): number {
    return this.first ? 0 : this.moved + PAUSE_MS - performance.now();
  }

  /** Asks for an idle slice, once `wait()` allows. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const wait = this.wait();
    if (wait > 0) {
      setTimeout(() => {
        this.pending = false;
        if (this.todo) this.schedule();
      }, wait);
    } else if ('requestIdleCallback' in globalThis) requestIdleCallback((deadline) => this.run(() => deadline.timeRemaining() > 1));
    else setTimeout(() => this.run(((end) => () => performance.now() < end)(performance.now() + SLICE_MS)));
  }

  /** Sizes what is left while `more()` allows, event by event, skipping those sized already; asks for another slice if it stops short. */
  private run(more: () => boolean): void {
    this.pending = false;
    // `drawn` replaces the pending work whenever it changes what is sized, so the two always share their inputs.
    const { todo, sized } = this;
    if (!todo || !sized) return;
    // The view moved since this slice was asked for: the reader is not pausing yet.
    if (this.wait() > 0) return this.schedule();
    for (; todo.next < todo.to && more(); todo.next++) {
      if (!sized.done[todo.next]) measureLabels(todo.drawn.timeline, todo.drawn, todo.next, todo.next + 1);
      sized.done[todo.next] = 1;
    }
    if (todo.next < todo.to) this.schedule();
    else this.todo = null;
  }
}

const sameInputs = (a: DrawnWith, b: DrawnWith) =>
  a.timeline === b.timeline && a.width === b.width && a.spacing === b.spacing && a.words === b.words;
