import { css } from 'lit';

/**
 * Public tokens `--news-timeline-*` map to private `--_*` on :host, so the rest of the sheet reads
 * one name and a page can theme the element without reaching into it. Colours use light-dark()
 * and follow the page's colour scheme.
 */
export const timelineStyles = css`
  :host {
    --_font: var(--news-timeline-font, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', system-ui, sans-serif);
    --_text: var(--news-timeline-text-color, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--news-timeline-muted-color, light-dark(#4f5964, #b3bcc6));
    --_background: var(--news-timeline-background, light-dark(#ffffff, #15181c));
    --_surface: var(--news-timeline-surface, light-dark(#f4f6f8, #20252b));
    --_line: var(--news-timeline-line-color, light-dark(#7b8591, #8a949f));
    --_grid: var(--news-timeline-grid-color, light-dark(#e3e7eb, #2c3239));
    --_accent: var(--news-timeline-accent-color, light-dark(#0b57d0, #8ab4ff));
    --_era: var(--news-timeline-era-color, light-dark(#eef1f5, #1c2127));
    --_lane-0: light-dark(#2563c9, #7fb0ff);
    --_lane-1: light-dark(#c0390b, #ff9466);
    --_lane-2: light-dark(#0f7a3d, #4ed88a);
    --_lane-3: light-dark(#8b2fc9, #cf9bff);
    --_lane-4: light-dark(#a3165a, #ff86bd);
    --_lane-5: light-dark(#0b6f86, #3fd0ee);
    --_lane-6: light-dark(#8a5a00, #f0c24b);
    --_lane-7: light-dark(#4a6a0c, #a9dc52);

    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.4;
    /* The drawing fits the width it is given: never a horizontal page scroll. */
    max-width: 100%;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }

  .sizer { height: 0; width: 100%; }
  .header { padding: 0 4px 8px; }
  .title { font-size: 1.125rem; font-weight: 700; margin: 0; line-height: 1.3; }
  .description, .summary { margin: 4px 0 0; color: var(--_muted); font-size: 0.875rem; }

  .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0 0; padding: 0; list-style: none;
    font-size: 0.8125rem; color: var(--_muted); }
  .legend li { display: inline-flex; align-items: center; gap: 6px; }
  .legend svg { flex: none; overflow: visible; }

  .plot { position: relative; }
  /* Layout mirrors the drawing itself on right-to-left pages, so its coordinates stay physical. */
  svg.chart { display: block; overflow: visible; font-family: var(--_font); direction: ltr; }
  .grid { stroke: var(--_grid); stroke-width: 1; }
  .era rect { fill: var(--_era); }
  .era text, .asof text, .tick text { fill: var(--_muted); font-size: 12px; }
  .lane-label { fill: currentColor; font-size: 12px; font-weight: 700; letter-spacing: 0.02em; text-transform: uppercase; }
  .lane-rule { stroke: var(--_grid); }
  .axis-line, .tick line { stroke: var(--_line); }
  .asof line { stroke: var(--_text); stroke-dasharray: 4 3; stroke-width: 1.25; }
  .asof text { fill: var(--_text); font-weight: 600; }

  .lane-0 { color: var(--_lane-0); } .lane-1 { color: var(--_lane-1); } .lane-2 { color: var(--_lane-2); }
  .lane-3 { color: var(--_lane-3); } .lane-4 { color: var(--_lane-4); } .lane-5 { color: var(--_lane-5); }
  .lane-6 { color: var(--_lane-6); } .lane-7 { color: var(--_lane-7); }
  .mark { fill: currentColor; stroke: var(--_background); stroke-width: 2; }
  .mark.expected, .mark.cancelled { fill: var(--_background); stroke: currentColor; stroke-dasharray: 3 2; }
  .mark.cancelled { stroke-dasharray: none; }
  .strike { stroke: currentColor; stroke-width: 2; }
  .halo { fill: none; stroke: var(--_accent); stroke-width: 2.5; }

  .events { list-style: none; margin: 0; padding: 0; position: absolute; inset: 0; pointer-events: none; }
  .event {
    position: absolute; pointer-events: auto; margin: 0; padding: 0; border: 0; border-radius: 6px;
    background: transparent; color: inherit; font: inherit; text-align: start; cursor: pointer;
  }
  .event:hover { background: color-mix(in srgb, var(--_accent) 8%, transparent); }
  .event:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; z-index: 3; }
  .event[aria-expanded='true'] { z-index: 2; }
  .events.plain { position: static; pointer-events: auto; display: grid; gap: 4px; }
  .events.plain .event, .events.plain .label { position: static; width: 100%; }
  .events.plain .event { padding: 4px 8px; min-height: 24px; }
  /* A halo in the background colour keeps labels readable where grid or "as reported" lines cross them. */
  .label { text-shadow: 0 0 2px var(--_background), 0 0 2px var(--_background), 0 0 3px var(--_background); }
  .label { position: absolute; display: flex; flex-direction: column; justify-content: center; overflow: hidden; }
  .label-title, .label-date { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .label-title { font-size: 14px; font-weight: 700; line-height: 18px; }
  .label-title.wrap { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; white-space: normal; overflow-wrap: break-word; }
  .label-date { font-size: 12px; line-height: 16px; color: var(--_muted); }
  .label.right { text-align: left; }
  .label.left { text-align: right; }
  /* A label that did not fit waits for hover or focus, then shows above its neighbours. */
  .label.tucked { opacity: 0; pointer-events: none; }
  .event:hover .label.tucked, .event:focus-visible .label.tucked {
    opacity: 1; z-index: 4; background: var(--_background); border-radius: 4px; padding: 0 4px;
    box-shadow: 0 1px 6px color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .event:hover, .event:focus-visible { z-index: 3; }

  .detail {
    margin: 12px 0 0; padding: 16px; border-radius: 10px; background: var(--_surface);
    border-inline-start: 4px solid var(--_accent); position: relative;
  }
  .detail h3 { margin: 0 40px 4px 0; font-size: 1.0625rem; line-height: 1.3; }
  .detail .date { margin: 0; color: var(--_muted); font-size: 0.875rem; }
  .detail .status { margin: 6px 0 0; font-size: 0.8125rem; font-weight: 700; }
  .detail .text { margin: 10px 0 0; font-size: 0.9375rem; }
  .detail figure { margin: 12px 0 0; }
  .detail img { max-width: 100%; height: auto; border-radius: 6px; display: block; }
  .detail figcaption { font-size: 0.8125rem; color: var(--_muted); margin-top: 4px; }
  .detail .sources-title { margin: 12px 0 4px; font-size: 0.8125rem; font-weight: 700; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.03em; }
  .detail ul { margin: 0; padding-inline-start: 18px; font-size: 0.875rem; }
  .detail li + li { margin-top: 2px; }
  .detail a { color: var(--_accent); }
  .detail a:focus-visible, .close:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .close {
    position: absolute; top: 8px; inset-inline-end: 8px; width: 32px; height: 32px; border-radius: 50%;
    border: 1px solid var(--_line); background: var(--_background); color: var(--_text); font-size: 18px; line-height: 1; cursor: pointer;
  }

  .state, .issues { margin: 8px 0; padding: 12px 14px; border-radius: 8px; background: var(--_surface); font-size: 0.9375rem; }
  .issues { border-inline-start: 4px solid #b45309; font-size: 0.875rem; }
  .issues summary { cursor: pointer; font-weight: 700; }
  .issues ul { margin: 6px 0 0; padding-inline-start: 18px; }
  .issues code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.8125rem; overflow-wrap: anywhere; }
  .state.error { border-inline-start: 4px solid #b91c1c; }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .event, .label.tucked { transition: opacity 120ms ease-out, background-color 120ms ease-out; }
  }
  @media (forced-colors: active) {
    .mark, .halo, .asof line, .strike { stroke: CanvasText; }
    .mark:not(.expected):not(.cancelled) { fill: CanvasText; }
    .event:focus-visible { outline-color: Highlight; }
    .detail { border: 1px solid CanvasText; }
  }
`;
