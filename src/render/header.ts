import { html, nothing, type TemplateResult } from 'lit';
import type { Timeline } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import { renderExportButtons } from './export-buttons.js';
import { renderLegend } from './legend.js';

/** A description that ends a sentence runs on into the summary with a space; any other, with a dot between. */
const ENDS_SENTENCE = /[.!?。！？…][\p{Pf}\p{Pe}"']*$/u;

export interface HeaderContext {
  /** Download buttons (`export`), shown when there are events. */
  readonly onExport: ((format: 'svg' | 'png') => void) | null;
  /** Why the last download failed, shown beside the buttons; empty when it did not. */
  readonly exportFailure: string;
  readonly onCaptionChange: (event: Event) => void;
  /** The toolbar, shown on the title's line where it fits. */
  readonly toolbar: TemplateResult | typeof nothing;
  /** Search, filters, the count and jump-to-date: on the title's line before the toolbar, and before it for the keyboard. */
  readonly finder?: TemplateResult | typeof nothing;
}

/**
 * The caption slot, the dataset's title, its description and the summary sentence as one paragraph,
 * the legend, and the controls. It takes as few lines as its content allows: the controls come last
 * for screen readers and the keyboard (the only things here that take focus), but sit at the end of
 * the title's line while there is room, or beside the paragraph when there is no title (see the
 * header's styles).
 */
export function renderHeader(timeline: Timeline, words: ReaderText, context: HeaderContext): TemplateResult {
  const { strings } = words;
  const { statuses, summary } = words.headerFor(timeline);
  const exportButtons = context.onExport && timeline.events.length ? renderExportButtons(strings, context.onExport, context.exportFailure) : nothing;
  return html`<div class="header ${timeline.title ? '' : 'untitled'}" part="header">
    <div class="caption" id="caption"><slot name="caption" @slotchange=${context.onCaptionChange}></slot></div>
    ${timeline.title ? html`<p class="title" part="title">${timeline.title}</p>` : nothing}
    <p class="about">${timeline.description
      ? html`<span class="description" part="description">${timeline.description}</span>${ENDS_SENTENCE.test(timeline.description) ? ' ' : ' · '}`
      : nothing}<span class="summary" id="summary" part="summary">${summary}</span></p>
    ${timeline.updated ? html`<p class="data-updated" part="updated">${words.updated(timeline.updated)}</p>` : nothing}
    ${renderLegend(statuses, timeline.asOf ? words.asOf(timeline.asOf) : null, strings, words.laneNames(timeline))}
    ${context.finder ?? nothing}
    ${context.toolbar === nothing && exportButtons === nothing ? nothing : html`<div class="controls">${context.toolbar}${exportButtons}</div>`}
  </div>`;
}
