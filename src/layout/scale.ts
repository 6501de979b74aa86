/**
 * The slice of a d3 time scale that layout uses. Declaring it here keeps D3's types out of the
 * published declarations, so users need no @types/d3-* packages.
 */
export interface TimeScale {
  (value: Date | number): number;
  ticks(count?: number): Date[];
  domain(): Date[];
}
