import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Height in px kept beyond each edge of the screen, so a scroll shows rows already there. */
const OVERSCAN = 1_000;

/**
 * Windows a long list against the page's scrolling: the rows on screen and a margin are in the
 * DOM, the rest are room the list keeps for them. It tracks the band of the list that meets the
 * screen, in px from the list's top; each list maps that band to its rows. It listens to scrolling
 * anywhere (in capture, since scroll events do not bubble) and measures at most once a frame.
 */
export class ListWindowController implements ReactiveController {
  /** The band of the list to render, in px from its top. */
  band: readonly [number, number] = [0, 2 * OVERSCAN];
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly list: () => HTMLElement | null) {
    host.addController(this);
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
    const [screenTop, screenBottom] = [-top, innerHeight - top];
    // Re-render only once the screen comes within half the margin of the band's edge, not on every scrolled pixel.
    const [a, b] = this.band;
    if (Math.max(0, screenTop - OVERSCAN / 2) >= a && Math.max(0, screenBottom + OVERSCAN / 2) <= b) return;
    this.band = [Math.max(0, screenTop - OVERSCAN), Math.max(0, screenBottom + OVERSCAN)];
    this.host.requestUpdate();
  };
}
