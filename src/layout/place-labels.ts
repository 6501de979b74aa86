import type { LabelShape } from './label-shapes.js';
import { TIMELINE_METRICS as M } from './metrics.js';
import { RowPacker, type Span } from './rows.js';

/** An event to place in a lane: its marker and the shapes its label may take. */
export interface EventToPlace {
  /** The event's position in date order. */
  readonly index: number;
  /** The marker's left and right edges and radius. */
  readonly x0: number;
  readonly x1: number;
  readonly radius: number;
  /** The marker's target, at least `minTarget` wide (targets may touch: the rows' gap is kept inside them). */
  readonly marker: Span;
  /** The label's shapes, in the order they are tried. */
  readonly shapes: readonly LabelShape[];
}

/** Where a label sits: its side of the marker, its left edge and its shape. */
export interface PlacedLabel {
  readonly side: 'right' | 'left';
  readonly x: number;
  readonly shape: LabelShape;
}

/** Where an event went: its row, and its label, or `null` when the label waits for hover and focus. */
export interface Placement {
  readonly row: number;
  readonly label: PlacedLabel | null;
}

interface Placed {
  row: number;
  label: PlacedLabel | null;
  /** What the event holds in its row: the marker and, while it shows, its label. */
  span: Span;
  readonly marker: Span;
}

/** Room kept between a label and a line it must not cross. */
const LINE_CLEARANCE = 3;

/**
 * One lane's rows as events claim them, so that nothing is drawn over anything: no label covers
 * another label, or another event's marker or cluster. Each event takes the first row where a label
 * fits, on whichever side of its marker has room, in the first shape that fits, clear of the lines
 * across the lanes (`lines`: the "as reported" line); a label that fits only across a line still
 * shows, and the line breaks around it. Else its marker alone takes the first row with room, and its
 * label waits for hover or focus; labels in its way are tucked to make that room. A marker that would
 * lie on another marker or a cluster in every row is not placed (the lane groups it, see crowding.ts),
 * unless forced: then it goes where fewest labels are, and the labels it would cover are tucked.
 */
export class LabelPlacer {
  private readonly packer: RowPacker;
  private readonly placed = new Map<number, Placed>();
  /** Cluster marks, by row: like markers, nothing is tucked to make room over them. */
  private readonly claims: { readonly row: number; readonly span: Span }[] = [];

  constructor(maxRows: number, private readonly width: number, private readonly lines: readonly number[], private readonly rtl: boolean) {
    this.packer = new RowPacker(maxRows);
  }

  /** How many rows hold something. */
  get rowCount(): number {
    return this.packer.rowCount;
  }

  /** The least room in px between two things in a row. */
  get gap(): number {
    return this.packer.gap;
  }

  /**
   * A target as rows pack it: narrowed by half the rows' gap each side, so two targets may touch (WCAG
   * asks only that they do not overlap) while a label keeps half the gap from a marker's target.
   */
  packed(target: Span): Span {
    const half = this.packer.gap / 2;
    return { left: target.left + half, right: target.right - half };
  }

  /** A span that must stay clear (a cluster's mark): its row, the first with room; -1 when none has, unless `force` (then the last). */
  claim(target: Span, force = false): number {
    const span = this.packed(target);
    let row = this.packer.firstFit(span);
    if (row === -1) {
      if (!force) return -1;
      row = this.packer.maxRows - 1;
    }
    this.packer.add(row, span);
    this.claims.push({ row, span });
    return row;
  }

  /** Places an event; `false`, placing nothing, when its marker would lie on another's or a cluster's in every row (unless `force`). */
  place(event: EventToPlace, force = false): boolean {
    const marker = this.packed(event.marker);
    const sides = this.rtl ? (['left', 'right'] as const) : (['right', 'left'] as const);
    // Where the label may go, in the order tried in each row: each shape on each side, inside the
    // drawing, and whether it keeps clear of the lines. None of this depends on the row, so it is worked
    // out once, not once per row. A title too long for a row's two lines waits for hover or focus, shown whole.
    const tries = event.shapes.flatMap((shape) => shape.titleLines > M.maxTitleLines ? [] : sides.map((side) => labelAt(event, shape, side)))
      .map((label) => [label, spanWith(marker, label), this.clearOfLines(label)] as const)
      .filter(([, span]) => this.inside(span));
    // A label crosses a line only where it fits nowhere else; the line then breaks around it.
    for (const crossing of [false, true]) {
      for (let row = 0; row < this.packer.maxRows; row++) {
        for (const [label, span, clear] of tries) {
          if ((crossing || clear) && this.packer.fits(row, span)) {
            this.packer.add(row, span);
            this.placed.set(event.index, { row, label, span, marker });
            return true;
          }
        }
      }
    }
    const free = this.packer.firstFit(marker);
    if (free !== -1) {
      this.packer.add(free, marker);
      this.placed.set(event.index, { row: free, label: null, span: marker, marker });
      return true;
    }
    const row = this.leastCovered(marker, !force);
    if (row === -1) return false;
    const covering = this.covering(row, marker);
    for (const other of covering) this.tuck(other);
    // With room made, the event tries again (its own label may now fit); each try tucks at least one label.
    if (covering.length > 0) return this.place(event, force);
    this.packer.add(row, marker);
    this.placed.set(event.index, { row, label: null, span: marker, marker });
    return true;
  }

