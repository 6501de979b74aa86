import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NOTHING_SHOWN, type HoverView } from '../layout/hover-view.js';
import type { TimelineLayout } from '../layout/layout.js';
import type { TabStop } from '../plan/tab-stop.js';
import { onDemand } from '../model/on-demand.js';

/** Where labels shown on hover go is worked out by code loaded the first time the pointer or focus comes near one. */
const placesCode = onDemand(() => import('../layout/hover-labels.js'), 'the code that places labels shown on hover or focus could not load; they show beside their markers, over what is there');

const LISTENED = ['pointerover', 'pointerout', 'focusin', 'focusout'] as const;

/** The event or cluster button `target` is. */
const unit = (target: EventTarget | null): HTMLElement | null => (target instanceof Element && target.matches('.event, .cluster') ? target as HTMLElement : null);

/** The event button `target` is in, when its label is tucked (shown only on hover or focus). */
const tuckedEvent = (target: EventTarget | null): HTMLElement | null => {
  const button = target instanceof Element ? target.closest<HTMLElement>('.event') : null;
  return button?.querySelector('.label.tucked') ? button : null;
};

/**
 * WCAG 1.4.13, content on hover or focus. A tucked label shows (by CSS) while its event is hovered or has
 * visible focus; this works out where, for that event only and when it shows (hover-labels.ts: a place
 * that covers no other event's marker or label), rather than for every tucked label on every pan step.
 * Escape dismisses what shows, wherever focus is on the page, without moving the pointer or focus; it
 * shows again once the pointer has left its event and focus has moved on. It listens on the window for
 * Escape, as the pointer may be over the drawing while focus is elsewhere.
 */
export class HoverLabelController implements ReactiveController {
  private hovered: string | null = null;
  /**
   * Whether focus is visible on an event or cluster (a label does not show for a click's focus). Which
   * one is the reader's tab stop, handed to `view`: a keyboard step moves both in the same update.
   */
  private focusVisible = false;
  private stop: string | null = null;
  private readonly dismissed = new Set<string>();
  private last: { layout: TimelineLayout; key: string; view: HoverView } | null = null;
  private root: ParentNode | null = null;
  /** Loading is asked for (when the page is next idle, or now). */
  private idle = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly renderRoot: () => ParentNode) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.renderRoot();
    for (const type of LISTENED) this.root.addEventListener(type, this.onMove);
    window.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    for (const type of LISTENED) this.root?.removeEventListener(type, this.onMove);
    window.removeEventListener('keydown', this.onKeydown);
    this.hovered = null;
    this.focusVisible = false;
    this.dismissed.clear();
  }

  /** The event whose label focus shows. */
  private get focused(): string | null {
    return this.focusVisible ? this.stop : null;
  }

  /** The labels shown on `layout` now, with the reader's tab stop `stop`: where they go and what they hide. */
  view(layout: TimelineLayout | null, stop: TabStop | null): HoverView {
    const id = stop && 'id' in stop ? stop.id : null;
    if (id !== this.stop) {
      this.stop = id;
      this.forget();
    }
    // A drawing with labels waiting for hover will need the code as soon as someone points: it loads when the page is idle.
    if (!placesCode.settled && !this.idle && layout?.items.some((item) => !item.labelVisible)) {
      this.idle = true;
      (globalThis.requestIdleCallback ?? setTimeout)(() => this.preload());
    }
    const shown = [...new Set([this.focused, this.hovered])].filter((id) => id !== null);
    if (!layout || shown.length === 0) return NOTHING_SHOWN;
    const places = placesCode.value;
    // Until the code is in (or if it cannot load), a shown label stays beside its marker; Escape still works.
    if (!places) {
      if (layout.items.some((item) => !item.labelVisible && shown.includes(item.id))) this.preload();
      return { ...NOTHING_SHOWN, dismissed: new Set(this.dismissed) };
    }
    const key = `${shown.join('\u0000')}\u0001${[...this.dismissed].join('\u0000')}`;
    if (this.last?.layout === layout && this.last.key === key) return this.last.view;
    const view = places.showLabels(layout, shown, new Set(this.dismissed));
    this.last = { layout, key, view };
    return view;
  }

  /** Loads the code that places labels (once: `load` shares the load under way); what shows is placed again when it is in. */
  private preload(): void {
    if (!placesCode.settled) void placesCode.load().then(() => this.host.requestUpdate());
  }

  /** The pointer or focus moved into or out of something in the timeline. */
  private readonly onMove = (event: Event): void => {
    const { type, target, relatedTarget } = event as PointerEvent | FocusEvent;
    if (type.startsWith('pointer')) return this.show(tuckedEvent(type === 'pointerover' ? target : relatedTarget)?.dataset['id'] ?? null);
    // Focus moving from one event to the next (a keyboard step) leaves it visible: no update of its own.
    // Nor does focus lost to nowhere (its event left the DOM, the page was clicked): CSS shows a label
    // only while its event has visible focus, and the next key or focus says where focus is.
    if (type === 'focusout' && (relatedTarget === null || unit(relatedTarget))) return;
    this.showFocus(type === 'focusin' && !!unit(target)?.matches(':focus-visible'));
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (this.hovered !== null || this.focused !== null)) {
      for (const id of [this.hovered, this.focused]) if (id !== null) this.dismissed.add(id);
      this.host.requestUpdate();
      return;
    }
    // Focus given by script after a click becomes visible with the next key, and its label shows then.
    this.showFocus(!!unit((this.root as ShadowRoot | null)?.activeElement ?? null)?.matches(':focus-visible'));
  };

  private show(hovered: string | null): void {
    if (hovered === this.hovered) return;
    this.hovered = hovered;
    this.forget();
    this.host.requestUpdate();
  }

  private showFocus(visible: boolean): void {
    if (visible === this.focusVisible) return;
    this.focusVisible = visible;
    this.forget();
    this.host.requestUpdate();
  }

  /** A dismissed label shows again once neither hover nor focus holds its event. */
  private forget(): void {
    for (const id of this.dismissed) if (id !== this.hovered && id !== this.focused) this.dismissed.delete(id);
  }
}
