import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { charsetOf, decodeText } from '../model/decode.js';
import type { TimelineFormat } from '../model/formats.js';

/** Where loading a `src` stands. */
export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'loaded'; readonly src: string; readonly content: string; readonly format: TimelineFormat | null }
  | { readonly status: 'failed'; readonly src: string; readonly reason: string };

/** What a refresh found: the same data, new data, a failure (the data loaded before stays), or nothing to refresh. */
export type RefreshOutcome = 'unchanged' | 'changed' | { readonly failed: string } | 'skipped';

/** The validators a server sent with the data, for a conditional request. */
export interface Validators {
  readonly etag: string | null;
  readonly modified: string | null;
}

/**
 * Fetches the text behind a `src` URL, and fetches it again on `refresh()`. A new `src` aborts the
 * request still in flight, so a late answer for an old URL can never replace the data of the current one.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private abort: AbortController | null = null;
  private src: string | null = null;
  private validators: Validators = { etag: null, modified: null };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts loading `src` (or forgets the source when it is null). Does nothing if it is unchanged. */
  load(src: string | null): void {
    if (src === this.src && this.state.status !== 'idle') return;
    this.src = src;
    this.validators = { etag: null, modified: null };
    this.state = src ? { status: 'loading', src } : { status: 'idle' };
    void this.request(null);
  }

  /**
   * Asks for `src` again, with the request options `ask` makes from the validators the server sent (see
   * ./conditional.ts). The same text is `unchanged`, and a failure leaves the loaded data as it was.
   */
  refresh(ask: (src: string, validators: Validators) => RequestInit): Promise<RefreshOutcome> {
    const { status } = this.state;
    if (status === 'idle' || status === 'loading') return Promise.resolve('skipped');
    // A first load that failed is simply tried again.
    if (status === 'failed') this.state = { status: 'loading', src: this.src! };
    return this.request(status === 'loaded' ? ask : null);
  }

  private async request(ask: ((src: string, validators: Validators) => RequestInit) | null): Promise<RefreshOutcome> {
    this.abort?.abort();
    this.abort = null;
    const src = this.src;
    if (!src) return 'skipped';
    const abort = (this.abort = new AbortController());
    const before = this.state;
    let next: SourceState;
    let outcome: RefreshOutcome;
    try {
      const response = await fetch(src, { signal: abort.signal, credentials: 'same-origin', ...ask?.(src, this.validators) });
      if (abort.signal.aborted) return 'skipped';
      if (response.status === 304 && before.status === 'loaded') return 'unchanged';
      if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
      // Bytes, not response.text(): that reads UTF-8 only, and a UTF-16 file would become noise.
      const content = decodeText(new Uint8Array(await response.arrayBuffer()), charsetOf(response.headers.get('content-type')));
      if (abort.signal.aborted) return 'skipped';
      const headers = response.headers;
      this.validators = { etag: headers.get('etag'), modified: headers.get('last-modified') };
      if (before.status === 'loaded' && before.content === content) return 'unchanged';
      next = { status: 'loaded', src, content, format: formatOfResponse(src, headers.get('content-type')) };
      outcome = 'changed';
    } catch (error) {
      if (abort.signal.aborted) return 'skipped';
      const reason = (error as Error).message || 'network error';
      // Data already shown stays: the caller says the refresh failed.
      if (before.status === 'loaded') return { failed: reason };
      next = { status: 'failed', src, reason };
      outcome = { failed: reason };
    } finally {
      if (this.abort === abort) this.abort = null;
    }
    this.state = next;
    this.host.requestUpdate();
    return outcome;
  }

  hostConnected(): void {
    // Reconnecting after a disconnect mid-load starts the request again.
    if (this.src && this.state.status === 'idle') this.load(this.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }
}

/** CSV when the server or the file name says so; otherwise the parser tells JSON from CSV by content. */
export function formatOfResponse(src: string, contentType: string | null): TimelineFormat | null {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(src) ? 'csv' : null;
}
