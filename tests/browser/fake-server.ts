import { vi } from 'vitest';

/** Which validators the fake server sends with its data. */
export type Validators = 'etag' | 'last-modified' | 'none';

/**
 * A stand-in for a newsroom's server, behind `fetch`: one URL whose content changes when `publish` is
 * called, with an ETag or a Last-Modified date per version and a 304 for a conditional request that
 * names the current one; or, while `failure` is set, that failure instead. Every request's headers are kept.
 */
export class FakeServer {
  version = 1;
  body: string;
  /** Set to answer every request with this instead (an HTTP error, or a rejected promise for a network error). */
  failure: (() => Promise<Response>) | null = null;
  readonly requests: Headers[] = [];

  constructor(readonly path: string, data: unknown, readonly validators: Validators = 'etag') {
    this.body = JSON.stringify(data);
    const real = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return new URL(url, location.href).pathname === path ? this.answer(new Headers(init?.headers)) : real(input, init);
    });
  }

  /** A new version of the data (JSON, or text as it is). */
  publish(data: unknown): void {
    this.body = typeof data === 'string' ? data : JSON.stringify(data);
    this.version++;
  }

  private async answer(headers: Headers): Promise<Response> {
    this.requests.push(headers);
    if (this.failure) return this.failure();
    const etag = `"v${this.version}"`;
    const modified = new Date(Date.UTC(2023, 6, this.version, 12)).toUTCString();
    if (this.validators === 'etag' && headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
    if (this.validators === 'last-modified' && headers.get('if-modified-since') === modified) return new Response(null, { status: 304 });
    const sent: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.validators === 'etag') sent['ETag'] = etag;
    if (this.validators === 'last-modified') sent['Last-Modified'] = modified;
    return new Response(this.body, { status: 200, headers: sent });
  }
}

/** Makes the page look hidden or visible to the Page Visibility API, and says so as a browser would. */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Gives the page back its real visibility. */
export function restorePageVisibility(): void {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
}
