/**
 * TimelineJS writes dates as parts (`year`, `month`, `day`, `hour`, `minute`, `second`, or a
 * spreadsheet's `Time` cell such as `6:45 PM`). They become ISO 8601 at the precision given:
 * `{ year: "1943", month: "7" }` is `1943-07`. TimelineJS counts BCE years as negative historical
 * years (-44 is 44 BC); ISO 8601 numbers them astronomically (-0043), so BCE years shift by one.
 * Years the calendar cannot hold (TimelineJS's cosmological scale, -13800000000) become EDTF long
 * years (`Y-13799999999`), placed as deep time; their finer parts mean nothing there and are left out.
 */

import { PLACEABLE_YEARS } from './dates.js';

/** The parts of one date, as untrusted text or numbers. */
export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
  /** A spreadsheet's time of day: `18:45`, `6:45 PM`, `06:45:56`. */
  readonly time?: unknown;
}

/** Called for each part that is not what it should be, with that part's name. */
export type DatePartProblem = (part: keyof DateParts, expected: string, found: unknown) => void;

const PARTS = [
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
] as const;

const TIME_OF_DAY = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$/i;

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function integer(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^[+-]?\d+$/.test(text) ? Number(text) : null;
}

/** Hours, minutes and seconds of a spreadsheet time cell, or `null` when it is not one. */
function readTimeOfDay(value: unknown): { hour: number; minute?: number; second?: number } | null {
  const m = typeof value === 'string' ? TIME_OF_DAY.exec(value.trim()) : null;
  if (!m) return null;
  if (m[5] !== undefined) return { hour: Number(m[5]), minute: Number(m[6]), ...(m[7] ? { second: Number(m[7]) } : {}) };
  const h12 = Number(m[1]);
  if (h12 < 1 || h12 > 12) return null;
  const hour = (h12 % 12) + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
  return { hour, ...(m[2] ? { minute: Number(m[2]) } : {}), ...(m[3] ? { second: Number(m[3]) } : {}) };
}

/**
 * The ISO 8601 text for a TimelineJS date: `null` when it has no year at all, `undefined` after
 * reporting a part that is not a number in range. Finer parts after a missing one are ignored.
 */
export function timelineJsDate(parts: DateParts, problem: DatePartProblem): string | null | undefined {
  if (blank(parts.year)) return null;
  const year = integer(parts.year);
  // Years too large to count in are not years; ones merely too far away are left to the date reader to name.
  if (year === null || !Number.isSafeInteger(year)) {
    problem('year', 'a year such as 1943 (negative for BC)', parts.year);
    return undefined;
  }
  // TimelineJS hands year 0 to Date, which reads it as 1 BC (its cosmological examples put "Now" there).
  const astronomical = year < 0 ? year + 1 : year;
  if (astronomical < PLACEABLE_YEARS.first || astronomical > PLACEABLE_YEARS.last) return `Y${astronomical}`;
  const values: Partial<Record<(typeof PARTS)[number][0], number>> = {};
  for (const [name, min, max] of PARTS) {
    if (blank(parts[name])) continue;
    const n = integer(parts[name]);
    if (n === null || n < min || n > max) {
      problem(name, `a whole number from ${min} to ${max}`, parts[name]);
      return undefined;
    }
    values[name] = n;
  }
  if (!blank(parts.time)) {
    const time = readTimeOfDay(parts.time);
    if (!time || time.hour > 23 || (time.minute ?? 0) > 59 || (time.second ?? 0) > 59) {
      problem('time', 'a time of day such as 18:45 or 6:45 PM', parts.time);
      return undefined;
    }
    values.hour = time.hour;
    if (time.minute !== undefined) values.minute = time.minute;
    if (time.second !== undefined) values.second = time.second;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = (astronomical < 0 ? '-' : '') + String(Math.abs(astronomical)).padStart(4, '0');
  if (values.month === undefined) return text;
  text += `-${pad(values.month)}`;
  if (values.day === undefined) return text;
  text += `-${pad(values.day)}`;
  if (values.hour === undefined) return text;
  text += `T${pad(values.hour)}`;
  if (values.minute === undefined) return text;
  text += `:${pad(values.minute)}`;
  if (values.second === undefined) return text;
  return `${text}:${pad(values.second)}`;
}
