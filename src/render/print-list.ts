import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Timeline } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import { renderUpdates } from './updates.js';

/**
 * What paper gets instead of the drawing: every event in date order with its date, summary, updates
 * and sources, addresses written out because links cannot be clicked on paper. Hidden on screen (and
 * so from assistive technology, which has the event list); the print stylesheet shows it. Kept
 * in the DOM for short timelines, it is built again only when the data or the language change, not on
 * every pan or zoom step.
 */
export function renderPrintList(timeline: Timeline, words: ReaderText) {
  return guard([timeline, words], () => html`<ol class="print-list" part="print-list">
    ${timeline.events.map((event) => {
      const lane = words.laneLabel(event, timeline);
      return html`<li>
        <p class="print-date">${words.dateLine(event)}${lane ? ` · ${lane}` : ''}</p>
        <p class="print-title">${event.title}</p>
        ${event.summary ? html`<p class="print-summary">${event.summary}</p>` : nothing}
        ${renderUpdates(event, words)}
        ${event.sources.length
          ? html`<p class="print-sources">${words.strings.sources}:</p><ul>
              ${event.sources.map((s, i) => html`<li>${[s.title, s.publisher, words.sourceDate(event, i)].filter(Boolean).join(', ')}${s.url ? html` <span class="print-url">${s.url}</span>` : nothing}</li>`)}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ol>`);
}
