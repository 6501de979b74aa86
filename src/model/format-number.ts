/** Counts as the reader's locale writes them, with cached formatters (building one costs milliseconds). */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, compact: boolean): Intl.NumberFormat {
  const key = `${locale ?? ''}|${compact}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {})));
  return format;
}

/** 12,345 (en), 12.345 (de). */
export const formatCount = (n: number, locale: string | undefined): string => formatter(locale, false).format(n);

/** 86, 1.2K, 12K: short enough for a cluster's mark. */
export const formatCompactCount = (n: number, locale: string | undefined): string => formatter(locale, true).format(n);
