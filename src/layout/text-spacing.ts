import { TIMELINE_METRICS as M } from './metrics.js';

/**
 * The text spacing readers may set with their own style sheet (WCAG 1.4.12: line height 1.5, letter
 * 0.12 em, word 0.16 em), as the element measures it on its own labels. Layout sizes labels and rows
 * from it, so a reader's spacing makes them bigger rather than cut their text.
 */
export interface TextSpacing {
  /** Line height in px of a label's title, and of its date line. */
  readonly titleLine: number;
  readonly dateLine: number;
  /** Space added after every character, and after every space, in em of the text's size. */
  readonly letter: number;
  readonly word: number;
}

/** The element's own spacing, which layout assumes until it is told otherwise (and on the server). */
export const DEFAULT_SPACING: TextSpacing = { titleLine: M.titleLineHeight, dateLine: M.dateLineHeight, letter: 0, word: 0 };

/** Whether two spacings lay out the same (measured values differ by rounding only). */
export function sameSpacing(a: TextSpacing, b: TextSpacing): boolean {
  return Math.abs(a.titleLine - b.titleLine) < 0.5 && Math.abs(a.dateLine - b.dateLine) < 0.5 &&
    Math.abs(a.letter - b.letter) < 0.005 && Math.abs(a.word - b.word) < 0.005;
}
