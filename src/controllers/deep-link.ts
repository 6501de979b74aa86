import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHashKey, writeHashKey } from './hash-key.js';
import { readNarrowing, writeNarrowing, type Narrowing } from './narrowing-link.js';

export interface DeepLinkOptions {
  /** Whether the page opted in (the `deep-link` attribute). */
  readonly enabled: () => boolean;
}

/**
 * What the URL says about this timeline: `undefined` when there is nothing new to act on; an event
 * id to open; `null` when the reader went back (or forward) to a URL without this timeline's key.
 */
export type LinkedSelection = string | null | undefined;

/**
 * Links to a selected event: `#<element id>=<event id>`, with one key per timeline so several on a
 * page keep separate links (`#a=x&b=y`). Only that key is ever written: the rest of the fragment
 * (an anchor, a hash router's route) is the page's and stays as it was (./hash-key.ts). Writing uses
 * `history.replaceState`, so stepping through a story adds no history entries; a changed URL
 * (a pasted link, back/forward) is read again. A link that names other timelines only leaves this
 * one as it is, but going back to a URL without its key closes its card (told apart by the
 * Navigation API where the browser has it). Writing never throws: a browser that refuses (a
 * sandboxed frame, an odd URL) leaves the URL as it was and the selection goes on.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the URL should be read at the next update (on connect and when the URL changes). */
  private unread = true;
  /** On the first read, a URL without our key says nothing: the page's own `selected` stands. */
  private firstRead = true;
  /** Whether the last navigation went through history (back, forward) rather than to a new URL. */
  private traversed = false;
  private warned = false;
  /** The same for the search and filters, read at their own time (before the events they narrow). */
  private narrowingUnread = true;
  private narrowingFirstRead = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: DeepLinkOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unread = true;
    this.firstRead = true;
    this.narrowingUnread = true;
    this.narrowingFirstRead = true;
    window.addEventListener('hashchange', this.onNavigation);
    window.addEventListener('popstate', this.onNavigation);
    navigationApi()?.addEventListener('navigate', this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onNavigation);
    window.removeEventListener('popstate', this.onNavigation);
    navigationApi()?.removeEventListener('navigate', this.onNavigate);
  }

  /** What the URL names for this element, once per connection or navigation (see `LinkedSelection`). */
  take(): LinkedSelection {
    if (!this.unread || !this.options.enabled() || !this.host.id) return undefined;
    this.unread = false;
    const id = readHashKey(location.hash, this.host.id);
    const first = this.firstRead;
    this.firstRead = false;
    return id === null && (first || !this.traversed) ? undefined : id;
  }

  /**
   * The search and filters the URL names, once per connection or navigation: `undefined` for nothing
   * new; empty ones when the reader went back to a URL without them.
   */
  takeNarrowing(): Narrowing | undefined {
    if (!this.narrowingUnread || !this.options.enabled() || !this.host.id) return undefined;
    this.narrowingUnread = false;
    const first = this.narrowingFirstRead;
    this.narrowingFirstRead = false;
    const linked = readNarrowing(location.hash, this.host.id);
    if (linked) return linked;
    return first || !this.traversed ? undefined : { query: '', filter: {} };
  }

  /** The search and filters `takeNarrowing` would take, without taking them (`null` for none). */
  peekNarrowing(): Narrowing | null {
    return this.narrowingUnread && this.options.enabled() && this.host.id ? readNarrowing(location.hash, this.host.id) : null;
  }

  /** Puts the selection (or its absence) in the URL without adding a history entry. */
  write(eventId: string | null): void {
    const key = this.host.id;
    if (!this.options.enabled() || !key) return;
    if (readHashKey(location.hash, key) === eventId) return;
    this.replaceHash(writeHashKey(location.hash, key, eventId));
  }

  /** Puts the search and filters in the URL, next to the selection, without adding a history entry. */
  writeNarrowing(narrowing: Narrowing): void {
    const key = this.host.id;
    if (!this.options.enabled() || !key) return;
    const hash = writeNarrowing(location.hash, key, narrowing);
    if (hash !== location.hash.replace(/^#/, '')) this.replaceHash(hash);
  }

  private replaceHash(hash: string): void {
    // The whole URL, not the path: a path that starts with `//` would be read as another origin.
    const base = location.href.replace(/#[^]*$/, '');
    try {
      history.replaceState(history.state, '', hash ? `${base}#${hash}` : base);
    } catch (error) {
      if (!this.warned) console.warn('news-timeline: the selection could not be written to the URL', error);
      this.warned = true;
    }
  }

  private onNavigation = (): void => {
    this.unread = true;
    this.narrowingUnread = true;
    this.host.requestUpdate();
  };

  private onNavigate = (event: Event): void => {
    this.traversed = (event as Event & { navigationType?: string }).navigationType === 'traverse';
  };
}

/** The Navigation API (https://developer.mozilla.org/docs/Web/API/Navigation_API), where the browser has it. */
function navigationApi(): EventTarget | null {
  return (globalThis as { navigation?: EventTarget }).navigation ?? null;
}
