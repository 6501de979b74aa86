import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Events up to which the printed list is in the DOM once the first render is on screen (beyond, it is built when printing starts). */
const PRINT_ALWAYS_BELOW = 500;

/**
 * Decides when the printed list is in the DOM: not in the first render (nothing to build or lay out
 * for paper until the first render is on screen), then, once the browser is idle, for timelines of up
 * to 500 events; and for any timeline while the page is being printed (`beforeprint` for the
 * browser's print, the `print` media query for emulation and print preview).
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
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    // Two frames: the first render has been painted; an idle moment between them would come too soon.
    requestAnimationFrame(() => requestAnimationFrame(() => idle(() => {
      this.idle = true;
      // Not for a timeline out of the page (a rehearsal of `prepare`, one taken out): it gets the list when it is back.
      if (this.host.isConnected) this.host.requestUpdate();
    })));
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
