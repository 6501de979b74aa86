import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { charsetOf, decodeText } from '../model/decode.js';
import type { TimelineFormat } from '../model/formats.js';

/** Where loading a `src` stands. */
export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'loaded'; readonly src: string; readonly content: string; readonly format: TimelineFormat | null }
  | { readonly status: 'failed'; readonly src: string; readonly reason: string };

/**
 * Fetches the text behind a `src` URL. A new `src` aborts the request still in flight, so a late
 * answer for an old URL can never replace the data of the current one.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private abort: AbortController | null = null;
  private src: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts loading `src` (or forgets the source when it is null). Does nothing if it is unchanged. */
  load(src: string | null): void {
    if (src === this.src && this.state.status !== 'idle') return;
    this.abort?.abort();
    this.abort = null;
    this.src = src;
    if (!src) {
      this.state = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', src };
    this.fetchText(src, abort.signal).then((state) => {
      if (abort.signal.aborted) return;
      this.state = state;
      this.host.requestUpdate();
    });
  }

  private async fetchText(src: string, signal: AbortSignal): Promise<SourceState> {
    try {
      const response = await fetch(src, { signal, credentials: 'same-origin' });
      if (!response.ok) return { status: 'failed', src, reason: `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
      const type = response.headers.get('content-type');
      // Bytes, not response.text(): that reads UTF-8 only, and a UTF-16 file would become noise.
      const content = decodeText(new Uint8Array(await response.arrayBuffer()), charsetOf(type));
      return { status: 'loaded', src, content, format: formatOfResponse(src, type) };
    } catch (error) {
      return { status: 'failed', src, reason: (error as Error).message || 'network error' };
    }
  }

  hostConnected(): void {
    // Reconnecting after a disconnect mid-load starts the request again.
    if (this.src && this.state.status === 'idle') this.load(this.src);
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading') {
      this.abort?.abort();
      this.abort = null;
      this.state = { status: 'idle' };
    }
  }
}

/** CSV when the server or the file name says so; otherwise the parser tells JSON from CSV by content. */
export function formatOfResponse(src: string, contentType: string | null): TimelineFormat | null {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(src) ? 'csv' : null;
}