  /** Where an event went, once the lane is placed (a later event may still tuck its label). */
  placement(index: number): Placement {
    return this.placed.get(index)!;
  }

  /** Where a label that waits for hover or focus shows: the narrowest shape, on the first side inside the drawing. */
  hoverLabel(event: EventToPlace): PlacedLabel {
    const shape = event.shapes[event.shapes.length - 1]!;
    const sides = this.rtl ? (['left', 'right'] as const) : (['right', 'left'] as const);
    const labels = sides.map((side) => labelAt(event, shape, side));
    return labels.find((l) => l.x >= 0 && l.x + l.shape.width <= this.width) ?? labels[0]!;
  }

  /** Whether a marker and its label are both inside the drawing (a marker beyond its edge shows no label). */
  private inside(span: Span): boolean {
    return span.left >= 0 && span.right <= this.width;
  }

  private clearOfLines(label: PlacedLabel): boolean {
    return this.lines.every((x) => !crosses({ x: label.x, width: label.shape.width }, x));
  }

  /** Labels in `row` that cover `marker`. */
  private covering(row: number, marker: Span): Placed[] {
    const gap = this.packer.gap;
    return [...this.placed.values()].filter((p) => p.row === row && p.label !== null &&
      p.label.x < marker.right + gap && marker.left - gap < p.label.x + p.label.shape.width);
  }

  /**
   * The row where a marker with no room covers the fewest labels (the last, among equals); with
   * `clear`, only rows where no other marker or cluster is in its way, and -1 when there is none.
   */
  private leastCovered(marker: Span, clear: boolean): number {
    let best = -1;
    for (let row = this.packer.maxRows - 1; row >= 0; row--) {
      if (clear && this.markerInTheWay(row, marker)) continue;
      if (best === -1 || this.covering(row, marker).length < this.covering(best, marker).length) best = row;
    }
    return best;
  }

  /** Whether another event's marker or a cluster's mark in `row` comes closer to `marker` than the rows' gap. */
  private markerInTheWay(row: number, marker: Span): boolean {
    const gap = this.packer.gap;
    const near = (span: Span) => span.left < marker.right + gap && marker.left < span.right + gap;
    if (this.claims.some((c) => c.row === row && near(c.span))) return true;
    for (const p of this.placed.values()) if (p.row === row && near(p.marker)) return true;
    return false;
  }

  /** A label gives up its place: its marker stays, and the label waits for hover or focus. */
  private tuck(placed: Placed): void {
    this.packer.remove(placed.row, placed.span);
    this.packer.add(placed.row, placed.marker);
    placed.span = placed.marker;
    placed.label = null;
  }
}

/** Whether a label covers a vertical line at `x` (or comes closer to it than `LINE_CLEARANCE`). */
export function crosses(label: { readonly x: number; readonly width: number }, x: number): boolean {
  return x > label.x - LINE_CLEARANCE && x < label.x + label.width + LINE_CLEARANCE;
}

function labelAt(event: EventToPlace, shape: LabelShape, side: 'right' | 'left'): PlacedLabel {
  const x = side === 'right' ? event.x1 + event.radius + M.labelGap : event.x0 - event.radius - M.labelGap - shape.width;
  return { side, x, shape };
}

/** What an event with this label holds in its row: its marker's target (as packed) and its label. */
function spanWith(marker: Span, label: PlacedLabel): Span {
  return { left: Math.min(marker.left, label.x), right: Math.max(marker.right, label.x + label.shape.width) };
}
