import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { onDemand } from '../model/on-demand.js';

/**
 * The sanitiser (./sanitizer.ts and DOMPurify), kept out of the first download: it loads once per
 * page, only when a dataset has rich text. Until then (or if it cannot load) a card shows the event's
 * plain-text summary.
 */
export const richTextCode = onDemand(() => import('./sanitizer.js'), 'the rich-text sanitiser could not load; cards show plain text');

/**
 * The rich text of an event, sanitised, or its plain-text summary while the sanitiser loads. This is
 * the only module that puts content from a dataset into the DOM as elements, and only the nodes the
 * sanitiser returned.
 */
export function renderRichText(body: string, fallback: string): TemplateResult {
  const code = richTextCode.value;
  if (!code) return html`<p class="text">${fallback}</p>`;
  // A card is drawn again at every zoom step while it is open: its body is sanitised and inserted once.
  return html`<div class="text rich">${guard([body], () => code.sanitizeRichText(body))}</div>`;
}
