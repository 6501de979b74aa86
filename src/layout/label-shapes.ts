import { remember } from '../model/remember.js';
import { subsetOf } from '../model/subset.js';
import type { Timeline } from '../model/timeline.js';
import { eventIndex, type EventIndex } from './event-index.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { DEFAULT_SPACING, type TextSpacing } from './text-spacing.js';
import { estimateTextWidth, narrowestWidth, wrappedLines } from './text-width.js';

/** One shape a label can take beside its marker: its title on one line or wrapped on two, the date under it. */
export interface LabelShape {
  readonly width: number;
  readonly height: number;
  /** More than `maxTitleLines` only for a title too long for any row: it waits for hover or focus, whole. */
  readonly titleLines: number;
}

/** Slack for the browser's real glyphs, which the estimate only approaches. */
const SLACK = 4;

/**
 * The shapes a label may take, the one a reader scans fastest first: the title on one line where it
 * is no wider than `maxSingle`; else, or when that is much wider, wrapped on two lines as narrow as
 * the words allow (never wider than `maxWrapped`, which is at most `maxSingle`; a longer title ends in an ellipsis). A row tries
 * them in this order, so a narrow wrapped label takes a row's last gap before a new row opens. Sizes
 * follow the reader's text spacing (WCAG 1.4.12): a title that needs more than two lines at
 * `maxWrapped` gets a taller shape no row takes, so it is tucked and shows whole on hover or focus.
 */
export function labelShapes(title: string, date: string, maxSingle: number, maxWrapped: number, wrap = true, spacing: TextSpacing = DEFAULT_SPACING): readonly LabelShape[] {
  // The same label at the same widths takes the same shapes: a pan or zoom step measures only labels it has
  // not met. Bounded, as a long session of panning across a large dataset meets many labels.
  const key = `${maxSingle} ${maxWrapped} ${wrap} ${spacing.titleLine} ${spacing.dateLine} ${spacing.letter} ${spacing.word}\n${date}\n${title}`;
  return remember(known, key, 5_000, () => measureShapes(title, date, maxSingle, maxWrapped, wrap, spacing));
}

const known = new Map<string, readonly LabelShape[]>();

function measureShapes(title: string, date: string, maxSingle: number, maxWrapped: number, wrap: boolean, spacing: TextSpacing): readonly LabelShape[] {
  const titleWidth = estimateTextWidth(title, M.titleFontSize, true, spacing);
  const dateWidth = estimateTextWidth(date, M.dateFontSize, false, spacing);
  const shapes: LabelShape[] = [];
  const single = Math.ceil(Math.max(titleWidth, dateWidth)) + SLACK;
  const height = (lines: number) => lines * spacing.titleLine + spacing.dateLine;
  // A lane of one-line rows never wraps (its widest title fits on one line, see `widestTitles`).
  if (!wrap) return [{ width: Math.min(single, maxSingle), height: height(1), titleLines: 1 }];
  if (single <= maxSingle) shapes.push({ width: single, height: height(1), titleLines: 1 });
  const narrowest = narrowestWidth(title, M.maxTitleLines, M.titleFontSize, true, spacing);
  const wrapped = Math.min(maxWrapped, Math.max(narrowest, Math.ceil(dateWidth)) + SLACK);
  const lines = narrowest + SLACK <= maxWrapped ? M.maxTitleLines : wrappedLines(title, wrapped - SLACK, M.titleFontSize, true, spacing);
  // Wrapping is worth a taller row only when it saves real width.
  if (shapes.length === 0 || wrapped < single * 0.8) shapes.push({ width: wrapped, height: height(lines), titleLines: lines });
  return shapes;
}

/** How many of a lane's longest titles (by characters) are measured to find its widest. */
const MEASURED_PER_LANE = 200;
const widest = new WeakMap<Timeline, { readonly letter: number; readonly word: number; readonly widths: Float64Array }>();

/**
 * The widest title of each lane on one line, in px: a lane whose titles all fit on one line has
 * one-line rows. It depends on the data alone, not on the view, so rows keep their height while the
 * reader pans. Found once per dataset from each lane's longest titles by characters, so a large
 * dataset measures a few hundred titles, not all of them.
 */
export function widestTitles(timeline: Timeline, index: EventIndex, spacing: TextSpacing = DEFAULT_SPACING): Float64Array {
  // A search's matches keep the whole dataset's rows (their index keeps its lanes), so rows do not jump while the reader types.
  const parent = subsetOf(timeline)?.parent;
  if (parent) return widestTitles(parent, eventIndex(parent), spacing);
  const known = widest.get(timeline);
  if (known && known.letter === spacing.letter && known.word === spacing.word) return known.widths;
  const { events } = timeline;
  const lengths = events.map((e) => e.title.length);
  // Events by title length, longest first: a counting sort, as titles have a bounded length.
  const longest = lengths.reduce((max, length) => Math.max(max, length), 0);
  const starts = new Uint32Array(longest + 2);
  for (const length of lengths) starts[longest - length + 1]!++;
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const order = new Uint32Array(events.length);
  lengths.forEach((length, i) => (order[starts[longest - length]!++] = i));
  const widths = new Float64Array(index.laneKeys.length);
  const measured = new Uint32Array(index.laneKeys.length);
  for (const i of order) {
    const lane = index.lanes[i]!;
    if (measured[lane]! >= MEASURED_PER_LANE) continue;
    measured[lane]!++;
    widths[lane] = Math.max(widths[lane]!, estimateTextWidth(events[i]!.title, M.titleFontSize, true, spacing));
  }
  widest.set(timeline, { letter: spacing.letter, word: spacing.word, widths });
  return widths;
}
