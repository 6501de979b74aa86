import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline.js';

/** Text the card needs, already formatted for the reader's locale. */
export interface DetailContext {
  readonly dateText: string;
  /** "Expected, as reported on 25 May 2023", or empty for confirmed events. */
  readonly statusText: string;
  readonly formatSourceDate: (event: TimelineEvent, sourceIndex: number) => string;
  readonly closeLabel: string;
  readonly sourcesLabel: string;
  readonly onClose: () => void;
}

/**
 * The detail card of the selected event. Every dataset string is bound as text, and links use only
 * URLs that passed the URL policy at parse time; a source without one is shown as plain text.
 */
export function renderDetail(event: TimelineEvent, context: DetailContext): TemplateResult {
  const { media } = event;
  return html`<section class="detail" part="detail" id="detail" aria-labelledby="detail-title">
    <h2 id="detail-title">${event.title}</h2>
    <p class="date">${context.dateText}</p>
    ${context.statusText ? html`<p class="status">${context.statusText}</p>` : nothing}
    ${event.summary ? html`<p class="text">${event.summary}</p>` : nothing}
    ${media
      ? html`<figure>
          <img src=${media.url} alt=${media.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
          ${media.caption || media.credit
            ? html`<figcaption>${media.caption ?? ''}${media.caption && media.credit ? ' ' : ''}${media.credit ? html`<span class="credit">${media.credit}</span>` : nothing}</figcaption>`
            : nothing}
        </figure>`
      : nothing}
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
