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
  const code = richTextCode.value;
  if (!code) return html`<p class="text">${fallback}</p>`;
  // A card is drawn again at every zoom step while it is open: its body is sanitised once.
  if (body !== last.body) last = { body, markup: code.sanitizeRichText(body) };
  return html`<div class="text rich">${unsafeHTML(last.markup)}</div>`;
}

let last: { readonly body: string | null; readonly markup: string } = { body: null, markup: '' };
