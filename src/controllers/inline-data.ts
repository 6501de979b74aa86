import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsEvent } from '../model/types.js';
import { onDemand } from '../model/on-demand.js';

/**
 * Data a page wrote inside the element: JSON (or CSV) in a script, or a plain list of events
 * (`events` is `null` while the code that reads lists loads).
 */
export type InlineData =
  | { readonly kind: 'script'; readonly text: string; readonly type: string }
  | { readonly kind: 'list'; readonly events: readonly NewsEvent[] | null };

/** The list reader: only pages that write a list need it, so it loads on demand (its own chunk in the bundle). */
const listReader = onDemand(() => import('./read-list.js'), 'the code that reads the list of events could not load');

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
    const reader = listReader.value;
    if (list && !reader) {
      // Meanwhile the element shows the list itself, as readers without JavaScript see it.
      // If it cannot load, the list simply stays as it is.
      void listReader.load().then(() => {
        if (listReader.value && this.observer && this.read()) this.host.requestUpdate();
      });
    }
    const data: InlineData | null = script
      ? { kind: 'script', text: script.textContent ?? '', type: script.getAttribute('type') ?? '' }
      : list ? { kind: 'list', events: reader ? reader.readList(list) : null } : null;
    const key = JSON.stringify(data);
    if (key === this.key) return false;
    this.key = key;
    this.data = data;
    return true;
  }
}
