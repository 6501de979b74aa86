import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NOTHING_SHOWN, type HoverView } from '../layout/hover-view.js';
import type { TimelineLayout } from '../layout/layout.js';
import type { TabStop } from '../plan/tab-stop.js';
import { onDemand } from '../model/on-demand.js';
import type { HoverTracker } from './hover-tracker.js';

/** Which labels shown on hover or focus show now, and where they go, is worked out by code loaded when a drawing first tucks labels away. */
const trackerCode = onDemand(() => import('./hover-tracker.js'), 'the code that places labels shown on hover or focus could not load; they show beside their markers, over what is there');

const LEFT = ['pointerout', 'focusout'] as const;
const REACHED = ['pointerover', 'focusin'] as const;

/**
 * WCAG 1.4.13, content on hover or focus. A tucked label shows (by CSS) while its event is hovered or
 * has visible focus; where it goes is worked out by hover-tracker.ts, loaded once the drawing has tucked
 * labels, when the page is idle or when the reader first points or tabs into the timeline, whichever comes
 * first (until it is in, or if it cannot load, a label shows beside its marker). Escape
 * dismisses what shows, from the first render and wherever focus is on the page (it listens on the
 * window, as the pointer may be over the drawing while focus is elsewhere), without moving the pointer
 * or focus; it shows again once the pointer has left its event and focus has moved on.
 */
export class HoverLabelController implements ReactiveController {
  /** The render root, while the element is on the page. */
  private root: ParentNode | null = null;
  /** What follows hover and focus, once its code is in and the drawing has tucked labels. */
  private tracker: HoverTracker | null = null;
  /** Events whose shown label Escape dismissed. */
  private readonly dismissed = new Set<string>();
  /** The drawing has tucked labels: loading is asked for, when the page is next idle or the reader comes first. */
  private asked = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly renderRoot: () => ParentNode) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.renderRoot();
    for (const type of LEFT) this.root.addEventListener(type, this.onLeave);
    for (const type of REACHED) this.root.addEventListener(type, this.onReach);
    window.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    for (const type of LEFT) this.root?.removeEventListener(type, this.onLeave);
    for (const type of REACHED) this.root?.removeEventListener(type, this.onReach);
    window.removeEventListener('keydown', this.onKeydown);
    this.root = null;
    this.tracker?.end();
    this.tracker = null;
    this.dismissed.clear();
  }

  /** The labels shown on `layout` now, with the reader's tab stop `stop`: where they go and what they hide. */
  view(layout: TimelineLayout | null, stop: TabStop | null): HoverView {
    if (layout?.items.some((item) => !item.labelVisible)) {
      const code = trackerCode.value;
      if (code && this.root) this.tracker ??= new code.HoverTracker(this.root, () => this.host.requestUpdate());
      // The drawing has labels waiting for hover: the code will be needed as soon as someone points.
      if (!trackerCode.settled && !this.asked) {
        this.asked = true;
        (globalThis.requestIdleCallback ?? setTimeout)(this.load);
      }
    }
    if (!layout) return NOTHING_SHOWN;
    if (this.tracker) return this.tracker.view(layout, stop && 'id' in stop ? stop.id : null, this.dismissed);
    // Until the code is in (or if it cannot load), a shown label stays beside its marker; Escape still works.
    return this.dismissed.size ? { ...NOTHING_SHOWN, dismissed: this.dismissed } : NOTHING_SHOWN;
  }

  private readonly load = (): void => void trackerCode.load().then(() => this.host.requestUpdate());

  /**
   * The reader points at or tabs into the timeline before the page was idle (a busy page may not be for
   * seconds): the code is needed now.
   */
  private readonly onReach = (): void => {
    if (this.asked && !trackerCode.settled) this.load();
  };

  /**
   * Escape dismisses the tucked labels shown now, by hover or by visible focus. Any other key forgets
   * the dismissal of labels neither holds: focus lost to nowhere (a click on the page) has gone.
   */
  private readonly onKeydown = ({ key }: KeyboardEvent): void => {
    // Every key on the page comes here: most have nothing to do.
    if (key !== 'Escape' && this.dismissed.size === 0) return;
    const held = [...this.root!.querySelectorAll<HTMLElement>('.event:is(:hover, :focus-visible)')];
    if (key === 'Escape') {
      const shown = held.filter((button) => button.classList.contains('tucked'));
      for (const button of shown) this.dismissed.add(button.dataset['id']!);
      if (shown.length) this.host.requestUpdate();
      return;
    }
    for (const id of this.dismissed) {
      if (held.some((button) => button.dataset['id'] === id)) continue;
      this.dismissed.delete(id);
      this.host.requestUpdate();
    }
  };

  /** A dismissed label shows again once neither hover nor focus holds its event. */
  private readonly onLeave = (event: Event): void => {
    const { type, target, relatedTarget } = event as PointerEvent | FocusEvent;
    const button = (target as Element).closest<HTMLElement>('.event');
    // Focus lost to nowhere (the page was clicked, the window left) may come back: the next key tells.
    if (!button || button.contains(relatedTarget as Node | null) || (type === 'focusout' && !relatedTarget)) return;
    if (!button.matches(type === 'pointerout' ? ':focus-visible' : ':hover') && this.dismissed.delete(button.dataset['id']!)) this.host.requestUpdate();
  };
}
