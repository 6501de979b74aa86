import { css } from 'lit';

/**
 * What a developing story adds: the "New" and "Updated" marks, the note that a refresh failed, the
 * dataset's "Updated" line, and an event's updates in its card. New events fade in where they belong,
 * only for readers who have not asked for reduced motion.
 */
export const updateStyles = css`
  .change {
    display: inline-block; margin-inline-end: 5px; padding: 0 4px; border-radius: 999px; vertical-align: 1px;
    font-size: 10px; line-height: 13px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase;
    color: var(--_background); background: var(--_accent); text-shadow: none;
  }
  .change.updated { color: var(--_accent); background: var(--_background); box-shadow: inset 0 0 0 1.5px var(--_accent); }
  .data-updated { margin: 4px 0 0; color: var(--_muted); font-size: 0.8125rem; }
  .stale { margin: 0 4px 8px; padding: 6px 10px; border-radius: 6px; background: var(--_surface); border-inline-start: 4px solid var(--_warning); font-size: 0.875rem; }
  .detail .status.changed { color: var(--_accent); }
  ol.updates { margin: 0; padding-inline-start: 18px; font-size: 0.875rem; }
  .print-list .sources-title { font-size: 0.8125rem; font-weight: 700; margin-top: 2px; }
  .update-date { font-weight: 700; }
  .updates .correction strong { color: var(--_error); }
  @media (prefers-reduced-motion: no-preference) {
    .event.is-new, .marker.arrived { animation: news-timeline-arrive 700ms ease-out; }
  }
  @keyframes news-timeline-arrive { from { opacity: 0; } }
  @media (forced-colors: active) {
    .change { border: 1px solid CanvasText; }
  }
`;
