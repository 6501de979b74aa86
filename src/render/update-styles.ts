import { css } from 'lit';

/**
 * What any dataset may carry about how its story moved on, drawn from the first render: the dataset's
 * "Updated" line, and an event's updates in its card and on paper. The marks and notes of a story that
 * updates while it is read come with their code (controllers/developing-styles.ts).
 */
export const updateStyles = css`
  .data-updated { margin: 4px 0 0; color: var(--_muted); font-size: 0.8125rem; }
  ol.updates { margin: 0; padding-inline-start: 18px; font-size: 0.875rem; }
  .print-list .sources-title { font-size: 0.8125rem; font-weight: 700; margin-top: 2px; }
  .update-date { font-weight: 700; }
  .updates .correction strong { color: var(--_error); }
`;
