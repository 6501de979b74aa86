import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline.js';

/** Text the printed list needs, already formatted for the reader's locale. */
export interface PrintListContext {
  readonly events: readonly TimelineEvent[];
  /** The date line: date at its precision, and status when not plain confirmed. */
  readonly dateLine: (event: TimelineEvent) => string;
  /** The event's lane name, or empty. */
  readonly lane: (event: TimelineEvent) => string;
  readonly sourceDate: (event: TimelineEvent, index: number) => string;
  readonly sourcesLabel: string;
}

/**
 * What paper gets instead of the drawing: every event in date order with its date, summary and
 * sources, addresses written out because links cannot be clicked on paper. Hidden on screen (and
 * so from assistive technology, which has the event list); the print stylesheet shows it.
 */
export function renderPrintList(context: PrintListContext): TemplateResult {
  return html`<ol class="print-list" part="print-list">
    ${context.events.map((event) => {
      const lane = context.lane(event);
      return html`<li>
        <p class="print-date">${context.dateLine(event)}${lane ? ` · ${lane}` : ''}</p>
        <p class="print-title">${event.title}</p>
        ${event.summary ? html`<p class="print-summary">${event.summary}</p>` : nothing}
        ${event.sources.length
          ? html`<p class="print-sources">${context.sourcesLabel}:</p><ul>
              ${event.sources.map((s, i) => html`<li>${[s.title, s.publisher, context.sourceDate(event, i)].filter(Boolean).join(', ')}${s.url ? html` <span class="print-url">${s.url}</span>` : nothing}</li>`)}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ol>`;
}
