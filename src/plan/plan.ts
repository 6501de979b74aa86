import { eventIndex } from '../layout/event-index.js';
import { drawnInOrder, layoutTimeline, type DrawnUnit, type TimelineLayout } from '../layout/layout.js';
import { plainOffsets, plainWindow, WINDOW_ABOVE, windowRows } from '../layout/list.js';
import { resolveOrientation, type TimelineOrientation } from '../layout/orientation.js';
import { DEFAULT_SPACING, type TextSpacing } from '../layout/text-spacing.js';
import { layoutVertical, rowsInBand, type VerticalLayout } from '../layout/vertical.js';
import type { TimeWindow } from '../layout/view.js';
import type { ChangeMark } from '../model/diff.js';
import type { Timeline } from '../model/timeline.js';
import { rememberLast, sameInputs } from './last-inputs.js';
import type { ReaderText } from './reader-text.js';
import { tabStopIn, type TabStop } from './tab-stop.js';
import { nearestOffers, viewDates, type NearestOffer } from './view-text.js';

/** The vertical layout lays out every event (then draws those near the screen); longer timelines use the windowed plain list on narrow screens. */
export const VERTICAL_MAX = 5_000;

/** Everything the view depends on, by name. */
export interface PlanInputs {
  readonly timeline: Timeline | null;
  /** The element's content width in px; 0 until it has measured itself (and while hidden). */
  readonly width: number;
  readonly orientation: TimelineOrientation;
  readonly verticalBelow: number;
  readonly listView: boolean;
  /** The visible window of the drawing, in ms. */
  readonly view: TimeWindow | null;
  /** Dates, names and sentences in the reader's language. */
  readonly words: ReaderText;
  readonly rtl: boolean;
  readonly rowHeight: number | null;
  readonly selected: string | null;
  /** Where the reader's keyboard focus is, or `null` before they have moved it. */
  readonly focus: TabStop | null;
  /** Events under fingers still down. */
  readonly touched: readonly string[];
  /** The part of a long list near the screen, in px from the list's top. */
  readonly band: readonly [number, number];
  /** A height in px for the drawing to fill (an image of a given size); none on screen. */
  readonly fill?: number | null;
  /** Events added or changed that the reader has not seen yet, by id. Drawn, never laid out: a mark moves nothing. */
  readonly marks: ReadonlyMap<string, ChangeMark>;
  /** The reader's text spacing, as measured on the element (WCAG 1.4.12); the element's own when absent. */
  readonly spacing?: TextSpacing;
}

interface PlanBase {
  /** The orientation laid out: `null` until the element has measured itself, and for narrow timelines too long to lay out vertically. */
  readonly orientation: 'horizontal' | 'vertical' | null;
  /** The one event or cluster in the tab order. */
  readonly tabStop: TabStop | null;
  /** The "New" and "Updated" marks to draw (the input's). */
  readonly marks: ReadonlyMap<string, ChangeMark>;
}

/** The horizontal drawing: what is drawn, in date order. */
export interface DrawingPlan extends PlanBase {
  readonly mode: 'drawing';
  readonly layout: TimelineLayout;
  readonly units: readonly DrawnUnit[];
  /** A window with no event in it: its dates, and the nearest events either side to offer; else `null`. */
  readonly empty: { readonly dates: string; readonly offers: readonly NearestOffer[] } | null;
}

/** The vertical layout, and for a long one the rows `[from, to)` near the screen. */
export interface VerticalPlan extends PlanBase {
  readonly mode: 'vertical';
  readonly layout: VerticalLayout;
  readonly rows: readonly [number, number] | null;
}

/** The plain list: every event, or for a long one the positions near the screen (and the pinned ones). */
export interface ListPlan extends PlanBase {
  readonly mode: 'list';
  readonly rows: readonly number[] | null;
  /**
   * For a long list, where each row starts (estimated, px from the list's top) and the rows `[from, to)`
   * that flow in the list; a row shown outside them (the selected or focused one) sits at its offset.
   */
  readonly flow: { readonly offsets: Float64Array; readonly from: number; readonly to: number } | null;
}

export type TimelinePlan = DrawingPlan | VerticalPlan | ListPlan;

/** What a drawing's lanes depend on besides its view and pinned events. */
interface LaneInputs {
  readonly timeline: Timeline;
  readonly width: number;
  readonly words: ReaderText;
  readonly rtl: boolean;
  readonly rowHeight: number | null;
  readonly spacing: TextSpacing;
}

/** A drawing's rows per lane, and what it was laid out with. */
interface LaneRows {
  readonly drawnWith: LaneInputs;
  readonly rows: readonly number[];
}

/**
 * The plan stage: from named inputs to one value per mode, with everything render needs. Pure and
 * DOM-free. Each layout is remembered on the inputs it reads, so a selection or a scrolled list does
 * not lay the drawing out again, and a pan does not lay out the vertical timeline. A drawing also keeps
 * the rows its lanes had while the reader pans and zooms (see `LayoutOptions.minRows`): the plan of a
 * view depends on the views passed through to reach it, never on anything outside the inputs. New data,
 * a new width, language, row height or text spacing lays the lanes out afresh, as tall as they need.
 */
