import { css } from 'lit';

/**
 * What WCAG 2.2 AA asks beyond the rest of the sheets, kept together and last so it wins ties:
 * list text that wraps at any width, and system colours for every marker in forced colours.
 */
export const accessStyles = css`
  /* Reflow (1.4.10): in list view titles and dates wrap inside the element, never push it sideways or get cut. */
  .events.plain .label { overflow: visible; }
  .events.plain .label-title, .events.plain .label-date { white-space: normal; overflow: visible; text-overflow: clip; }

  @media (forced-colors: active) {
    /* Hollow markers (expected, cancelled) and strikes took their lane's colour: every status gets system colours. */
    .mark.confirmed, .mark.expected, .mark.disputed, .mark.cancelled, .strike { stroke: CanvasText; }
    .mark.expected, .mark.cancelled { fill: Canvas; }
  }
`;
