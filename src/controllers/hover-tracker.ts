import { showLabels } from '../layout/hover-labels.js';
import type { HoverView } from '../layout/hover-view.js';
import type { TimelineLayout } from '../layout/layout.js';

const LISTENED = ['pointerover', 'pointerout', 'focusin', 'focusout'] as const;

/** The event or cluster button `target` is. */
const unit = (target: EventTarget | null): HTMLElement | null => (target instanceof Element && target.matches('.event, .cluster') ? target as HTMLElement : null);

/** The event button `target` is in, when its label is tucked (shown only on hover or focus; the button says so, as its label may not be made yet). */
const tuckedEvent = (target: EventTarget | null): HTMLElement | null => {
  const button = target instanceof Element ? target.closest<HTMLElement>('.event') : null;
  return button?.classList.contains('tucked') ? button : null;
};

/**
 * Which tucked labels show now, and where: loaded on demand (with hover-labels.ts, which places them)
 * once a drawing has tucked labels; controllers/hover-label.ts creates one per element, with its render
 * root and a way to ask it to render again. A tucked label shows (by CSS) while its event is hovered or
 * has visible focus; this follows which events those are, and works out where their labels go for them
 * only, when they show (a place that covers no other event's marker or label), rather than for every
 * tucked label on every pan step. With it in, only those labels are made (`HoverView.followed`).
 */
export class HoverTracker {
  private hovered: string | null;
  /**
   * Whether focus is visible on an event or cluster (a label does not show for a click's focus). Which
   * one is the reader's tab stop, handed to `view`: a keyboard step moves both in the same update.
   */
  private focusVisible: boolean;
  private last: { layout: TimelineLayout; key: string; view: HoverView } | null = null;

  constructor(private readonly root: ParentNode, private readonly update: () => void) {
    for (const type of LISTENED) root.addEventListener(type, this.onMove);
    window.addEventListener('keydown', this.onKeydown);
    // The pointer or focus may have come before this code did.
    this.hovered = tuckedEvent(root.querySelector('.event:hover'))?.dataset['id'] ?? null;
    this.focusVisible = this.focusIsVisible();
  }

  /** Stops following the pointer and focus: the element left the page. */
  end(): void {
    for (const type of LISTENED) this.root.removeEventListener(type, this.onMove);
    window.removeEventListener('keydown', this.onKeydown);
  }

  /**
   * The labels shown on `layout` now, where the reader's tab stop is the event `stop` and Escape has
   * dismissed those of `dismissed`: where they go and what they hide.
   */
  view(layout: TimelineLayout, stop: string | null, dismissed: ReadonlySet<string>): HoverView {
    const shown = [...new Set([this.focusVisible ? stop : null, this.hovered])].filter((id) => id !== null);
    const key = `${shown.join('\u0000')}\u0001${[...dismissed].join('\u0000')}`;
    if (this.last?.layout !== layout || this.last.key !== key) this.last = { layout, key, view: { ...showLabels(layout, shown, dismissed), followed: true } };
    return this.last.view;
  }

  /** The pointer or focus moved into or out of something in the timeline. */
  private readonly onMove = (event: Event): void => {
    const { type, target, relatedTarget } = event as PointerEvent | FocusEvent;
    if (type.startsWith('pointer')) {
      const hovered = tuckedEvent(type === 'pointerover' ? target : relatedTarget)?.dataset['id'] ?? null;
      if (hovered !== this.hovered) {
        this.hovered = hovered;
        this.update();
      }
      return;
    }
    // Focus moving from one event to the next (a keyboard step) leaves it visible: no update of its own.
    // Nor does focus lost to nowhere (its event left the DOM, the page was clicked): CSS shows a label
    // only while its event has visible focus, and the next key or focus says where focus is.
    if (type === 'focusout' && (relatedTarget === null || unit(relatedTarget))) return;
    this.showFocus(type === 'focusin' && !!unit(target)?.matches(':focus-visible'));
  };

  /** Focus given by script after a click becomes visible with the next key, and its label shows then. */
  private readonly onKeydown = (): void => this.showFocus(this.focusIsVisible());

  private focusIsVisible(): boolean {
    return !!unit((this.root as ShadowRoot).activeElement)?.matches(':focus-visible');
  }

  private showFocus(visible: boolean): void {
    if (visible === this.focusVisible) return;
    this.focusVisible = visible;
    this.update();
  }
}
