import { html, type TemplateResult } from 'lit';
import { onDemand } from '../model/on-demand.js';

/**
 * Rich text for the element, which keeps the sanitiser out of its first download: ./rich-text.ts and
 * DOMPurify load together, once per page, only when a dataset has rich text. Until then (or if they
 * cannot load) a card shows the event's plain-text summary.
 */
export const richTextCode = onDemand(() => import('./rich-text.js'), 'the rich-text sanitiser could not load; cards show plain text');

/** The rich text of an event, or its plain-text summary while the sanitiser loads. */
export function renderRichText(body: string, fallback: string): TemplateResult {
  return richTextCode.value ? richTextCode.value.renderSanitizedRichText(body) : html`<p class="text">${fallback}</p>`;
}
