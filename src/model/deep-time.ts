/**
 * Deep time: years too far away for JavaScript's Date (about ±271,821 years), such as the Big Bang
 * (TimelineJS's year -13800000000) or EDTF's long years (`Y-13800000000`, `Y170000000`). Such a
 * year is placed on the same numeric time line as calendar dates, in ms, counting mean Gregorian
 * years: the proleptic Gregorian calendar repeats exactly every 400 years, so a deep year lands
 * within two days of where the calendar would put it, and mixed deep and calendar dates order and
 * draw correctly with no second kind of time.
 */

/** The mean Gregorian year: 365.2425 days, in ms. */
export const MEAN_YEAR_MS = 31_556_952_000;

/** 1 January 2000, 00:00 UTC in ms: the calendar and the count of mean years agree on it exactly. */
const YEAR_2000 = 946_684_800_000;

/**
 * The furthest year a timeline places, either way. A time in ms must still tell one year from the
 * next (doubles hold 15 significant digits); a trillion years is seventy times the age of the universe.
 */
export const DEEP_YEARS_LIMIT = 1e12;

/** The first instant of astronomical year `year` (0 is 1 BC), in ms; fractions of a year are allowed. */
export function deepYearTime(year: number): number {
  return YEAR_2000 + (year - 2000) * MEAN_YEAR_MS;
}

/** The astronomical year (with its fraction) at a time in ms: the inverse of `deepYearTime`. */
export function yearAtTime(time: number): number {
  return 2000 + (time - YEAR_2000) / MEAN_YEAR_MS;
}

/**
 * How many years before (positive) or after (negative) the common era a deep year is: 66 million
 * years ago is year -66000000 in TimelineJS, and astronomical year -65999999. In deep time the two
 * thousand years between "BC" and "ago" are far below the precision any such date has, so this is
 * how people read these numbers, and it keeps the author's digits ("251.902 million years ago").
 */
export function yearsAgo(year: number): number {
  return 1 - year;
}

/** The words around a number of years, in the reader's language (see `TimelineStrings.yearsAgo`). */
export interface DeepYearWords {
  /** "66 million years ago"; `scaled` when the amount ends with a word for a large number ("66 million"). */
  readonly yearsAgo: (amount: string, scaled: boolean) => string;
  /** "in 170 million years". */
  readonly inYears: (amount: string, scaled: boolean) => string;
}

/** English, for `formatDate` called without a language's words. */
export const ENGLISH_DEEP_YEARS: DeepYearWords = {
  yearsAgo: (amount) => `${amount} years ago`,
  inYears: (amount) => `in ${amount} years`,
};

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Significant digits of a whole number as written: 13800000000 has 3, 251902000 has 6. */
function significantDigits(n: number): number {
  const digits = String(Math.round(Math.abs(n))).replace(/0+$/, '');
  return Math.min(21, Math.max(1, digits.length));
}

/**
 * A number of years as the locale writes large amounts: in full below a million ("250,001"),
 * else in words at the digits it was written with ("66 million", "13,8 Milliarden", "138億").
 */
export function formatYearCount(years: number, locale: string | undefined, digits = significantDigits(years)): { readonly text: string; readonly scaled: boolean } {
  const scaled = Math.abs(years) >= 1e6;
  if (!scaled) digits = 0;
  const key = `${locale ?? ''}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, scaled ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits } : { maximumFractionDigits: 0 });
    // A page uses a few locales and digit counts; the bound stops one that cycles through many.
    if (numberFormats.size > 256) numberFormats.clear();
    numberFormats.set(key, format);
  }
  return { text: format.format(Math.abs(years)), scaled };
}

/** A deep year as people read it: "13.8 billion years ago", "in 170 million years". */
export function formatDeepYear(year: number, locale: string | undefined, words: DeepYearWords = ENGLISH_DEEP_YEARS): string {
  const ago = yearsAgo(year);
  // The digits written, whichever way the year was counted: TimelineJS's -66000000 and EDTF's
  // Y-66000000 (a year apart) both read "66 million years ago".
  const { text, scaled } = formatYearCount(ago, locale, Math.min(significantDigits(ago), significantDigits(year)));
  return ago >= 0 ? words.yearsAgo(text, scaled) : words.inYears(text, scaled);
}
