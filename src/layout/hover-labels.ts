import type { Bridge, HoverView, Rect, ShownLabel } from './hover-view.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { targetSpan } from './targets.js';


/** What hover labels are placed among: each drawn event's target and label, and whether the label shows. */
export interface HoverItem {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly radius: number;
  readonly hit: Rect;
  readonly label: Rect;
  readonly labelVisible: boolean;
  /** Its lane, by position in `HoverScene.lanes`. */
  readonly lane?: number;
}

/** The drawing a hover label is placed in. */
export interface HoverScene<Item extends HoverItem = HoverItem> {
  readonly items: readonly Item[];
  readonly clusters: readonly { readonly hit: Rect }[];
  /** The centre of every row of every lane. */
  readonly rows: readonly number[];
  /** The drawing's width: labels stay inside it. */
  readonly width: number;
  /** Where each lane lies, top to bottom: a label shows in its own lane where it can. */
  readonly lanes?: readonly Lane[];
}

/** Where a tucked label shows on hover or focus, and the way joining it to its marker (kept under the pointer). */
export interface HoverPlace {
  readonly label: Rect;
  readonly bridge: Bridge;
  /** Items (by position) whose shown labels it lies over: they hide while it shows. Empty when it found a clear place. */
  readonly covers: readonly number[];
}

/** Where a lane lies, in px from the drawing's top. */
type Lane = { readonly top: number; readonly height: number };

/** Room in px kept around a hover label, so its shadow does not touch what it leaves visible. */
const CLEARANCE = 3;
/** Room between a marker and a label beside it, as labels placed in rows have. */
const SIDE_GAP = 4;
/** How far above or below its marker, in its own heights, a hover label's place is close: any close place beats one further off. */
const NEAR_ROWS = 2;

/**
 * WCAG 1.4.13: where the tucked label of `scene.items[n]` shows on hover or focus. It is worked out for
 * the one event shown, when it is shown (not for every tucked label on every pan step). The label goes
 * in a row, at the place nearest its marker (rows away and px aside count alike) that covers no other
 * event's marker, target or label, no cluster, and nothing in `avoid` (labels shown at the same time).
 * Close to its marker (no farther aside than its own width, no more than `NEAR_ROWS` of its heights above
 * or below; in its own lane first) such a place beats one that lies over shown labels; either beats a
 * place whose way from the marker crosses another event's target, and any close place beats a clear one
 * rows away, where a reader would not look for it. A place over labels covers no marker or target, and
 * the labels it lies over are listed in `covers` to be hidden while it shows. Only when every row is full
 * of markers does it stay beside its marker, where the placer put it. The place is joined to the marker by
 * `bridge`, so the pointer can move from the marker onto the label without leaving the event.
 */
export function placeHoverLabel(n: number, scene: HoverScene, avoid: readonly Rect[] = []): HoverPlace {
  const { items, clusters, rows, width } = scene;
  const item = items[n]!;
  const { width: w, height: h } = item.label;
  // Its own marker, with the gap a label keeps from it; its own target may lie under the label.
  const own = { x: item.x0 - item.radius - SIDE_GAP + CLEARANCE, y: item.y - item.radius, width: item.x1 - item.x0 + 2 * (item.radius + SIDE_GAP - CLEARANCE), height: 2 * item.radius };
  const solid: Rect[] = [own, ...clusters.map((c) => c.hit), ...avoid];
  const labels: number[] = [];
  items.forEach((other, k) => {
    if (k === n) return;
    // A shown label is part of its event's target; the marker's own target is what must stay clear.
    solid.push(other.labelVisible ? markerTarget(other) : other.hit);
    if (other.labelVisible) labels.push(k);
  });
  // What the pointer can click: the way to the label had best cross none of it, as while the label shows
  // the way keeps the pointer on this event.
  const targets = [...clusters.map((c) => c.hit), ...items.filter((_, k) => k !== n).map((o) => o.hit)];
  const centre = (item.x0 + item.x1) / 2;
  const nearest = (overLabels: boolean, freeWay: boolean, reach: number, rise = Infinity, within: Lane | null = null) => {
    const obstacles = overLabels ? solid : [...solid, ...labels.map((k) => items[k]!.label)];
    let best: { x: number; y: number; cost: number } | null = null;
    for (const row of rows) {
      const y = row - h / 2;
      const up = Math.abs(row - item.y);
      if (up > rise || (within && (row < within.top || row > within.top + within.height)) || (best && up >= best.cost)) continue;
      // The stretches of this row's band that nothing in the way leaves free, left to right.
      const blocked = obstacles
        .filter((o) => o.y - CLEARANCE < y + h && y < o.y + o.height + CLEARANCE)
        .map((o) => [o.x - CLEARANCE, o.x + o.width + CLEARANCE] as const)
        .sort((a, b) => a[0] - b[0]);
      let from = 0;
      for (const [b0, b1] of [...blocked, [width, Infinity] as const]) {
        if (b0 - from >= w) {
          // In the free stretch, the place closest to the marker's centre.
          const x = Math.min(Math.max(centre - w / 2, from), b0 - w);
          const aside = Math.max(0, x - item.x1, item.x0 - (x + w));
          const cost = up + aside;
          if (aside <= reach && (!best || cost < best.cost) && (!freeWay || !wayMeets(bridgeBetween(item.hit, { x, y, width: w, height: h }), targets))) best = { x, y, cost };
        }
        from = Math.max(from, b1);
      }
    }
    return best && { x: best.x, y: best.y, width: w, height: h };
  };
  // Close (in its own lane first): clear with a clear way, over labels, then with a way across other targets
  // (they are reached once the pointer leaves it). Then at any height: near aside with a clear way, twice as far, any way, anywhere.
  const close = NEAR_ROWS * h;
  const closeBy = (within: Lane | null) => nearest(false, true, w, close, within) ?? nearest(true, true, w, close, within) ??
    nearest(false, false, w, close, within) ?? nearest(true, false, w, close, within);
  const lane = item.lane === undefined ? undefined : scene.lanes?.[item.lane];
  const clear = (lane ? closeBy(lane) : null) ?? closeBy(null) ??
    nearest(false, true, w) ?? nearest(true, true, w) ?? nearest(false, true, 2 * w) ?? nearest(true, true, 2 * w) ??
    nearest(false, false, w) ?? nearest(true, false, w) ?? nearest(false, false, Infinity) ?? nearest(true, false, Infinity) ?? item.label;
  const covers = labels.filter((k) => overlaps(items[k]!.label, clear));
  return { label: clear, bridge: bridgeBetween(item.hit, clear), covers };
}

