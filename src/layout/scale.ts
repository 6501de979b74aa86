import { utcTicks } from 'd3-time';

/**
 * A linear UTC time scale: the slice of d3's `scaleUtc` that layout and zoom use, built on d3-time's
 * `utcTicks` (the same tick intervals d3-scale picks). Declaring it here keeps d3-scale, and the
 * number and colour interpolators it brings, out of the bundle, and D3's types out of our declarations.
 */
export interface TimeScale {
  /** x in px for a time (ms or Date). */
  (value: Date | number): number;
  /** The time at x px. */
  invert(x: number): number;
  /** Ticks at round UTC intervals, about `count` of them. */
  ticks(count?: number): Date[];
  domain(): Date[];
  /** The window `[start, end]` in ms: unlike `domain()`, it holds deep time, which Date cannot. */
  window(): [number, number];
  range(): [number, number];
}

/** Maps the time window `[d0, d1]` (ms) onto the pixels `[r0, r1]`. */
export function timeScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): TimeScale {
  const span = d1 - d0 || 1;
  const k = (r1 - r0) / span;
  const scale = (value: Date | number) => r0 + (+value - d0) * k;
  scale.invert = (x: number) => d0 + (x - r0) / k;
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.window = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  return scale;
}
