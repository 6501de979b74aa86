import { html, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../strings.js';

/**
 * The optional download buttons (`export` attribute): SVG and PNG of the current view. `failure` says
 * why the last download could not be made, beside the buttons (a live region, so it is heard too).
 */
export function renderExportButtons(strings: TimelineStrings, onExport: (format: 'svg' | 'png') => void, failure: string): TemplateResult {
  return html`<div class="export" part="export" role="group" aria-label=${strings.exportLabel}>
    <button type="button" part="export-button" @click=${() => onExport('svg')}>${strings.exportSvg}</button>
    <button type="button" part="export-button" @click=${() => onExport('png')}>${strings.exportPng}</button>
    <p class="export-note" part="export-note" role="status">${failure}</p>
  </div>`;
}