export function createPlanner(): (inputs: PlanInputs) => TimelinePlan {
  // The rows each lane had in the last drawing, and what it was drawn with: a pan or zoom keeps them.
  let lanes: LaneRows | null = null;
  // Not among the remembered inputs: it is the last drawing's own rows when only the view moved, else none, so
  // inputs that are otherwise the same give the same drawing either way.
  let minRows: readonly number[] = [];
  const drawing = rememberLast((i: { timeline: Timeline; width: number; view: TimeWindow | null; words: ReaderText; rtl: boolean; rowHeight: number | null; pinned: readonly string[]; fill: number | null; spacing: TextSpacing }) =>
    layoutTimeline(i.timeline, {
      width: i.width,
      spacing: i.spacing,
      minRows,
      ...(i.fill === null ? {} : { fill: i.fill }),
      view: i.view ?? undefined,
      locale: i.words.locale,
      rtl: i.rtl,
      rowHeight: i.rowHeight ?? undefined,
      dateText: (e) => i.words.dateLine(e),
      asOfText: (d) => i.words.asOf(d),
      deepYearText: (year) => i.words.deepYear(year),
      pinned: i.pinned,
    }));
  // Before the element has measured itself (and on the server) a long list is estimated at a common width.
  const plain = rememberLast((i: { timeline: Timeline; width: number; spacing: TextSpacing }) => plainOffsets(i.timeline, i.width || 800, i.spacing));
  const vertical = rememberLast((i: { timeline: Timeline; width: number; words: ReaderText }) =>
    layoutVertical(i.timeline, {
      width: i.width,
      locale: i.words.locale,
      dateText: (e) => i.words.dateLine(e),
      asOfText: (d) => i.words.asOf(d),
      breakText: (ms) => i.words.gap(ms),
      ungrouped: i.words.strings.ungrouped,
    }));

  return (i) => {
    const { timeline, width, words } = i;
    const events = timeline?.events ?? [];
    const resolved = timeline && width > 0 ? resolveOrientation(i.orientation, width, i.verticalBelow) : null;
    const orientation = resolved === 'vertical' && events.length > VERTICAL_MAX ? null : resolved;
    const focusId = i.focus && 'id' in i.focus ? i.focus.id : null;
    // The reader's last stop, else the selection, holds the tab stop where it is shown.
    const wanted = i.focus ?? (i.selected === null ? null : { id: i.selected });

    if (timeline && !i.listView && orientation === 'horizontal') {
      // The selected, focused and touched events stay drawn on their own, even inside a cluster.
      const pinned = [i.selected, focusId, ...i.touched].filter((id): id is string => id !== null);
      const spacing = i.spacing ?? DEFAULT_SPACING;
      const drawnWith = { timeline, width, words, rtl: i.rtl, rowHeight: i.rowHeight, spacing };
      const fill = i.fill ?? null;
      minRows = fill === null && lanes && sameInputs(lanes.drawnWith, drawnWith) ? lanes.rows : [];
      const layout = drawing({ timeline, width, view: i.view, words, rtl: i.rtl, rowHeight: i.rowHeight, pinned, fill, spacing });
      lanes = layout ? { drawnWith, rows: layout.lanes.map((lane) => lane.rowCount) } : null;
      if (layout) {
        const offers = nearestOffers(words, timeline, layout.view);
        const empty = offers.length ? { dates: viewDates(words, layout.view), offers } : null;
        const units = drawnInOrder(layout);
        const tabStop = tabStopIn({ layout, units, events, extent: eventIndex(timeline).extent ?? layout.view }, wanted, null);
        return { mode: 'drawing', orientation, layout, units, tabStop, empty, marks: i.marks };
      }
    }
    if (timeline && !i.listView && orientation === 'vertical') {
      const layout = vertical({ timeline, width, words });
      if (layout) {
        let rows: readonly [number, number] | null = null;
        if (layout.rows.length > WINDOW_ABOVE) {
          const keep = focusId ?? i.selected;
          const row = keep === null ? -1 : layout.rows.findIndex((r) => r.kind === 'event' && r.id === keep);
          rows = rowsInBand(layout, i.band[0], i.band[1], row === -1 ? null : row);
        }
        // Until the reader chooses, the first event row from the window's start holds the tab stop.
        const from = rows?.[0] ?? 0;
        const first = layout.rows.find((r, n) => n >= from && r.kind === 'event');
        return { mode: 'vertical', orientation, layout, rows, tabStop: tabStopIn(null, wanted, first?.kind === 'event' ? first.id : null), marks: i.marks };
      }
    }
    const index = timeline && eventIndex(timeline);
    const pinnedRows = [i.selected, focusId].map((id) => (id === null || !index ? -1 : (index.byId.get(id) ?? -1))).filter((n) => n >= 0);
    const offsets = timeline && events.length > WINDOW_ABOVE ? plain({ timeline, width, spacing: i.spacing ?? DEFAULT_SPACING }) : null;
    const window = offsets && plainWindow(offsets, i.band, pinnedRows);
    // In a list, an event the reader has not chosen holds the tab stop: the first row near the screen.
    const first = events[window ? Math.min(window.from, events.length - 1) : 0]?.id ?? null;
    return {
      mode: 'list', orientation, rows: window ? windowRows(window, events.length) : null,
      flow: offsets && window ? { offsets, from: window.from, to: window.to } : null, tabStop: tabStopIn(null, wanted, first), marks: i.marks,
    };
  };
}
