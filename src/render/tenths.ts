/**
 * Coordinates to a tenth of a pixel: finer than any screen shows, and a unit that has not moved keeps
 * the same attribute and style values, which Lit then leaves alone.
 */
export const tenth = (n: number): number => Math.round(n * 10) / 10;

/** A length in CSS pixels, to a tenth. */
export const px = (n: number): string => `${tenth(n)}px`;
