import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs something once the reader has paused: each call restarts the wait, so a burst of keystrokes
 * ends in one run. Nothing runs after the host leaves the page.
 */
export class SettleController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: ReactiveControllerHost, private readonly wait: number) {
    host.addController(this);
  }

  later(run: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, this.wait);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
