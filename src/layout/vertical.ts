import { bisectLeft, bisectRight } from 'd3-array';
import { median } from './median.js';
import type { TimelineDate } from '../model/dates.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { NewsEventStatus } from '../model/types.js';
import { utcFormatter } from '../model/format-date.js';
import { reachesDeepTime } from './deep-ticks.js';
import { eventIndex } from './event-index.js';
import { estimateTextWidth } from './text-width.js';

/**
 * The vertical timeline for narrow containers: time runs down the page along a spine, each event a
 * row with its full label beside it. Rows flow in the document (the page scrolls, nothing nests),
 * so layout gives each row a height and the space before it rather than absolute positions:
 * space is proportional to time, except that a long empty stretch shrinks to an explicit break.
 */

export const VERTICAL_METRICS = {
  /** The spine's distance from the inline start, and the marker box centred on it. */
  spineX: 20,
  markerBox: 24,
  /** Where labels start, and the widest a label grows (long lines are hard to read). */
  labelX: 44,
  maxLabelWidth: 640,
  titleFontSize: 15,
  titleLineHeight: 20,
  maxTitleLines: 4,
  dateLineHeight: 18,
  laneLineHeight: 16,
  rowPadding: 8,
  headingHeight: 28,
  breakHeight: 32,
  /** Smallest space between rows, and the air a typical gap between events adds to a row. */
  minGap: 8,
  typicalGap: 24,
  /** An empty stretch longer than this many typical gaps, and taller than `breakAbove` px, becomes a break. */
  breakRatio: 2.5,
  breakAbove: 160,
  /** At most this many px per day, so two events a day apart never sit a screen apart. */
  maxPxPerDay: 40,
  rangeMin: 14,
} as const;
const V = VERTICAL_METRICS;

interface RowBase {
  /** Space above the row, in px: proportional to the time since the previous row. */
  readonly gapBefore: number;
  /** The row's expected height; text that wraps more simply makes it taller. */
  readonly height: number;
}

export interface VerticalEventRow extends RowBase {
  readonly kind: 'event';
  readonly id: string;
  /** Index of the event in the timeline's (date) order. */
  readonly index: number;
  readonly lane: number;
  readonly laneLabel: string;
  readonly status: NewsEventStatus;
  readonly title: string;
  readonly titleLines: number;
  readonly dateText: string;
  /** A range's bar length along the spine; 0 for a point event. */
  readonly barLength: number;
}

/** A year heading, a compressed stretch ("… 11 months"), the "as reported" line or the start of an era. */
export interface VerticalMarkRow extends RowBase {
  readonly kind: 'year' | 'break' | 'as-of' | 'era';
  readonly label: string;
}

export type VerticalRow = VerticalEventRow | VerticalMarkRow;

export interface VerticalLayout {
  readonly orientation: 'vertical';
  readonly width: number;
  readonly spineX: number;
  readonly labelX: number;
  readonly labelWidth: number;
  /** Rows top to bottom: events in date order, with headings and breaks between them. */
  readonly rows: readonly VerticalRow[];
  /** Where each row's space begins, in px from the top (estimated), and the total at the end: `rows.length + 1` entries. */
  readonly offsets: Float64Array;
}

export interface VerticalOptions {
  readonly width: number;
  readonly locale?: string;
  readonly dateText: (event: TimelineEvent) => string;
  readonly asOfText?: (date: TimelineDate) => string;
  /** The label of a compressed stretch, given its length in ms, e.g. "… 11 months". */
  readonly breakText: (ms: number) => string;
  /** A lane's name, for events without a group. */
  readonly ungrouped?: string;
}

/** One thing that happens at a time: an event, or the "as reported" line. */
type Timed = { time: number; endTime: number; range: boolean; row: VerticalEventRow | VerticalMarkRow };

