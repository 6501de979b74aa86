import type { DatePrecision, TimelineDate } from './dates.js';
import { formatDeepYear, type DeepYearWords } from './deep-time.js';
import { remember } from './remember.js';

/**
 * Reader-facing dates, at the precision they were written: `2023-07` reads "July 2023".
 * Calendar values are formatted in UTC so every reader sees the same day; dates with an offset show
 * the wall-clock time where it happened, with that offset ("15:00 UTC+8").
 */

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  second: {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatters kept per cache: a page uses a few locales and precisions; the bound stops one that cycles through many. */
const FORMATTERS = 256;

/** A cached `Intl.DateTimeFormat` in UTC: building one costs far more than using it. */
export function utcFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return remember(formatters, `${locale ?? ''}|${JSON.stringify(options)}`, FORMATTERS, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
}

/** The formatter of a precision, with the era for BC dates, found without building a cache key from its options. */
export function precisionFormatter(precision: DatePrecision, locale: string | undefined, bc = false): Intl.DateTimeFormat {
  const options = OPTIONS[precision];
  return remember(byPrecision, `${locale ?? ''}|${precision}|${bc}`, FORMATTERS, () => utcFormatter(locale, bc ? { ...options, era: 'short' } : options));
}

/** The formatter for a date: its precision's, and astronomical year 0 and below are BC, with the era so -43 reads "44 BC". */
const formatterFor = (date: TimelineDate, locale: string | undefined) => precisionFormatter(date.precision, locale, date.year <= 0);

const byPrecision = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock instant to format: where the event happened, not where the reader is. */
function wallClock(date: TimelineDate): Date {
  return new Date(date.time + (date.offset ?? 0) * 60_000);
}

function offsetLabel(offset: number | null): string {
  if (offset === null) return '';
  if (offset === 0) return ' UTC';
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return ` UTC${sign}${Math.floor(abs / 60)}${minutes ? ':' + String(minutes).padStart(2, '0') : ''}`;
}

function qualify(text: string, date: TimelineDate): string {
  switch (date.qualifier) {
    case 'approximate': return `c. ${text}`;
    case 'uncertain': return `${text}?`;
    case 'uncertain-approximate': return `c. ${text}?`;
    default: return text;
  }
}

/**
 * Formats one date at its own precision, e.g. "24 May 2023" (en-GB) or "July 2023"; a deep year
 * reads "13.8 billion years ago" in the words given (English by default).
 */
export function formatDate(date: TimelineDate, locale?: string, words?: DeepYearWords): string {
  if (date.deep) return qualify(formatDeepYear(date.year, locale, words), date);
  const text = formatterFor(date, locale).format(wallClock(date)) + offsetLabel(date.offset);
  return qualify(text, date);
}

/** Formats a range compactly where the locale can ("28–30 June 2022"), else as two dates. */
export function formatDateRange(start: TimelineDate, end: TimelineDate, locale?: string, words?: DeepYearWords): string {
  if (start.deep || end.deep) return `${formatDate(start, locale, words)} – ${formatDate(end, locale, words)}`;
  const sameShape = start.precision === end.precision && start.offset === end.offset && !start.qualifier && !end.qualifier;
  if (sameShape) {
    const formatter = formatterFor(start.year <= 0 ? start : end, locale);
    const range = formatter.formatRange(wallClock(start), wallClock(end));
    // ICU lacks interval patterns for some locales (ja, zh: "2022/06/28～2022/06/30") and falls back to
    // all-numeric dates; keep the precision's own wording then, as two dates.
    const numeric = /\d[/.]\d/;
    if (!numeric.test(range) || numeric.test(formatter.format(wallClock(start)))) return range + offsetLabel(start.offset);
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/**
 * The date a reader sees for an event: its `displayDate`, else its start (and end) at their
 * precision. An open-ended range reads "2020–", the usual notation for "since 2020, ongoing".
 */
export function formatEventDate(
  event: { readonly start: TimelineDate; readonly end: TimelineDate | null; readonly openEnd?: boolean; readonly displayDate: string | null },
  locale?: string,
  words?: DeepYearWords,
): string {
  if (event.displayDate) return event.displayDate;
  if (event.openEnd) return `${formatDate(event.start, locale, words)}–`;
  return event.end ? formatDateRange(event.start, event.end, locale, words) : formatDate(event.start, locale, words);
}

/**
 * Builds the formatters a first render needs, ahead of it. The first `Intl.DateTimeFormat` of a page
 * loads the browser's calendar data (over 100 ms in headless Chromium); an element that is waiting
 * for its data does this while the page is idle, so the data arrives to a ready formatter.
 */
export function warmFormatters(locale: string | undefined): void {
  for (const precision of ['day', 'month', 'year'] as const) {
    // Ranges too: a formatter's first range builds its interval patterns ("28–30 June 2022"), a few ms.
    precisionFormatter(precision, locale).formatRange(0, 1e10);
  }
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment of the reader's own day, in their time zone: "14:05" when it is today (by `now`), else with
 * the date ("3 Jun 2025, 14:05"). For when data was fetched, not for dates in the data.
 */
export function formatClock(ms: number, now: number, locale?: string): string {
  const today = new Date(ms).toDateString() === new Date(now).toDateString();
  const format = remember(clocks, `${locale ?? ''}|${today}`, FORMATTERS, () =>
    new Intl.DateTimeFormat(locale, today ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' }));
  return format.format(ms);
}
