import { html, type TemplateResult } from 'lit';
import type { Timeline } from '../model/timeline.js';
import type * as Sanitiser from './rich-text.js';

/**
 * Rich text for the element, which keeps the sanitiser out of its first download: ./rich-text.ts and
 * DOMPurify load together, once per page, only when a dataset has rich text. Until then (or if they
 * cannot load) a card shows the event's plain-text summary.
 */

let sanitiser: typeof Sanitiser | null = null;
let loading: Promise<void> | null = null;

/** Whether any event carries rich text, i.e. whether the sanitiser is needed at all. */
export function hasRichText(timeline: Timeline): boolean {
  return timeline.events.some((e) => e.body !== null);
}

/** Loads the sanitiser once; resolves when `renderRichText` can use it (or when it cannot load). */
export function loadRichText(): Promise<void> {
  loading ??= import('./rich-text.js').then((module) => void (sanitiser = module)).catch(() => {
    // The chunk could not load (offline, blocked): cards keep the plain-text summary; a later dataset retries.
    loading = null;
  });
  return loading;
}

/** The rich text of an event, or its plain-text summary while the sanitiser loads. */
export function renderRichText(body: string, fallback: string): TemplateResult {
  return sanitiser ? sanitiser.renderSanitizedRichText(body) : html`<p class="text">${fallback}</p>`;
}
