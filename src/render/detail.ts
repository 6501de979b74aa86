import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline.js';
import { renderMedia } from './lazy-media.js';
import { renderRichText } from './lazy-rich-text.js';

/** Text the card needs, already formatted for the reader's locale. */
export interface DetailContext {
  readonly dateText: string;
  /** "Expected, as reported on 25 May 2023", or empty for confirmed events. */
  readonly statusText: string;
  readonly formatSourceDate: (event: TimelineEvent, sourceIndex: number) => string;
  readonly closeLabel: string;
  readonly sourcesLabel: string;
  /** The label of a link to media that is not an image: "View media on youtube.com". */
  readonly mediaLabel: (host: string) => string;
  readonly onClose: () => void;
}

/**
 * The detail card of the selected event. Every dataset string is bound as text, except rich text,
 * which goes through the sanitiser in `rich-text.ts` (loaded on demand). Links use only URLs that passed the URL policy
 * at parse time; a source without one is shown as plain text.
 */
export function renderDetail(event: TimelineEvent, context: DetailContext): TemplateResult {
  const { media } = event;
  return html`<section class="detail" part="detail" id="detail" aria-labelledby="detail-title">
    <h2 id="detail-title">${event.title}</h2>
    <p class="date">${context.dateText}</p>
    ${context.statusText ? html`<p class="status">${context.statusText}</p>` : nothing}
    ${event.body !== null ? renderRichText(event.body, event.summary) : event.summary ? html`<p class="text">${event.summary}</p>` : nothing}
    ${media ? renderMedia(media, context.mediaLabel) : nothing}
    ${event.sources.length
      ? html`<p class="sources-title" id="sources-title">${context.sourcesLabel}</p>
        <ul aria-labelledby="sources-title">
          ${event.sources.map((source, i) => {
            const name = source.title ?? source.publisher ?? source.url ?? '';
            const extra = [source.title ? source.publisher : null, context.formatSourceDate(event, i)].filter(Boolean).join(', ');
            return html`<li>
              ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${name}</a>` : html`<span>${name}</span>`}${extra ? `, ${extra}` : ''}
            </li>`;
          })}
        </ul>`
      : nothing}
    <button type="button" class="close" part="close" aria-label=${context.closeLabel} @click=${context.onClose}>×</button>
  </section>`;
}
