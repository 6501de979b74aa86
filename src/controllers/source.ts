import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { charsetOf, decodeText } from '../model/decode.js';
import type { TimelineFormat } from '../model/formats.js';

/** Where loading a `src` stands. */
export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'loaded'; readonly src: string; readonly content: string; readonly format: TimelineFormat | null }
  | { readonly status: 'failed'; readonly src: string; readonly reason: string };

/** A response to a fetch of `src`, and its text. */
export interface Fetched {
  readonly response: Response;
  readonly content: string;
}

/**
 * Fetches the text behind a `src` URL, and is what a refresh fetches it again with (./refresh-source.ts,
 * loaded on demand). A new `src` aborts the request still in flight, so a late answer for an old URL can
 * never replace the data of the current one.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  /** The response the data loaded came with: a refresh asks with its validators. */
  response: Response | null = null;
  private abort: AbortController | null = null;
  private src: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts loading `src` (or forgets the source when it is null). Does nothing if it is unchanged. */
  load(src: string | null): void {
    if (src === this.src && this.state.status !== 'idle') return;
    this.src = src;
    void this.request();
  }

  /** Loads `src` afresh (a refresh tries a first load that failed again with it); resolves once it ended. */
  async request(): Promise<void> {
    const src = this.src;
    this.state = src ? { status: 'loading', src } : { status: 'idle' };
    if (!src) return void this.abort?.abort();
    try {
      const fetched = await this.fetch();
      if (fetched) this.loaded(src, fetched);
    } catch (error) {
      this.set({ status: 'failed', src, reason: failureReason(error) });
    }
  }

  /** `src` loaded: its text and format, and the response it came with. */
  loaded(src: string, { response, content }: Fetched): void {
    this.set({ status: 'loaded', src, content, format: formatOfResponse(src, response.headers.get('content-type')) }, response);
  }

  /**
   * Fetches `src` with `init`, aborting the fetch still in flight: the response and its text (none after a
   * 304), or `null` if another fetch, a new `src` or a disconnect aborted it. Throws why it failed.
   */
  async fetch(init?: RequestInit): Promise<Fetched | null> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const response = await fetch(this.src!, { signal: abort.signal, credentials: 'same-origin', ...init });
      if (!response.ok && response.status !== 304) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
      // Bytes, not response.text(): that reads UTF-8 only, and a UTF-16 file would become noise.
      const content = decodeText(new Uint8Array(await response.arrayBuffer()), charsetOf(response.headers.get('content-type')));
      return abort.signal.aborted ? null : { response, content };
    } catch (error) {
      if (abort.signal.aborted) return null;
      throw error;
    } finally {
      if (this.abort === abort) this.abort = null;
    }
  }

  /** New data (or why there is none), and the response it came with. */
  set(state: SourceState, response: Response | null = null): void {
    this.state = state;
    this.response = response;
    this.host.requestUpdate();
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

/** Why a fetch failed, for the console and the notice. */
export const failureReason = (error: unknown): string => (error as Error).message || 'network error';

/** CSV when the server or the file name says so; otherwise the parser tells JSON from CSV by content. */
export function formatOfResponse(src: string, contentType: string | null): TimelineFormat | null {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(src) ? 'csv' : null;
}
