import { html } from 'lit';

/**
 * A label's title and date line, hidden, whose size the reader's text spacing sets (see
 * controllers/text-spacing.ts). One line each, so their heights are the line heights.
 */
export const renderSpacingProbe = () =>
  html`<div class="spacing-probe" aria-hidden="true"><span class="label-title">Mm Mm</span><span class="label-date">Mm Mm</span></div>`;
