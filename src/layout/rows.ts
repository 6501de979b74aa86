import { bisector } from 'd3-array';

/** A horizontal interval in pixels. */
export interface Span {
  readonly left: number;
  readonly right: number;
}

const byLeft = bisector((span: Span) => span.left);

/**
 * Rows of one lane, each holding disjoint horizontal spans: the packing behind "no two labels
 * overlap". Spans are kept sorted so a fit test is a binary search, not a scan. A span forced into a
 * row where it does not fit (a lane too dense for its rows) is kept apart and checked one by one,
 * because the binary search is only right while the sorted spans are disjoint.
 */
export class RowPacker {
  private readonly rows: Span[][] = [];
  private readonly forced: Span[][] = [];

  constructor(readonly maxRows: number, readonly gap = 6) {}

  /** How many rows hold at least one span. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Whether `span` fits in `row` with at least `gap` px to its neighbours. */
  fits(row: number, span: Span): boolean {
    const spans = this.rows[row];
    if (!spans) return row < this.maxRows;
    const i = byLeft.left(spans, span.left);
    const before = spans[i - 1];
    const after = spans[i];
    const clear = (other: Span) => other.right + this.gap <= span.left || span.right + this.gap <= other.left;
    return (!before || clear(before)) && (!after || clear(after)) && (this.forced[row] ?? []).every(clear);
  }

  /** The lowest row where `span` fits, or -1. */
  firstFit(span: Span): number {
    const limit = Math.min(this.rows.length + 1, this.maxRows);
    for (let row = 0; row < limit; row++) if (this.fits(row, span)) return row;
    return -1;
  }

  /** Adds a span to a row, whether or not it fits there. */
  add(row: number, span: Span): void {
    while (this.rows.length <= row) this.rows.push([]);
    if (!this.fits(row, span)) {
      (this.forced[row] ??= []).push(span);
      return;
    }
    const spans = this.rows[row]!;
    spans.splice(byLeft.left(spans, span.left), 0, span);
  }

  /** Takes back a span added to `row` (the same object): a label given up for a marker that needs its place. */
  remove(row: number, span: Span): void {
    const forced = this.forced[row] ?? [];
    const f = forced.indexOf(span);
    if (f !== -1) {
      forced.splice(f, 1);
      return;
    }
    const spans = this.rows[row] ?? [];
    // Spans sharing a left edge sit together: look from the first of them for this one.
    for (let i = byLeft.left(spans, span.left); i < spans.length && spans[i]!.left === span.left; i++) {
      if (spans[i] === span) {
        spans.splice(i, 1);
        return;
      }
    }
  }
}
