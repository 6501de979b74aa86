import { drawnInOrder, type DrawnUnit, type TimelineLayout } from '../layout/layout.js';
import type { NavigationItem } from '../layout/navigation.js';
import { revealView, sameView, type TimeWindow } from '../layout/view.js';
import type { TimelineEvent } from '../model/timeline.js';

/** Where the tab stop is: an event (by id) or a cluster (by key). */
export type TabStop = { readonly id: string } | { readonly cluster: string };

/** One thing on screen the keys move among: an event, or a cluster of events. */
export interface FocusUnit extends NavigationItem {
  readonly id?: string;
  readonly cluster?: string;
  /** A cluster's first event, in date order. */
  readonly first?: number;
}

/** Whether `a` is the tab stop `b` (an event by id, or a cluster by key). */
export function sameStop(a: TabStop, b: TabStop | null): boolean {
  if (!b) return false;
  return 'id' in a ? 'id' in b && a.id === b.id : 'cluster' in b && a.cluster === b.cluster;
}

/** A drawing as the tab stop reads it: its layout, what it draws in date order, the events' dates and the data's extent. */
export interface TabStopDrawing {
  readonly layout: TimelineLayout;
  readonly units: readonly DrawnUnit[];
  readonly events: readonly TimelineEvent[];
  readonly extent: TimeWindow;
}

/**
 * The one event or cluster in the tab order: the wanted one (the reader's last, else the selection)
 * when it is drawn, else the first thing drawn that focus shows where it is, without panning the view.
 * A list (no drawing) always renders the wanted event, so it keeps the stop; else the stop goes to
 * `fallback`, the first row near the screen.
 */
export function tabStopIn(drawing: TabStopDrawing | null, wanted: TabStop | null, fallback: string | null): TabStop | null {
  if (!drawing) return wanted && 'id' in wanted ? wanted : fallback === null ? null : { id: fallback };
  const { layout, units, events, extent } = drawing;
  if (wanted && ('id' in wanted ? layout.items.some((i) => i.id === wanted.id) : layout.clusters.some((c) => c.key === wanted.cluster))) return wanted;
  // The first thing the reader can tab to without the view moving: a margin beyond each edge is laid
  // out too, and focus on an event near or beyond an edge pans to it (a cluster there stays out of sight).
  const first = units.find((u) => {
    if ('cluster' in u) return u.cluster.x0 >= 0 && u.cluster.x1 <= layout.width;
    const event = events[u.item.index];
    return !!event && sameView(revealView(layout.view, event.start.time, (event.end ?? event.start).endTime, { extent, minSpan: 0 }), layout.view);
  }) ?? units[0];
  if (!first) return null;
  return 'item' in first ? { id: first.item.id } : { cluster: first.cluster.key };
}

/** What a drawing shows, in date order, as the keyboard moves among it. */
export function focusUnits(layout: TimelineLayout): FocusUnit[] {
  return drawnInOrder(layout).map((u): FocusUnit => ('item' in u
    ? { id: u.item.id, lane: u.item.lane, x0: u.item.x0, x1: u.item.x1 }
    : { cluster: u.cluster.key, first: u.cluster.first, lane: u.cluster.lane, x0: u.cluster.x0, x1: u.cluster.x1 }));
}
