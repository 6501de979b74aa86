import { ticks } from 'd3-array';
import { PLACEABLE_YEARS, utcTime } from '../model/dates.js';
import { deepYearTime, formatDeepYear, yearAtTime, yearsAgo } from '../model/deep-time.js';
import { utcFormatter } from '../model/format-date.js';

/**
 * The time axis in deep time: when a view reaches beyond the years the calendar holds, ticks fall
 * on round numbers of years ago (every billion, every 50 million…) and read in the same units as deep
 * dates ("13 billion years ago"), not as calendar years Date cannot even hold.
 */

const CALENDAR_FROM = utcTime(PLACEABLE_YEARS.first);
const CALENDAR_UNTIL = utcTime(PLACEABLE_YEARS.last + 1);

/** Whether a view `[start, end]` (ms) reaches beyond the calendar, so its axis counts years ago. */
export function reachesDeepTime(start: number, end: number): boolean {
  return start < CALENDAR_FROM || end > CALENDAR_UNTIL;
}

/** A tick before it is placed: its time in ms and its label. */
export interface TickMark {
  readonly time: number;
  readonly label: string;
}

/**
 * About `count` ticks at round numbers of whole years ago across `[start, end]` (ms), labelled by
 * `deepYearText` (astronomical year → "66 million years ago"). The tick at zero years ago, where
 * the common era begins, reads as that year ("1 AD"): "0 years ago" would claim it is now.
 */
export function deepTicks(start: number, end: number, count: number, locale: string | undefined, deepYearText?: (year: number) => string): TickMark[] {
  const from = yearsAgo(yearAtTime(end));
  const to = yearsAgo(yearAtTime(start));
  // A view a few years wide far in the past has no round fractions of a year worth a tick.
  return ticks(from, to, count).filter(Number.isInteger).map((ago) => {
    const year = 1 - ago;
    const label = ago === 0
      ? utcFormatter(locale, { year: 'numeric', era: 'short' }).format(utcTime(1))
      : deepYearText ? deepYearText(year) : formatDeepYear(year, locale);
    return { time: deepYearTime(year), label };
  }).reverse();
}
