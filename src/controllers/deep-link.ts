import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DeepLinkOptions {
  /** Whether the page opted in (the `deep-link` attribute). */
  readonly enabled: () => boolean;
}

/**
 * Links to a selected event: `#<element id>=<event id>`, with one key per timeline so several on a
 * page keep separate links (`#a=x&b=y`). Writing uses `history.replaceState`, so stepping through a
 * story adds no history entries; a changed hash (a pasted link, back/forward) is read again.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the URL should be read at the next update (on connect and when the hash changes). */
  private unread = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: DeepLinkOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unread = true;
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The event id the URL names for this element, once per page load or hash change; else `null`. */
  take(): string | null {
    if (!this.unread || !this.options.enabled() || !this.host.id) return null;
    this.unread = false;
    return hashParams().get(this.host.id);
  }

  /** Puts the selection (or its absence) in the URL without adding a history entry. */
  write(eventId: string | null): void {
    const key = this.host.id;
    if (!this.options.enabled() || !key) return;
    const params = hashParams();
    if ((params.get(key) ?? null) === eventId) return;
    if (eventId === null) params.delete(key);
    else params.set(key, eventId);
    const hash = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }

  private onHashChange = (): void => {
    this.unread = true;
    this.host.requestUpdate();
  };
}

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}
