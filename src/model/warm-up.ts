import { warmFormatters } from './format-date.js';
import { formatCompactCount, formatCount } from './format-number.js';

/** The locales warmed already, in this page. */
const warmed = new Set<string | undefined>();

/**
 * Builds the date and number formatters a first render needs, ahead of it. A page's first `Intl`
 * object loads ICU's locale and calendar data: 30–60 ms of main thread in Chromium here, about half
 * a small timeline's first render, paid once per page. Done while the page is idle (after the bundle
 * loads, or while an element waits for its data), it is not between the data and the first render.
 */
export function warmUp(locale: string | undefined): void {
  // Once per locale: each element asks as it connects, and warming formats sample ranges (about 1 ms).
  if (warmed.has(locale)) return;
  warmed.add(locale);
  warmFormatters(locale);
  formatCount(0, locale);
  formatCompactCount(0, locale);
}