/** Lays a timeline out top to bottom at `width` px. `null` when there is nothing to show. */
export function layoutVertical(timeline: Timeline, options: VerticalOptions): VerticalLayout | null {
  if (timeline.events.length === 0 || options.width <= 0) return null;
  const labelWidth = Math.max(120, Math.min(V.maxLabelWidth, options.width - V.labelX - 8));
  // The cached formatters: building one costs far more than using it (every layout built two).
  const yearFormat = utcFormatter(options.locale, { year: 'numeric' });
  const bcFormat = utcFormatter(options.locale, { year: 'numeric', era: 'short' });
  // Deep time has no calendar year to head a row with (Date cannot hold it): its rows' dates say
  // when. Years BC say so, as the dates under them do ("300 BC", not "300").
  const yearHeading = (time: number) => {
    if (reachesDeepTime(time, time)) return null;
    return (new Date(time).getUTCFullYear() <= 0 ? bcFormat : yearFormat).format(time);
  };

  // 1. Events (and the "as reported" line) as rows in date order, with estimated heights.
  const { laneKeys } = eventIndex(timeline);
  const labels = new Map(timeline.groups.map((g) => [g.id, g.label]));
  const showLanes = timeline.groups.length > 0;
  const timed: Timed[] = timeline.events.map((event, index) => {
    const titleWidth = estimateTextWidth(event.title, V.titleFontSize, true) * 1.08;
    const titleLines = Math.min(V.maxTitleLines, Math.max(1, Math.ceil(titleWidth / labelWidth)));
    const height = V.rowPadding + titleLines * V.titleLineHeight + V.dateLineHeight + (showLanes ? V.laneLineHeight : 0);
    const laneLabel = event.group === null ? (showLanes ? (options.ungrouped ?? '') : '') : (labels.get(event.group) ?? event.group);
    const time = event.start.time;
    const endTime = (event.end ?? event.start).endTime;
    return {
      time, endTime, range: event.end !== null,
      row: {
        kind: 'event', id: event.id, index, lane: laneKeys.indexOf(event.group), laneLabel, status: event.status,
        title: event.title, titleLines, dateText: options.dateText(event), barLength: 0, gapBefore: 0, height,
      },
    };
  });
  // An era is marked where it begins; its name says what the following events belong to.
  for (const era of timeline.eras) {
    const i = timed.findIndex((t) => t.time >= era.start.time);
    const row: VerticalMarkRow = { kind: 'era', label: era.title, gapBefore: 0, height: V.headingHeight };
    timed.splice(i === -1 ? timed.length : i, 0, { time: era.start.time, endTime: era.start.time, range: false, row });
  }
  if (timeline.asOf && options.asOfText) {
    const at = timeline.asOf.time;
    // The line follows every event of its own day: those were known when the story was reported.
    const i = timed.findIndex((t) => t.time > at);
    const row: VerticalMarkRow = { kind: 'as-of', label: options.asOfText(timeline.asOf), gapBefore: 0, height: V.headingHeight };
    timed.splice(i === -1 ? timed.length : i, 0, { time: at, endTime: at, range: false, row });
  }

  // 2. Scale: the typical gap between events spans a typical row plus some air, so that gaps at least
  // that long are drawn to scale; shorter ones stack rows at the minimum gap.
  const gaps = timed.slice(1).map((t, i) => t.time - timed[i]!.time).filter((g) => g > 0);
  const typical = median(gaps) ?? 0;
  const rowHeight = median(timed, (t) => t.row.height) ?? 0;
  const pxPerMs = typical > 0 ? Math.min((rowHeight + V.typicalGap) / typical, V.maxPxPerDay / 86_400_000) : 0;

  // 3. Rows top to bottom; a stretch too long to draw to scale becomes a labelled break.
  const rows: VerticalRow[] = [];
  let previous: Timed | null = null;
  let lastEnd = -Infinity;
  for (const item of timed) {
    const before: VerticalMarkRow[] = [];
    let space = 0;
    if (previous) {
      const empty = item.time - lastEnd;
      // Distance between row tops is proportional to time, but never less than the row above plus the minimum gap.
      const proportional = (item.time - previous.time) * pxPerMs - previous.row.height;
      if (empty > V.breakRatio * typical && empty * pxPerMs > V.breakAbove) {
        before.push({ kind: 'break', label: options.breakText(empty), gapBefore: V.minGap, height: V.breakHeight });
      } else space = Math.max(V.minGap, proportional);
    }
    const year = yearHeading(item.time);
    if (year !== null && (!previous || yearHeading(previous.time) !== year)) before.push({ kind: 'year', label: year, gapBefore: V.minGap, height: V.headingHeight });
    // The proportional space goes above the first row of the group, so headings stay with their event.
    before.forEach((row, i) => rows.push(i === 0 ? { ...row, gapBefore: Math.max(row.gapBefore, space - row.height - V.minGap / 2) } : row));
    const gapBefore = before.length ? V.minGap / 2 : space;
    const row = item.row.kind === 'event'
      ? { ...item.row, gapBefore, barLength: item.range ? Math.max(V.rangeMin, Math.min((item.endTime - item.time) * pxPerMs, item.row.height - V.rowPadding)) : 0 }
      : { ...item.row, gapBefore };
    rows.push(row);
    previous = item;
    lastEnd = Math.max(lastEnd, item.endTime);
  }
  const offsets = new Float64Array(rows.length + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.gapBefore + row.height));
  return { orientation: 'vertical', width: options.width, spineX: V.spineX, labelX: V.labelX, labelWidth, rows, offsets };
}

/**
 * The rows `[from, to)` whose estimated space meets the band `[top, bottom]` (px from the list's
 * top), widened to include the row at `keep` (a focused or selected event) by moving there.
 */
export function rowsInBand(layout: VerticalLayout, top: number, bottom: number, keep: number | null): readonly [number, number] {
  const { offsets, rows } = layout;
  let from = Math.max(0, bisectRight(offsets, top) - 1);
  let to = Math.min(rows.length, Math.max(from + 1, bisectLeft(offsets, bottom) + 1));
  if (keep !== null && keep >= 0 && (keep < from || keep >= to)) {
    // Jumping to a row far away (Home, End, a link): the window moves to it; scrolling follows focus.
    const span = to - from;
    from = Math.max(0, keep - Math.floor(span / 2));
    to = Math.min(rows.length, from + span);
  }
  return [from, to];
}
