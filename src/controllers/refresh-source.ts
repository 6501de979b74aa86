import type { ReactiveControllerHost } from 'lit';
import type { TimelineParseResult } from '../model/timeline.js';
import { conditionalRequest } from './conditional.js';
import type { StaleData } from './data.js';
import { failureReason, type SourceController } from './source.js';

/**
 * Refreshing `src`, loaded on demand with the rest of developing stories (./developing.ts): fetching it
 * again, and what that means for the data shown (./data.ts), which a failure never replaces.
 */

/** What a refresh found: the same data, new data, a failure (the data loaded before stays), or nothing to refresh. */
export type RefreshOutcome = 'unchanged' | 'changed' | { readonly failed: string } | 'skipped';

/**
 * Asks for `src` again, conditionally on the validators the server sent (./conditional.ts). The same
 * text is `unchanged`, and a failure leaves the loaded data as it was.
 */
async function refreshSource(source: SourceController): Promise<RefreshOutcome> {
  const before = source.state;
  if (before.status === 'failed') {
    // A first load that failed is simply tried again.
    await source.request();
    const after = source.state;
    return after.status === 'loaded' ? 'changed' : after.status === 'failed' ? { failed: after.reason } : 'skipped';
  }
  if (before.status !== 'loaded') return 'skipped';
  const { src } = before;
  let fetched;
  try {
    fetched = await source.fetch(conditionalRequest(src, source.response?.headers));
  } catch (error) {
    return { failed: failureReason(error) };
  }
  if (!fetched) return 'skipped';
  if (fetched.response.status === 304) return 'unchanged';
  if (fetched.content === before.content) {
    // The same text, perhaps with new validators for the next time.
    source.response = fetched.response;
    return 'unchanged';
  }
  source.loaded(src, fetched);
  return 'changed';
}

/** What a refresh reads and sets of the element's data (./data.ts). */
export interface RefreshedData {
  readonly host: ReactiveControllerHost;
  readonly source: SourceController;
  readonly src: string | null;
  readonly result: TimelineParseResult | null;
  /** The `src` the data shown came from, and when its server last confirmed it. */
  readonly shown: { readonly src: string; at: number } | null;
  stale: StaleData | null;
  /** The text of a refresh that had no usable event, until one that has. */
  readonly rejected: unknown;
}

/** One refresh of `data`'s `src`: whether it worked (or had nothing to do). */
export async function refreshData(data: RefreshedData): Promise<boolean> {
  const outcome = await refreshSource(data.source);
  if (outcome === 'skipped') return true;
  if (outcome === 'changed') {
    await data.host.updateComplete;
    return data.stale === null;
  }
  if (outcome === 'unchanged') {
    // The same text as last time: current again, unless that text was itself unusable.
    if (data.rejected !== undefined) return false;
    if (data.shown) data.shown.at = Date.now();
    if (data.stale) {
      data.stale = null;
      data.host.requestUpdate();
    }
    return true;
  }
  // A first load that failed again keeps its error state; data already shown stays, with a note.
  if (data.result?.data.events.length) refreshFailed(data, outcome.failed);
  return false;
}

/** A refresh did not work: the data shown stays, with a note, and the console says why. */
export function refreshFailed(data: RefreshedData, reason: string): void {
  const since = data.shown?.at ?? Date.now();
  if (data.stale?.reason !== reason) console.warn(`news-timeline: could not update from ${data.src}: ${reason}; showing the data from ${new Date(since).toISOString()}`);
  data.stale = { reason, since };
  data.host.requestUpdate();
}
