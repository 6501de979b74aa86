import { DEEP_YEARS_LIMIT, deepYearTime } from './deep-time.js';

/**
 * Dates as newsrooms write them: ISO 8601 at the precision the source gives, kept as calendar
 * values. `2023-05-24` is that day everywhere; `2023-07` is July 2023, not 1 July. Years of any size
 * take EDTF's long-year form, `Y-13800000000` (see `deep-time.ts`).
 */

/** How precisely a date is known, from coarsest to finest. */
export type DatePrecision = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** EDTF level-1 qualifiers: `?` uncertain, `~` approximate, `%` both. */
export type DateQualifier = 'uncertain' | 'approximate' | 'uncertain-approximate';

/** A parsed date: its calendar fields, its precision and the instants it spans. */
export interface TimelineDate {
  /** The date as it was written, trimmed (canonical ISO 8601 text). */
  readonly text: string;
  readonly precision: DatePrecision;
  /** Astronomical year: 0 is 1 BC, -43 is 44 BC. */
  readonly year: number;
  /** 1–12 (1 when the precision is `year`). */
  readonly month: number;
  /** 1–31 (1 when coarser than `day`). */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC when the text gave an offset (`+08:00` is 480); `null` for calendar values. */
  readonly offset: number | null;
  readonly qualifier: DateQualifier | null;
  /** First instant of the period, in ms. Calendar values are read as UTC. */
  readonly time: number;
  /** First instant after the period, in ms: `2023-07` ends at `2023-08-01T00:00Z`. */
  readonly endTime: number;
  /**
   * A year beyond the calendar Date can hold (deep time, such as `Y-13800000000`): its precision is
   * `year`, `time` counts mean Gregorian years (see `deepYearTime`), and it reads "13.8 billion years
   * ago", never as a calendar date. Absent for calendar dates.
   */
  readonly deep?: true;
}

/** The result of reading a date: the date, or why the text is not one (`unplaceable` when it is a date, too far away to place). */
export type DateParseResult =
  | { readonly ok: true; readonly date: TimelineDate }
  | { readonly ok: false; readonly reason: string; readonly unplaceable?: true };

// Groups: sign+year, month, day, hour, minute, second, fraction, zone, qualifier.
const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?$/;

const QUALIFIERS: Record<string, DateQualifier> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'uncertain-approximate',
};

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Milliseconds since the epoch for a UTC calendar instant; works for years 0–99 and BCE too. */
export function utcTime(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  // The common case without allocating a Date: parsing 100,000 events calls this twice per date.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  // Date.UTC maps years 0–99 to 1900–1999, setUTCFullYear does not.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/**
 * The years a timeline can place a date in. JavaScript's Date holds about 271,821 BCE to 275,760 CE;
 * the margin leaves room for the padding around a timeline's extent and for zooming out, so no view,
 * tick or label ever asks Date for an instant it cannot hold.
 */
export const PLACEABLE_YEARS = { first: -250_000, last: 250_000 } as const;

const PLACEABLE_FROM = utcTime(PLACEABLE_YEARS.first);
const PLACEABLE_UNTIL = utcTime(PLACEABLE_YEARS.last + 1);

/**
 * Whether a calendar date's whole period can be placed on the timeline. Every ISO 8601 date passes
 * here before any view sees it; years beyond are deep time, written as EDTF long years (`Y-300000`)
 * and placed by counting years (see `deep-time.ts`).
 */
export function canPlace(date: Pick<TimelineDate, 'time' | 'endTime'>): boolean {
  // NaN (a time Date cannot hold) fails both comparisons.
  return date.time >= PLACEABLE_FROM && date.endTime <= PLACEABLE_UNTIL;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1]!;
  // Proleptic Gregorian leap years, astronomical numbering (year 0 is a leap year).
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** EDTF's long year: `Y` and a signed year of any length, with an optional qualifier. */
const LONG_YEAR = /^Y(-?\d+)([?~%])?$/;

/** Reads an ISO 8601 date (or an EDTF long year), keeping its precision. Never throws. */
export function parseDate(input: string): DateParseResult {
  const text = input.trim();
  if (text.charCodeAt(0) === 89 /* Y */) return parseLongYear(text);
  const plain = plainDay(text);
  if (plain) return { ok: true, date: plain };
  const m = ISO_DATE.exec(text);
  if (!m) return { ok: false, reason: 'not an ISO 8601 date' };
  // Groups by key, not by position: a first render parses its dates before V8 has optimised this, and
  // unoptimised array destructuring walks the match with an iterator (about 5 % of parsing 1,000 events in
  // V8's interpreter).
  const { 1: y, 2: mo, 3: d, 4: h, 5: mi, 6: s, 7: frac, 8: zone, 9: q } = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} does not exist` };
  if (d !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    const label = `${MONTH_NAMES[month - 1]} ${year}`;
    return { ok: false, reason: `${label} has no day ${d}, only ${daysInMonth(year, month)}` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${h}:${mi ?? '00'}${s ? ':' + s : ''} is not a time of day` };
  const offset = parseOffset(zone);
  if (offset === undefined) return { ok: false, reason: `${zone} is not a UTC offset` };

  const precision: DatePrecision =
    s !== undefined ? 'second' : mi !== undefined ? 'minute' : h !== undefined ? 'hour' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const local = utcTime(year, month, day, hour, minute, second, ms);
  const time = local - (offset ?? 0) * 60_000;
  const endTime = periodEnd(precision, year, month, day, hour, minute, second) - (offset ?? 0) * 60_000;
  if (!canPlace({ time, endTime })) {
    return { ok: false, unplaceable: true, reason: `year ${year} is outside the years a timeline can place, ${PLACEABLE_YEARS.first} to ${PLACEABLE_YEARS.last}` };
  }
  return {
    ok: true,
    date: {
      text,
      precision,
      year,
      month,
      day,
      hour,
      minute,
      second,
      offset,
      qualifier: q === undefined ? null : (QUALIFIERS[q] ?? null),
      time,
      endTime,
    },
  };
}

