import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsEvent } from '../model/types.js';
import { readList } from './read-list.js';

/** Data a page wrote inside the element: JSON (or CSV) in a script, or a plain list of events. */
export type InlineData =
  | { readonly kind: 'script'; readonly text: string; readonly type: string }
  | { readonly kind: 'list'; readonly events: readonly NewsEvent[] };

/**
 * Reads the element's children as data: a `<script type="application/json">` (or `text/csv`) child,
 * else an `<ol>`/`<ul>` list written for readers without JavaScript. Watches for changes, so markup
 * that arrives after the element upgrades is read too. The children are never modified.
 */
export class InlineDataController implements ReactiveController {
  data: InlineData | null = null;
  private key = 'null';
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer = new MutationObserver(() => {
      if (this.read()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Reads the children again; returns whether the data changed (the host's own attributes do not count). */
  private read(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
    const list = script ? null : this.host.querySelector(':scope > ol, :scope > ul');
    const data: InlineData | null = script
      ? { kind: 'script', text: script.textContent ?? '', type: script.getAttribute('type') ?? '' }
      : list ? { kind: 'list', events: readList(list) } : null;
    const key = JSON.stringify(data);
    if (key === this.key) return false;
    this.key = key;
    this.data = data;
    return true;
  }
}
