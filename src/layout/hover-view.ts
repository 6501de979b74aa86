/**
 * What the drawing shows of labels tucked away until hover or focus: the shapes the on-demand placing code
 * (hover-labels.ts) returns, and the empty view, here so the element and render use them without loading it.
 */

/** A box in px, relative to the drawing (as `Box` in lanes.ts). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The way from a marker onto its label shown on hover: a box, and the polygon in it (relative to its corner) the pointer may cross. */
export interface Bridge extends Rect {
  readonly points: readonly (readonly [number, number])[];
}

/** Where one tucked label shows now, and the way joining it to its marker, in the layout's px. */
export interface ShownLabel {
  readonly label: Rect & { readonly side: 'left' | 'right' };
  readonly bridge: Bridge;
}

/** The tucked labels shown now, by hover or focus (see controllers/hover-label.ts). */
export interface HoverView {
  /** Their places, by event id. */
  readonly places: ReadonlyMap<string, ShownLabel>;
  /** Events whose labels hide while a shown one lies over them. */
  readonly covered: ReadonlySet<string>;
  /** Events whose shown label Escape dismissed. */
  readonly dismissed: ReadonlySet<string>;
  /**
   * Hover and focus are followed (the placing code is in): a tucked label is drawn only while it shows,
   * that is while it is in `places`. Until then every tucked label is drawn, with no box, and CSS shows it
   * beside its marker on hover or focus. A zoom makes and removes most units: their labels, tucked when
   * zoomed out, were a good part of that work.
   */
  readonly followed: boolean;
}

/** No label shown on hover or focus: a page not pointed at, the exported graphic, or before the placing code is in. */
export const NOTHING_SHOWN: HoverView = { places: new Map(), covered: new Set(), dismissed: new Set(), followed: false };
