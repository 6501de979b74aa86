import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Events up to which the printed list is in the DOM once the first render is on screen (beyond, it is built when printing starts). */
const PRINT_ALWAYS_BELOW = 500;
/**
 * At the latest this long after the first render is painted, a page that is never idle (busy scripts,
 * animations, a loaded machine) builds a short timeline's printed list anyway: a browser that snapshots
 * the page for printing before `beforeprint`'s update is drawn still finds it.
 */
const IDLE_AT_LATEST_MS = 2_000;

/**
 * Decides when the printed list is in the DOM: not in the first render (nothing to build or lay out
 * for paper until the first render is on screen), then, once the browser is idle (or 2 s on, at the
 * latest), for timelines of up to 500 events; and for any timeline while the page is being printed
 * (`beforeprint` for the browser's print, the `print` media query for emulation and print preview).
 */
export class PrintController implements ReactiveController {
  private printing = false;
  private idle = false;
  private waiting = false;
  private media: MediaQueryList | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether a timeline of `count` events renders its printed list now. */
  wanted(count: number): boolean {
    return count > 0 && (this.printing || (this.idle && count <= PRINT_ALWAYS_BELOW));
  }

  /** The first render is done: once it is painted and the browser is idle, short timelines get their list. */
  rendered(): void {
    if (this.idle || this.waiting) return;
    this.waiting = true;
    const ready = () => {
      this.idle = true;
      // Not for a timeline out of the page (a rehearsal of `prepare`, one taken out): it gets the list when it is back.
      if (this.host.isConnected) this.host.requestUpdate();
    };
    // Two frames: the first render has been painted; an idle moment between them would come too soon.
    requestAnimationFrame(() => requestAnimationFrame(() => 'requestIdleCallback' in globalThis
      ? requestIdleCallback(ready, { timeout: IDLE_AT_LATEST_MS })
      : setTimeout(ready, 200)));
  }

  hostConnected(): void {
    if (this.idle) this.host.requestUpdate();
    this.media = globalThis.matchMedia?.('print') ?? null;
    this.media?.addEventListener('change', this.onChange);
    addEventListener('beforeprint', this.onBefore);
    addEventListener('afterprint', this.onChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    removeEventListener('beforeprint', this.onBefore);
    removeEventListener('afterprint', this.onChange);
  }

  private onBefore = (): void => this.set(true);
  private onChange = (): void => this.set(this.media?.matches ?? false);

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
