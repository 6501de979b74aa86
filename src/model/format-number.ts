import { remember } from './remember.js';

/** Counts as the reader's locale writes them, with cached formatters (building one costs milliseconds). */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, compact: boolean): Intl.NumberFormat {
  // A page rarely uses more than a few locales; the bound only stops a page that cycles through many from growing it.
  return remember(formatters, `${locale ?? ''}|${compact}`, 64, () => new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {}));
}

/** 12,345 (en), 12.345 (de). */
export const formatCount = (n: number, locale: string | undefined): string => formatter(locale, false).format(n);

/** 86, 1.2K, 12K: short enough for a cluster's mark. */
export const formatCompactCount = (n: number, locale: string | undefined): string => formatter(locale, true).format(n);
