import type { TimeScale } from './scale.js';
import { utcDay, utcMonth, utcTickInterval, utcYear } from 'd3-time';
import { utcFormatter } from '../model/format-date.js';
import { remember } from '../model/remember.js';
import { deepTicks, reachesDeepTime, type TickMark } from './deep-ticks.js';
import { estimateTextWidth } from './text-width.js';

/** One labelled tick of the time axis, already in pixels. */
export interface AxisTick {
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** How the label sits on its tick: `middle`, or `start`/`end` when kept inside the edges. */
  readonly anchor: 'start' | 'middle' | 'end';
}

/** How coarse the ticks are: decides how each label is written. */
export type TickUnit = 'year' | 'month' | 'day' | 'time';

export const TICK_FONT_SIZE = 12;
const TICK_GAP = 10;

function tickUnit(ticks: readonly Date[]): TickUnit {
  if (ticks.every((t) => +utcYear.floor(t) === +t)) return 'year';
  if (ticks.every((t) => +utcMonth.floor(t) === +t)) return 'month';
  if (ticks.every((t) => +utcDay.floor(t) === +t)) return 'day';
  return 'time';
}

/** Labels already written, by locale, unit, place and time: a pan or a fitting attempt writes the same ones again. */
const written = new Map<string, string>();

/** Writes a tick label; the first tick and each new year or day carry the larger unit for context. */
function tickLabel(tick: Date, unit: TickUnit, first: boolean, locale: string | undefined): string {
  return remember(written, `${locale} ${unit} ${first} ${+tick}`, 2_000, () => writeTickLabel(tick, unit, first, locale));
}

function writeTickLabel(tick: Date, unit: TickUnit, first: boolean, locale: string | undefined): string {
  const f = (options: Intl.DateTimeFormatOptions) => utcFormatter(locale, options).format(tick);
  switch (unit) {
    case 'year':
      return f(tick.getUTCFullYear() <= 0 ? { year: 'numeric', era: 'short' } : { year: 'numeric' });
    case 'month':
      return first || tick.getUTCMonth() === 0 ? f({ month: 'short', year: 'numeric' }) : f({ month: 'short' });
    case 'day':
      return first || tick.getUTCDate() === 1 ? f({ day: 'numeric', month: 'short', year: 'numeric' }) : f({ day: 'numeric', month: 'short' });
    case 'time':
      return first || +utcDay.floor(tick) === +tick
        ? f({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        : f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
}

/** Calendar ticks with their labels, each written only when it is read (see `place`). */
function calendarMarks(ticks: readonly Date[], locale: string | undefined): TickMark[] {
  const unit = tickUnit(ticks);
  return ticks.map((tick, i) => ({ time: +tick, get label() { return tickLabel(tick, unit, i === 0, locale); } }));
}

/**
 * Marks placed in time order, each label read when it is reached: the first two neighbours that touch
 * settle it, so the denser tick sets tried first cost two labels rather than all of theirs. Time order
 * is enough: x only grows (or, mirrored, only shrinks) and every label spans its own tick, so a label
 * that reached past its neighbour would touch it, and labels whose neighbours do not touch never do.
 */
function place(marks: readonly TickMark[], scale: TimeScale, width: number): AxisTick[] | null {
  const placed: AxisTick[] = [];
  let prevLeft = 0;
  let prevRight = -Infinity;
  for (const { time, label } of marks) {
    const x = scale(time);
    const w = estimateTextWidth(label, TICK_FONT_SIZE);
    let anchor: AxisTick['anchor'] = 'middle';
    let left = x - w / 2;
    if (left < 0) [anchor, left] = ['start', x];
    else if (x + w / 2 > width) [anchor, left] = ['end', x - w];
    if (left < prevRight + TICK_GAP && prevLeft < left + w + TICK_GAP) return null;
    prevLeft = left;
    prevRight = left + w;
    placed.push({ time, x, label, anchor });
  }
  return placed;
}

/** Which calendar interval d3 picks for about `count` ticks across the window `[d0, d1]`: its first two ticks. */
function intervalKey(d0: number, d1: number, count: number): string | null {
  const start = new Date(d0);
  const interval = utcTickInterval(start, new Date(d1), count);
  if (!interval) return null;
  const first = interval.ceil(start);
  return `${+first} ${+interval.offset(first, 1)}`;
}

/**
 * The densest d3 time ticks whose labels fit side by side without touching, from decades down to
 * hours, or in deep time from billions of years down (see `deep-ticks.ts`; `deepYearText` writes
 * those labels in the reader's language). Falls back to fewer ticks until they fit; never returns
 * overlapping labels.
 */
export function layoutTicks(scale: TimeScale, width: number, locale?: string, deepYearText?: (year: number) => string): AxisTick[] {
  const [d0, d1] = scale.window();
  const deep = reachesDeepTime(d0, d1);
  const marks = (count: number) => deep
    ? deepTicks(d0, d1, count, locale, deepYearText)
    : calendarMarks(scale.ticks(count), locale);
  let tried: string | null = null;
  for (let count = Math.max(2, Math.floor(width / 60)); count >= 1; count--) {
    // Neighbouring counts mostly pick the same interval from d3's ladder, and so the same ticks: each
    // interval is written and placed once (this was most of a small timeline's pan step).
    const interval = deep ? null : intervalKey(d0, d1, count);
    if (interval !== null && interval === tried) continue;
    tried = interval;
    const placed = place(marks(count), scale, width);
    if (placed && placed.length > 0) return placed;
  }
  // Even the sparsest ticks would not fit (a very narrow element): keep the first one alone.
  return place(marks(1).slice(0, 1), scale, Infinity) ?? [];
}
