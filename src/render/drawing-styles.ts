import { css } from 'lit';

/**
 * The horizontal drawing's boxes: the band above the lanes, room for the lanes and the axis flow
 * down the plot, and the SVG of the lanes and the list of events lie over them. With a `height` cap
 * the plot scrolls up and down between the band and the axis, which stay in view; the header and the
 * notices keep their size, and the card shares what is left with the lanes.
 */
export const drawingStyles = css`
  .plot.drawn > svg.chart { position: absolute; top: 0; left: 0; }
  .plot.drawn > svg.band, .plot.drawn > svg.axis-box {
    display: block; position: relative; z-index: 1; overflow: visible; font-family: var(--_font); direction: ltr; pointer-events: none;
  }
  .band-ground { fill: var(--_background); }

  .timeline.capped { display: flex; flex-direction: column; }
  .timeline.capped > * { flex: none; }
  /* The sizer reserves a scroll bar's room as the plot does, so the drawing is laid out for the width beside it. */
  .timeline.capped > .sizer { overflow-y: scroll; }
  .timeline.capped > .plot.drawn { flex: 0 1 auto; min-height: 96px; overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; }
  .timeline.capped > .plot.drawn > svg.band { position: sticky; top: 0; }
  .timeline.capped > .plot.drawn > svg.axis-box { position: sticky; bottom: 0; }
  .timeline.capped > .detail { flex: 0 1 auto; min-height: 6em; overflow: auto; }

  /* A graphic (see graphic.ts) fills its height: the lanes take what the title, legend and credit leave. */
  .timeline.graphic { display: flex; flex-direction: column; overflow: hidden; padding: 8px 0; }
  .timeline.graphic > * { flex: none; }
  .timeline.graphic > .plot.drawn { flex: 1 1 auto; min-height: 0; overflow: hidden; }
  .timeline.graphic > .plot.drawn > svg.band { position: sticky; top: 0; }
  .timeline.graphic > .plot.drawn > svg.axis-box { position: sticky; bottom: 0; }
  .credit { margin: 6px 4px 0; font-size: 0.75rem; color: var(--_muted); }
`;