/**
 * The places of the tucked labels of events `shown` (by id; the focused one first), each clear of those
 * before it. A dismissed label hides nothing; ids not drawn, or drawn with their label showing, are skipped.
 */
export function showLabels(scene: HoverScene<HoverItem & { readonly id: string }>, shown: readonly string[], dismissed: ReadonlySet<string>): Omit<HoverView, 'followed'> {
  const places = new Map<string, ShownLabel>();
  const covered = new Set<string>();
  const avoid: Rect[] = [];
  for (const id of shown) {
    const n = scene.items.findIndex((item) => item.id === id);
    const item = scene.items[n];
    if (!item || item.labelVisible) continue;
    const { label, bridge, covers } = placeHoverLabel(n, scene, avoid);
    avoid.push(label);
    places.set(id, { label: { ...label, side: label.x + label.width <= item.x0 ? 'left' : 'right' }, bridge });
    if (!dismissed.has(id)) for (const k of covers) covered.add(scene.items[k]!.id);
  }
  return { places, covered, dismissed };
}

/** A marker's target, as lanes.ts places it: its span (targets.ts), `minTarget` tall. */
export function markerTarget({ x0, x1, y }: HoverItem): Rect {
  const { left, right } = targetSpan(x0, x1);
  return { x: left, y: y - M.minTarget / 2, width: right - left, height: M.minTarget };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The way between a marker's target and its label: the smallest convex shape holding the target and the
 * middle of the label (a strip as wide as a target), as its bounding box and the shape's corners relative
 * to it. Any straight move of the pointer from the target towards the label's middle stays inside it, and
 * reaches the label; a narrow way leaves the rest of the drawing to other events' targets.
 */
export function bridgeBetween(a: Rect, b: Rect): Bridge {
  const strip = Math.min(M.minTarget, b.width);
  const middle = { x: b.x + (b.width - strip) / 2, y: b.y, width: strip, height: b.height };
  const points = [...cornersOf(a), ...cornersOf(middle)];
  const x = Math.min(a.x, middle.x);
  const y = Math.min(a.y, middle.y);
  const width = Math.max(a.x + a.width, middle.x + middle.width) - x;
  const height = Math.max(a.y + a.height, middle.y + middle.height) - y;
  return { x, y, width, height, points: hull(points).map(([px, py]) => [px - x, py - y] as const) };
}

/** Whether a way (a convex polygon) meets any of the boxes: no axis of either separates them. */
function wayMeets(way: Bridge, boxes: readonly Rect[]): boolean {
  const points = way.points.map(([x, y]) => [x + way.x, y + way.y] as const);
  return boxes.some((box) => {
    if (!overlaps(way, box)) return false;
    const corners = cornersOf(box);
    // Each hull edge, counter-clockwise: the box is apart when all its corners are on the outer side.
    return points.every((p, k) => corners.some((c) => cross(p, points[(k + 1) % points.length]!, c) > 0));
  });
}

type Point = readonly [number, number];

const cornersOf = (r: Rect): Point[] => [[r.x, r.y], [r.x + r.width, r.y], [r.x + r.width, r.y + r.height], [r.x, r.y + r.height]];

/** Which side of the line from `o` through `p` the point `q` lies on: the sign says which, zero on the line. */
const cross = (o: Point, p: Point, q: Point) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);

/** The convex hull of points, counter-clockwise from the leftmost (Andrew's monotone chain). */
function hull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const half = (list: readonly Point[]) => {
    const chain: Point[] = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half(sorted.reverse())];
}
