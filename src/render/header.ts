import { html, nothing, type TemplateResult } from 'lit';
import type { Timeline } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import { renderExportButtons } from './export-buttons.js';
import { renderLegend } from './legend.js';

export interface HeaderContext {
  /** Download buttons (`export`), shown when there are events. */
  readonly onExport: ((format: 'svg' | 'png') => void) | null;
  readonly onCaptionChange: (event: Event) => void;
}

/** The caption slot, the dataset's title and description, the summary sentence, the legend and the download buttons. */
export function renderHeader(timeline: Timeline, words: ReaderText, context: HeaderContext): TemplateResult {
  const { strings } = words;
  const { statuses, summary } = words.headerFor(timeline);
  return html`<div class="header" part="header">
    <div class="caption" id="caption"><slot name="caption" @slotchange=${context.onCaptionChange}></slot></div>
    ${timeline.title ? html`<p class="title" part="title">${timeline.title}</p>` : nothing}
    ${timeline.description ? html`<p class="description" part="description">${timeline.description}</p>` : nothing}
    ${timeline.updated ? html`<p class="data-updated" part="updated">${words.updated(timeline.updated)}</p>` : nothing}
    <p class="summary" id="summary" part="summary">${summary}</p>
    ${renderLegend(statuses, timeline.asOf ? words.asOf(timeline.asOf) : null, strings, words.laneNames(timeline))}
    ${context.onExport && timeline.events.length ? renderExportButtons(strings, context.onExport) : nothing}
  </div>`;
}
