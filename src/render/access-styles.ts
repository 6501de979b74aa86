import { css } from 'lit';

/**
 * What WCAG 2.2 AA asks beyond the rest of the sheets, kept together and last so it wins ties:
 * system colours for every marker in forced colours.
 */
export const accessStyles = css`
  @media (forced-colors: active) {
    /* Hollow markers (expected, cancelled) and strikes took their lane's colour: every status gets system colours. */
    .mark.confirmed, .mark.expected, .mark.disputed, .mark.cancelled, .strike { stroke: CanvasText; }
    .mark.expected, .mark.cancelled { fill: Canvas; }
  }
`;
