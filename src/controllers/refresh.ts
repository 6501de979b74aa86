import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Refreshes are at least this many seconds apart, whatever the `refresh` attribute says. */
export const MIN_REFRESH_SECONDS = 5;
/** Without polling, a failed refresh is retried after this long at first. */
const RETRY_MS = 30_000;
/** Backoff never waits longer than this. */
const MAX_RETRY_MS = 15 * 60_000;

/**
 * How long to wait before retrying after `failures` failures in a row: `base`, then twice as long each
 * time, up to 15 minutes, spread by ±20 % (`random` in [0, 1)) so that the readers of a page whose server
 * came back do not all ask again at the same moment.
 */
export function retryDelay(failures: number, base: number, random: number): number {
  return Math.min(base * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS) * (0.8 + 0.4 * random);
}

/**
 * When to fetch `src` again: every `refresh` seconds while the page is visible, never while it is hidden
 * (Page Visibility), once at once when the reader comes back to the page (unless the last was moments
 * ago), and after a failure with backoff. `run` does one refresh and says whether it worked.
 */
export class RefreshController implements ReactiveController {
  private seconds: number | null = null;
  private failures = 0;
  /** When the next refresh is due, in ms, or `null` for none. */
  private due: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private connected = false;
  /** When the last refresh ended, in ms. */
  private last = 0;

  constructor(host: ReactiveControllerHost, private readonly run: () => Promise<boolean>) {
    host.addController(this);
  }

  /** The `refresh` attribute: seconds between refreshes; absent, zero or not a number is off. */
  poll(seconds: number | null): void {
    const next = seconds && seconds > 0 ? Math.max(seconds, MIN_REFRESH_SECONDS) : null;
    if (next === this.seconds) return;
    this.seconds = next;
    // Backoff keeps its own schedule until a refresh works again.
    if (!this.failures) this.schedule(next === null ? null : next * 1000);
  }

  /** Starts afresh (a new `src`): earlier failures no longer count. */
  reset(): void {
    this.failures = 0;
    this.schedule(this.seconds === null ? null : this.seconds * 1000);
  }

  /** Refreshes now; a refresh already running is joined rather than repeated. */
  now(): Promise<void> {
    this.running ??= this.run().then((ok) => {
      this.running = null;
      this.last = Date.now();
      this.failures = ok ? 0 : this.failures + 1;
      const base = this.seconds === null ? null : this.seconds * 1000;
      this.schedule(ok ? base : retryDelay(this.failures, base ?? RETRY_MS, Math.random()));
    });
    return this.running;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.arm();
  }

  /** Back on the page while polling: one refresh now, unless the last was moments ago or failures are backing off. */
  private readonly onVisibility = (): void => {
    const now = Date.now();
    if (!document.hidden && this.seconds !== null && !this.failures && now - this.last >= MIN_REFRESH_SECONDS * 1000) this.due = now;
    this.arm();
  };

  private schedule(delay: number | null): void {
    this.due = delay === null ? null : Date.now() + delay;
    this.arm();
  }

  /** Sets the timer for the refresh that is due, or clears it while the page is hidden or the element is out of it. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.due === null || !this.connected || document.hidden) return;
    this.timer = setTimeout(() => void this.now(), Math.max(0, this.due - Date.now()));
  }
}
