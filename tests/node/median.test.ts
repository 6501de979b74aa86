import { median as d3Median } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { median } from '../../src/layout/median.js';

// The vertical layout's median stands in for d3-array's (see src/layout/median.ts): it must agree with it.
describe('median', () => {
  test('agrees with d3-array on any list, with gaps (null, undefined, NaN) and an accessor', () => {
    const value = fc.oneof(fc.double({ noNaN: false, min: -1e6, max: 1e6 }), fc.integer({ min: -50, max: 50 }), fc.constant(null), fc.constant(undefined));
    // The same number: d3 may turn a median of -0 into +0, which no layout can tell apart.
    const same = (mine: number | undefined, theirs: number | undefined) => (theirs === undefined ? mine === undefined : mine === theirs);
    fc.assert(fc.property(fc.array(value, { maxLength: 40 }), (values) => {
      expect(same(median(values as number[]), d3Median(values as number[]))).toBe(true);
      const rows = values.map((v) => ({ v }));
      expect(same(median(rows, (r) => r.v), d3Median(rows, (r) => r.v))).toBe(true);
    }), { numRuns: 2_000 });
  });

  test('is undefined for nothing to count, the middle value for odd counts and the mean of the two middle ones for even', () => {
    expect(median([])).toBeUndefined();
    expect(median([Number.NaN, null as unknown as number])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
