/**
 * The element's text font: Helvetica Neue where there is one (macOS, iOS); else Arial, drawn to
 * Helvetica's widths, as layout measures text (layout/text-width.ts). Each family a system lacks is a
 * lookup per weight and style on a page's first render, so plain Helvetica, which no system has without
 * Helvetica Neue, is not named. A page may set its own with `--news-timeline-font` (styles.ts).
 */
export const FONT_STACK = `'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif`;

/**
 * The styles, weights and sizes a first view sets its text in, in the drawing and in the vertical
 * layout, at the default root size (16 px), as CSS `font` shorthand before the family.
 * tests/browser/prepare.test.ts keeps this list in step with the stylesheets.
 */
export const FIRST_VIEW_FONTS = [
  '700 18px', '16px', '700 15px', '700 14px', '14px', '700 13px', '600 13px', '13px', 'italic 13px', '700 12px', '600 12px', '12px', '700 11px',
] as const;

/**
 * Looks up the fonts a first view needs before it needs them. The first time a page draws text in a
 * family, weight and size, the renderer asks the system for the font: about 1 ms each in Chromium here,
 * 7 to 11 ms of a small timeline's first render. Measuring a word in each on a canvas that is never shown
 * makes those lookups now. Our stack only: a page that sets its own font has drawn its own text in it.
 */
export function warmFonts(): void {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const font of FIRST_VIEW_FONTS) {
    context.font = `${font} ${FONT_STACK}`;
    context.measureText('Mm');
  }
}
