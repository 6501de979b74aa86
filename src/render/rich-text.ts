import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { onDemand } from '../model/on-demand.js';

/**
 * The sanitiser (./sanitizer.ts and DOMPurify), kept out of the first download: it loads once per
 * page, only when a dataset has rich text. Until then (or if it cannot load) a card shows the event's
 * plain-text summary.
 */
export const richTextCode = onDemand(() => import('./sanitizer.js'), 'the rich-text sanitiser could not load; cards show plain text');

/**
 * The rich text of an event, sanitised, or its plain-text summary while the sanitiser loads. This is
 * the only module that puts dataset strings into the DOM as markup, and only what the sanitiser returned.
 */
export function renderRichText(body: string, fallback: string): TemplateResult {
  return richTextCode.value ? html`<div class="text rich">${unsafeHTML(richTextCode.value.sanitizeRichText(body))}</div>` : html`<p class="text">${fallback}</p>`;
}
