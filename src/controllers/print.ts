import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so a long timeline builds its printed list only then
 * (`beforeprint` for the browser's print, the `print` media query for emulation and print preview).
 */
export class PrintController implements ReactiveController {
  printing = false;
  private media: MediaQueryList | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
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
