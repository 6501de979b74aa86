import { drawnInOrder, type TimelineLayout } from '../layout/layout.js';
import type { NavigationItem } from '../layout/navigation.js';

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

/**
 * The one event or cluster in the tab order: the wanted one (the reader's last, else the selection)
 * when it is drawn, else the first thing drawn. A list (no `layout`) always renders the wanted
 * event, so it keeps the stop; else the stop goes to `fallback`, the first row near the screen.
 */
export function tabStopIn(layout: TimelineLayout | null, wanted: TabStop | null, fallback: string | null): TabStop | null {
  if (!layout) return wanted && 'id' in wanted ? wanted : fallback === null ? null : { id: fallback };
  if (wanted && ('id' in wanted ? layout.items.some((i) => i.id === wanted.id) : layout.clusters.some((c) => c.key === wanted.cluster))) return wanted;
  const item = layout.items[0];
  const cluster = layout.clusters[0];
  if (item && (!cluster || item.index <= cluster.first)) return { id: item.id };
  return cluster ? { cluster: cluster.key } : null;
}

/** What a drawing shows, in date order, as the keyboard moves among it. */
export function focusUnits(layout: TimelineLayout): FocusUnit[] {
  return drawnInOrder(layout).map((u): FocusUnit => ('item' in u
    ? { id: u.item.id, lane: u.item.lane, x0: u.item.x0, x1: u.item.x1 }
    : { cluster: u.cluster.key, first: u.cluster.first, lane: u.cluster.lane, x0: u.cluster.x0, x1: u.cluster.x1 }));
}
