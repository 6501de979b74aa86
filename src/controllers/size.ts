import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's content width, kept current by a ResizeObserver. It sizes by container, not viewport,
 * and picks up an element that starts hidden (width 0) once it is shown.
 *
 * It watches a zero-height sizer inside the element rather than the host: the host's height changes
 * with every render, and observing it would make the browser report a "ResizeObserver loop" error.
 */
export class SizeController implements ReactiveController {
  /** Content width in px; 0 until measured (and on the server). */
  width = 0;
  /** Whether the width is known: measured when the element connected, or reported by the observer (a hidden element measures 0). */
  measured = false;
  private observer: ResizeObserver | null = null;
  private target: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly findTarget: () => Element | null) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.width || !this.measured) {
        this.measured = true;
        this.width = width;
        this.host.requestUpdate();
      }
    });
    // A moved element (removed, then appended elsewhere) has rendered already and may not update
    // again by itself: watch its sizer at once, and lay out for the new container.
    this.target = this.findTarget();
    if (this.target) {
      this.observer.observe(this.target);
      this.host.requestUpdate();
    } else if (!this.host.shadowRoot?.hasChildNodes()) {
      // A new element measures itself at once, so its first render is laid out for its width instead
      // of being a list that the next frame replaces: one render and one layout where there were two.
      // Not markup a server rendered, whose first render must be the server's, and not a hidden one (0).
      this.measureNow();
    }
  }

  private measureNow(): void {
    const style = getComputedStyle(this.host);
    const width = Math.floor(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0) {
      this.width = width;
      this.measured = true;
    }
  }

  /** The width of an element on no page, which cannot measure itself (see `NewsTimeline.prepare`). */
  assume(width: number): void {
    this.width = width;
    this.measured = true;
  }

  /** The sizer exists once the host has rendered: start watching it then. */
  hostUpdated(): void {
    const target = this.findTarget();
    if (target && target !== this.target && this.observer) {
      if (this.target) this.observer.unobserve(this.target);
      this.target = target;
      this.observer.observe(target);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.target = null;
  }
}
