/** A box in px, relative to the drawing (as `Box` in lanes.ts). */
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What hover labels are placed among: each drawn event's target and label, and whether the label shows. */
export interface HoverItem {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly radius: number;
  readonly hit: Rect;
  readonly label: Rect;
  readonly labelVisible: boolean;
}

/** Where a tucked label shows on hover or focus, and the strip joining it to its marker (kept under the pointer). */
export interface HoverPlace {
  readonly label: Rect;
  readonly bridge: Rect;
}

/** Room in px kept around a hover label, so its shadow does not touch what it leaves visible. */
const CLEARANCE = 3;
/** Room between a marker and a label beside it, as labels placed in rows have. */
const SIDE_GAP = 4;

/**
 * WCAG 1.4.13: a label tucked away shows on hover or focus where it covers no other event's label or
 * marker and no cluster: beside its marker in its own row if that is clear, else centred over or
 * under it in the nearest row that is, else beside it in that row; where nothing is clear, beside it
 * as before. Every place is joined to the marker by a strip (`bridge`) in a straight line, so the
 * pointer can move from the marker onto the label without leaving the event. `rows` are the centres
 * of every row of every lane. Returns a place for each item whose label is tucked, by position in `items`.
 */
export function placeHoverLabels(items: readonly HoverItem[], clusters: readonly { readonly hit: Rect }[], rows: readonly number[], width: number): Map<number, HoverPlace> {
  const places = new Map<number, HoverPlace>();
  // Obstacles as flat edges, grown by the clearance (this runs on every pan and keyboard step).
  const boxes: Rect[] = clusters.map((c) => c.hit);
  for (const item of items) {
    boxes.push(item.hit);
    if (item.labelVisible) boxes.push(item.label);
  }
  const [left, right, top, bottom] = [new Float64Array(boxes.length), new Float64Array(boxes.length), new Float64Array(boxes.length), new Float64Array(boxes.length)];
  boxes.forEach((o, k) => {
    left[k] = o.x - CLEARANCE;
    right[k] = o.x + o.width + CLEARANCE;
    top[k] = o.y - CLEARANCE;
    bottom[k] = o.y + o.height + CLEARANCE;
  });
  // Rows nearest an item first: the same order for every item in a row, so sorted once per row.
  const byDistance = new Map<number, readonly number[]>();
  items.forEach((item, n) => {
    // A marker beyond the drawing cannot be hovered or focused there: a pan lays it out again.
    if (item.labelVisible || item.x1 < 0 || item.x0 > width) return;
    const { width: w, height: h } = item.label;
    // The few places a label is tried at, each with the obstacles in its column (its own target aside).
    const column = (x: number) => {
      const across: number[] = [];
      if (x < 0 || x + w > width) return null;
      for (let k = 0; k < boxes.length; k++) if (x < right[k]! && left[k]! < x + w && boxes[k] !== item.hit) across.push(k);
      return { x, across };
    };
    const beside = [column(Math.max(item.hit.x + item.hit.width, item.x1 + item.radius + SIDE_GAP)), column(Math.min(item.hit.x, item.x0 - item.radius - SIDE_GAP) - w)];
    const over = [column((item.x0 + item.x1) / 2 - w / 2), column(item.hit.x), column(item.hit.x + item.hit.width - w)];
    let order = byDistance.get(item.y);
    if (!order) byDistance.set(item.y, (order = [...rows].sort((a, b) => Math.abs(a - item.y) - Math.abs(b - item.y))));
    for (const y of order) {
      const y0 = y - h / 2;
      const at = (Math.abs(y - item.y) < 1 ? beside : over).find((c) => c && c.across.every((k) => y0 >= bottom[k]! || top[k]! >= y0 + h));
      if (at) {
        const label = { x: at.x, y: y0, width: w, height: h };
        places.set(n, { label, bridge: between(item.hit, label) });
        break;
      }
    }
  });
  return places;
}

/** The strip between two boxes: where they face each other along one axis, the gap between them along the other. */
function between(a: Rect, b: Rect): Rect {
  const [x0, x1] = joint(a.x, a.x + a.width, b.x, b.x + b.width);
  const [y0, y1] = joint(a.y, a.y + a.height, b.y, b.y + b.height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Two ranges' overlap, or the gap between them. */
function joint(a0: number, a1: number, b0: number, b1: number): [number, number] {
  const from = Math.max(a0, b0);
  const to = Math.min(a1, b1);
  return from <= to ? [from, to] : [to, from];
}
