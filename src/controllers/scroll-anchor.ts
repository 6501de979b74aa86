import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NOT_HELD } from './not-held.js';

/** What the reader's eyes are on: an event's button (by id), or the element's bottom edge when it is above the screen. */
type Anchor = { readonly id: string | null; readonly at: number };

/**
 * Keeps what the reader is looking at where it is on screen while an update re-lays the timeline out:
 * events added above it, or a new lane, would otherwise push it down the page. The browser's own scroll
 * anchoring gives up when the rows around it change their margins, as they do here, so the element
 * measures before and scrolls the page by the difference after.
 */
export class ScrollAnchorController implements ReactiveController {
  private held: Anchor | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly root: () => ParentNode) {
    host.addController(this);
  }

  /** Notes the focused event if it is on screen, else the highest event on screen, else the element's end when it is above the screen. */
  hold(): void {
    const screen = innerHeight;
    const onScreen = (b: Element) => {
      const top = b.getBoundingClientRect().top;
      return top >= 0 && top < screen;
    };
    const buttons = [...this.root().querySelectorAll<HTMLElement>(`${NOT_HELD}button.event`)].filter(onScreen);
    const focused = buttons.find((b) => b.matches(':focus'));
    const top = (b: HTMLElement) => b.getBoundingClientRect().top;
    const first = focused ?? buttons.reduce<HTMLElement | null>((best, b) => (!best || top(b) < top(best) ? b : best), null);
    const bottom = this.host.getBoundingClientRect().bottom;
    this.held = first ? { id: first.dataset['id']!, at: top(first) } : bottom <= 0 ? { id: null, at: bottom } : null;
  }

  hostUpdated(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    const now = held.id === null
      ? this.host.getBoundingClientRect().bottom
      : this.root().querySelector(`${NOT_HELD}button.event[data-id="${CSS.escape(held.id)}"]`)?.getBoundingClientRect().top;
    if (now !== undefined && Math.abs(now - held.at) >= 1) window.scrollBy(0, now - held.at);
  }
}
