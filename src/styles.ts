import { css, unsafeCSS } from 'lit';
import { lightDark, type Palette } from './palette.js';
import { accessStyles } from './render/access-styles.js';
import { drawingStyles } from './render/drawing-styles.js';
import { finderStyles } from './render/finder-styles.js';
import { FONT_STACK } from './render/fonts.js';
import { headerStyles } from './render/header-styles.js';
import { mediaStyles } from './render/media-styles.js';
import { printStyles } from './render/print-styles.js';
import { richTextStyles } from './render/rich-text-styles.js';
import { updateStyles } from './render/update-styles.js';
import { verticalStyles } from './render/vertical-styles.js';

/** A palette entry as a light-dark() value; the palette is a trusted constant, not page input. */
const c = (pick: (p: Palette) => string) => unsafeCSS(lightDark(pick));

/**
 * Public tokens `--news-timeline-*` map to private `--_*` on :host, so the rest of the sheet reads
 * one name and a page can theme the element without reaching into it. Colours use light-dark()
 * and follow the page's colour scheme.
 */
const baseStyles = css`
  :host {
    /* Why these families: render/fonts.ts. */
    --_font: var(--news-timeline-font, ${unsafeCSS(FONT_STACK)});
    --_heading-font: var(--news-timeline-heading-font, var(--_font));
    --_text: var(--news-timeline-text-color, ${c((p) => p.text)});
    --_muted: var(--news-timeline-muted-color, ${c((p) => p.muted)});
    --_background: var(--news-timeline-background, ${c((p) => p.background)});
    --_surface: var(--news-timeline-surface, ${c((p) => p.surface)});
    --_line: var(--news-timeline-line-color, ${c((p) => p.line)});
    --_grid: var(--news-timeline-grid-color, ${c((p) => p.grid)});
    --_accent: var(--news-timeline-accent-color, ${c((p) => p.accent)});
    --_era: var(--news-timeline-era-color, ${c((p) => p.era)});
    --_warning: var(--news-timeline-warning-color, ${c((p) => p.warning)});
    --_error: var(--news-timeline-error-color, ${c((p) => p.error)});
    --_lane-0: var(--news-timeline-lane-0, ${c((p) => p.lanes[0]!)});
    --_lane-1: var(--news-timeline-lane-1, ${c((p) => p.lanes[1]!)});
    --_lane-2: var(--news-timeline-lane-2, ${c((p) => p.lanes[2]!)});
    --_lane-3: var(--news-timeline-lane-3, ${c((p) => p.lanes[3]!)});
    --_lane-4: var(--news-timeline-lane-4, ${c((p) => p.lanes[4]!)});
    --_lane-5: var(--news-timeline-lane-5, ${c((p) => p.lanes[5]!)});
    --_lane-6: var(--news-timeline-lane-6, ${c((p) => p.lanes[6]!)});
    --_lane-7: var(--news-timeline-lane-7, ${c((p) => p.lanes[7]!)});
    /* Sizes that never enter layout math: outlines and corners. */
    --_marker-stroke: var(--news-timeline-marker-stroke-width, 2px);
    --_radius: var(--news-timeline-radius, 10px);

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
  /* theme="light|dark" forces a scheme; without it the element follows the page and prefers-color-scheme. */
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  * { box-sizing: border-box; }

  .sizer { height: 0; width: 100%; }
  .title { font-family: var(--_heading-font); font-size: 1.125rem; font-weight: 700; margin: 0; line-height: 1.3; }

  .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0 0; padding: 0; list-style: none;
    font-size: 0.8125rem; color: var(--_muted); }
  .legend li { display: inline-flex; align-items: center; gap: 6px; }
  .legend svg { flex: none; overflow: visible; }
  .legend .swatch { fill: currentColor; }

  .caption ::slotted(*) { margin: 0 0 4px; font-size: 1.125rem; font-weight: 700; }

  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
  .story { display: inline-flex; align-items: center; gap: 6px; margin-inline-end: auto; }
  .position { font-size: 0.875rem; color: var(--_muted); min-width: 4.5em; text-align: center; font-variant-numeric: tabular-nums; }
  /* The header's controls share one box: the toolbar's buttons, the finder's fields and its filters' button. */
  .tool, .finder input:not([type='checkbox']), .finder summary {
    min-height: 32px; padding: 0 8px; border: 1px solid var(--_line); border-radius: 6px;
    background: var(--_background); color: var(--_text); font: inherit;
  }
  .tool { min-width: 32px; font-size: 1rem; line-height: 1; cursor: pointer; }
  .tool.text { font-size: 0.875rem; }
  .tool[aria-disabled='true'] { color: var(--_muted); border-style: dashed; cursor: default; }
  .tool[aria-pressed='true'] { background: var(--_accent); border-color: var(--_accent); color: var(--_background); }
  /* One focus ring for everything that takes focus. */
  .tool:focus-visible, .finder :focus-visible, .event:focus-visible, .cluster:focus-visible, .detail a:focus-visible, .close:focus-visible,
  .export button:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }

  .plot { position: relative; }
  /* Zoomed in, events outside the window are still in the list (keys reach them) but clipped from
     view. 'clip', unlike 'hidden', makes no scroll container, so focus never scrolls the drawing;
     the margin keeps focus rings at the edges visible. Vertical swipes scroll the page. A drag pans,
     so it selects no text on the way: d3 cancels 'selectstart' on the window, which this event never
     reaches from a shadow root. The card and list view keep their text selectable. */
  .plot.drawn { overflow: clip; overflow-clip-margin: 8px; touch-action: pan-y; cursor: grab; -webkit-user-select: none; user-select: none; }
  .plot.drawn:active { cursor: grabbing; }
  /* Layout mirrors the drawing itself on right-to-left pages, so its coordinates stay physical. */
  /* The drawing takes no pointer events: a gesture lands on the plot, which stays while marks and ticks re-render. */
  svg.chart { display: block; overflow: visible; font-family: var(--_font); direction: ltr; pointer-events: none; }
  svg.chart.off { display: none; }
  .grid { fill: none; stroke: var(--_grid); stroke-width: 1; }
  .era rect { fill: var(--_era); }
  .era text, .asof text, text.tick { fill: var(--_muted); font-size: 12px; }
  .lane-label { fill: currentColor; font-size: 12px; font-weight: 700; letter-spacing: 0.02em; text-transform: uppercase; }
  .lane-rule { stroke: var(--_grid); }
  .axis-line { fill: none; stroke: var(--_line); }
  .asof line { stroke: var(--_text); stroke-dasharray: 4 3; stroke-width: 1.25; }
  .asof text { fill: var(--_text); font-weight: 600; }

  .lane-0 { color: var(--_lane-0); } .lane-1 { color: var(--_lane-1); } .lane-2 { color: var(--_lane-2); }
  .lane-3 { color: var(--_lane-3); } .lane-4 { color: var(--_lane-4); } .lane-5 { color: var(--_lane-5); }
  .lane-6 { color: var(--_lane-6); } .lane-7 { color: var(--_lane-7); }
  .mark { fill: currentColor; stroke: var(--_background); stroke-width: var(--_marker-stroke); }
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
  .event[aria-expanded='true'] { z-index: 2; }
  .events.plain { position: static; pointer-events: auto; display: grid; gap: 4px; }
  .events.plain .event, .events.plain .label { position: static; width: 100%; }
  .events.plain .event { padding: 4px 8px; min-height: 24px; }
  /* A halo in the background colour keeps labels readable where grid lines cross them. One blurred shadow:
     each is the text drawn again through a blur, and three nearly doubled a small timeline's raster. */
  .label { text-shadow: 0 0 3px var(--_background); }
  .label { position: absolute; display: flex; flex-direction: column; justify-content: center; overflow: hidden; }
  .label-title, .label-date { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .label-title { font-size: 14px; font-weight: 700; line-height: 18px; }
  /* A wrapped title shows every line its label was sized for (with the reader's text spacing, WCAG 1.4.12). */
  .label-title.wrap { white-space: normal; overflow-wrap: break-word; }
  .label-date { font-size: 12px; line-height: 16px; color: var(--_muted); }
  .label.right { text-align: left; }
  .label.left { text-align: right; }
  /* A label that did not fit waits for hover or focus, then shows above its neighbours. Until then it has
     no box: a step lays out, paints and layers none of the tucked labels, most labels when zoomed out. */
  .label.tucked { display: none; }
  .event:hover .label.tucked, .event:focus-visible .label.tucked {
    display: flex; z-index: 4; background: var(--_background); border-radius: 4px; padding: 0 4px;
    box-shadow: 0 1px 6px color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .event:hover, .event:focus-visible { z-index: 3; }
  /* A placed unit's item holds its place, and its button fills it: a unit that moves restyles only its
     item, several times cheaper than a button. Each button lays out on its own: moving or adding one
     never relays out the rest. */
  .events:not(.plain, .vertical) > li { position: absolute; }
  .events > li[data-parked] { content-visibility: hidden; }
  @supports not (content-visibility: hidden) { .events > li[data-parked] { display: none; } }
  .events:not(.plain, .vertical) .event, .cluster { contain: layout style; width: 100%; height: 100%; }
  /* A cluster: a pale pill in its lane's colour; the button over it shows the count and zooms in. */
  .cluster-mark { fill: color-mix(in srgb, currentColor 16%, var(--_background)); stroke: currentColor; stroke-width: 1.5; }
  .cluster {
    position: absolute; pointer-events: auto; margin: 0; padding: 0; border: 0; border-radius: 12px; background: transparent;
    color: var(--_text); font: inherit; font-size: 12px; font-weight: 700; font-variant-numeric: tabular-nums; cursor: zoom-in;
  }
  .cluster:hover { background: color-mix(in srgb, var(--_accent) 12%, transparent); }
  .cluster:focus-visible { z-index: 3; }
  /* A long plain list keeps only the rows near the screen: they flow, each as tall as its text, between
     the room the others would take; a row kept far away (selected, focused) sits at its place. */
  .events.plain.virtual { display: block; position: relative; }
  .events.plain.virtual > li { padding-block-end: 4px; }
  .events.plain.virtual > li.away { position: absolute; inset-inline: 0; }

  .label-lane { order: -1; font-size: 11px; line-height: 16px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
  /* Dataset text keeps its own direction (an English title on an Arabic page reads correctly)... */
  .label-title, .label-date, .label-lane, .vrow-label, .title, .description, .summary, .detail p, .print-list p { unicode-bidi: plaintext; }
  /* ...while alignment follows the page, towards the spine. */
  :host(:dir(rtl)) .header, :host(:dir(rtl)) .detail { text-align: right; }

  .detail {
    margin: 12px 0 0; padding: 16px; border-radius: var(--_radius); background: var(--_surface);
    border-inline-start: 4px solid var(--_accent); position: relative;
  }
  .detail h2 { font-family: var(--_heading-font); margin: 0 0 4px; margin-inline-end: 40px; font-size: 1.0625rem; line-height: 1.3; }
  .detail .date { margin: 0; color: var(--_muted); font-size: 0.875rem; }
  .detail .status { margin: 6px 0 0; font-size: 0.8125rem; font-weight: 700; }
  .detail .text { margin: 10px 0 0; font-size: 0.9375rem; }
  .detail .sources-title { margin: 12px 0 4px; font-size: 0.8125rem; font-weight: 700; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.03em; }
  .detail ul { margin: 0; padding-inline-start: 18px; font-size: 0.875rem; }
  .detail li + li { margin-top: 2px; }
  .detail a { color: var(--_accent); }
  .close {
    position: absolute; top: 8px; inset-inline-end: 8px; width: 32px; height: 32px; border-radius: 50%;
    border: 1px solid var(--_line); background: var(--_background); color: var(--_text); font-size: 18px; line-height: 1; cursor: pointer;
  }

  .state, .issues { margin: 8px 0; padding: 12px 14px; border-radius: 8px; background: var(--_surface); font-size: 0.9375rem; }
  .issues { border-inline-start: 4px solid var(--_warning); font-size: 0.875rem; }
  .issues summary { cursor: pointer; font-weight: 700; }
  .issues ul { margin: 6px 0 0; padding-inline-start: 18px; }
  .issues code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.8125rem; overflow-wrap: anywhere; }
  .state.error { border-inline-start: 4px solid var(--_error); }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  .export { display: flex; flex-wrap: wrap; gap: 8px; }
  .export button {
    font: inherit; font-size: 0.8125rem; min-height: 28px; padding: 2px 12px; border-radius: 999px; cursor: pointer;
    color: var(--_text); background: var(--_background); border: 1px solid var(--_line);
  }

  @media (prefers-reduced-motion: no-preference) {
    .event, .label.tucked { transition: opacity 120ms ease-out, background-color 120ms ease-out; }
    @starting-style { .label.tucked { opacity: 0; } }
  }
  @media (forced-colors: active) {
    /* Hollow markers (expected, cancelled) took their lane's colour: every status gets system colours. */
    .mark, .mark:is(.expected, .cancelled), .halo, .asof line, .strike, .cluster-mark { stroke: CanvasText; }
    .cluster:focus-visible { outline-color: Highlight; }
    .mark:not(.expected):not(.cancelled) { fill: CanvasText; }
    .mark:is(.expected, .cancelled) { fill: Canvas; }
    .event:focus-visible { outline-color: Highlight; }
    .detail { border: 1px solid CanvasText; }
    .tool:focus-visible { outline-color: Highlight; }
    .tool[aria-pressed='true'] { background: Highlight; color: HighlightText; forced-color-adjust: none; }
  }

  /* Why the last export or jump to a date did not work, on a line of its own beside the controls. */
  .export-note, .jump-error { flex-basis: 100%; margin: 0; padding-inline-start: 8px; border-inline-start: 4px solid var(--_error); }
  .export-note { font-size: 0.8125rem; }
  .export-note:empty, .jump-error:empty, .count:empty { display: none; }
`;

/**
 * The element's sheets: its own, then the header's and the drawing's, the vertical layout's, media and
 * rich text in cards, paper, developing stories, the finder, and last what WCAG 2.2 AA adds (reflow,
 * text spacing, hover, forced colours).
 */
export const timelineStyles = [baseStyles, headerStyles, drawingStyles, verticalStyles, mediaStyles, richTextStyles, printStyles, updateStyles, finderStyles, accessStyles];
