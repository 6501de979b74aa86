import { html, nothing, type TemplateResult } from 'lit';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { Marker } from '../plan/narrow.js';
import type { ReaderText } from '../plan/reader-text.js';
import { markMatches } from './marks.js';
import { renderMedia } from './media.js';
import { renderRichText } from './rich-text.js';
import { renderUpdates } from './updates.js';

/**
 * The detail card of the selected event. Every dataset string is bound as text, except rich text,
 * which goes through the sanitiser (see ./rich-text.ts). Links use only URLs that passed the URL policy
 * at parse time; a source without one is shown as plain text.
 */
export function renderDetail(event: TimelineEvent, timeline: Timeline, words: ReaderText, onClose: () => void, change: StatusChange | null = null, marks: Marker | null = null): TemplateResult {
  const { media } = event;
  const { strings } = words;
  // A status that changed while the reader watched says so, and when; otherwise, as reported.
  const status = change ? words.statusChanged(change) : words.status(event, timeline.asOf);
  return html`<section class="detail" part="detail" id="detail" aria-labelledby="detail-title">
    <h2 id="detail-title">${markMatches(event.title, marks)}</h2>
    <p class="date">${words.eventDate(event)}</p>
    ${status ? html`<p class="status ${change ? 'changed' : ''}">${status}</p>` : nothing}
    ${event.body !== null ? renderRichText(event.body, event.summary) : event.summary ? html`<p class="text">${markMatches(event.summary, marks)}</p>` : nothing}
    ${renderUpdates(event, words, 'updates-title')}
    ${media ? renderMedia(media, strings.openMedia) : nothing}
    ${event.sources.length
      ? html`<p class="sources-title" aria-hidden="true">${strings.sources}</p>
        <ul aria-label=${strings.sources}>
          ${event.sources.map((source, i) => {
            const name = source.title ?? source.publisher ?? source.url ?? '';
            const extra = [source.title ? source.publisher : null, words.sourceDate(event, i)].filter(Boolean).join(', ');
            return html`<li>
              ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${name}</a>` : html`<span>${name}</span>`}${extra ? `, ${extra}` : ''}
            </li>`;
          })}
        </ul>`
      : nothing}
    <button type="button" class="close" part="close" aria-label=${strings.close} @click=${onClose}>×</button>
  </section>`;
}