/**
 * A valid plain day, `2023-05-24`, read by its characters: nearly every news date has this shape, and a
 * fresh page reads 100,000 events' dates this way in under half the time the pattern took. Anything else,
 * including a day that does not exist, is `null` and left to the full pattern, which says what is wrong.
 */
function plainDay(text: string): TimelineDate | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const time = utcTime(year, month, day);
  // The same fields in the same order as every other date, so each reader sees one shape of object.
  // A day in UTC is always 86,400,000 ms long: JavaScript's time has no leap seconds.
  return { text, precision: 'day', year, month, day, hour: 0, minute: 0, second: 0, offset: null, qualifier: null, time, endTime: time + 86_400_000 };
}

/** The number written in `text` from `start` to `end` in ASCII digits, or -1 if any is not one. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `Y-13800000000`, `Y170000000`: a year alone, placed as deep time when the calendar cannot hold it
 * and as an ordinary year (`Y-50000` is `-50000`) when it can.
 */
function parseLongYear(text: string): DateParseResult {
  const m = LONG_YEAR.exec(text);
  if (!m) return { ok: false, reason: 'not an ISO 8601 date' };
  const year = Number(m[1]);
  const qualifier = m[2] === undefined ? null : (QUALIFIERS[m[2]] ?? null);
  if (!(Math.abs(year) <= DEEP_YEARS_LIMIT)) {
    return { ok: false, unplaceable: true, reason: `year ${m[1]} is outside the years a timeline can place, -${DEEP_YEARS_LIMIT} to ${DEEP_YEARS_LIMIT}` };
  }
  const common = { text, precision: 'year', year, month: 1, day: 1, hour: 0, minute: 0, second: 0, offset: null, qualifier } as const;
  if (year >= PLACEABLE_YEARS.first && year <= PLACEABLE_YEARS.last) {
    return { ok: true, date: { ...common, time: utcTime(year), endTime: utcTime(year + 1) } };
  }
  return { ok: true, date: { ...common, time: deepYearTime(year), endTime: deepYearTime(year + 1), deep: true } };
}

/** `Z` is 0, `+08:00`/`+0800`/`+08` are 480; `undefined` means an impossible offset. */
function parseOffset(zone: string | undefined): number | null | undefined {
  if (zone === undefined) return null;
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function periodEnd(precision: DatePrecision, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  switch (precision) {
    case 'year': return utcTime(y + 1);
    case 'month': return utcTime(y, mo + 1);
    case 'day': return utcTime(y, mo, d + 1);
    case 'hour': return utcTime(y, mo, d, h + 1);
    case 'minute': return utcTime(y, mo, d, h, mi + 1);
    case 'second': return utcTime(y, mo, d, h, mi, s + 1);
  }
}
