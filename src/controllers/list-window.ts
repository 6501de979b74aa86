import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PLAIN_ROW, type ListWindow } from '../render/event-list.js';

/** Lists longer than this keep only the rows near the screen in the DOM. */
export const WINDOW_ABOVE = 300;
/** Rows kept beyond each edge of the screen, so a scroll shows rows already there. */
const OVERSCAN = 24;

/**
 * Windows a long plain list against the page's scrolling: the rows on screen and a margin are in
 * the DOM, the rest are room the list keeps for them. It listens to scrolling anywhere (in capture,
 * since scroll events do not bubble) and measures at most once a frame.
 */
export class ListWindowController implements ReactiveController {
  private range: readonly [number, number] = [0, 2 * OVERSCAN];
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly list: () => HTMLElement | null) {
    host.addController(this);
  }

  /** The window to render for a list of `count` rows, keeping `pinned` rows wherever they are. */
  window(count: number, pinned: readonly number[]): ListWindow | null {
    return count > WINDOW_ABOVE ? { from: this.range[0], to: this.range[1], pinned } : null;
  }

  hostConnected(): void {
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    this.schedule();
  }

  private schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.measure);
  };

  private measure = (): void => {
    this.frame = 0;
    const list = this.list();
    if (!list?.classList.contains('virtual')) return;
    const top = list.getBoundingClientRect().top;
    const from = Math.max(0, Math.floor(-top / PLAIN_ROW) - OVERSCAN);
    const to = Math.max(from, Math.ceil((innerHeight - top) / PLAIN_ROW) + OVERSCAN);
    // Re-render only when the screen nears the window's edge, not on every scrolled pixel.
    const [a, b] = this.range;
    const covered = from >= a && to <= b && (from - a < OVERSCAN || a === 0) && b - to < OVERSCAN;
    if (covered) return;
    this.range = [from, to];
    this.host.requestUpdate();
  };
}
