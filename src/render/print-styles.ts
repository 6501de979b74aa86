import { css } from 'lit';

/**
 * Paper gets a dated list with sources, not a drawing cropped to the page width. Until the printed
 * list is in the DOM (see controllers/print.ts), a page prints as it shows on screen.
 */
export const printStyles = css`
  .print-list { display: none; }
  @media print {
    :host { color: #000; background: #fff; }
    .timeline:has(> .print-list) :is(.plot, .detail, .legend, .export, .issues, .toolbar) { display: none; }
    .print-list { display: block; margin: 8px 0 0; padding-inline-start: 0; list-style: none; }
    .print-list > li { break-inside: avoid; padding: 6px 0; border-top: 1px solid #999; }
    .print-list p { margin: 0; }
    .print-date { font-size: 0.8125rem; color: #333; }
    .print-title { font-weight: 700; }
    .print-summary, .print-list ul { font-size: 0.875rem; }
    .print-sources { font-size: 0.8125rem; font-weight: 700; margin-top: 2px; }
    .print-list ul { margin: 0; padding-inline-start: 18px; }
    .print-url { overflow-wrap: anywhere; color: #333; }
  }
`;
