import { median as d3Median } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { median } from '../../src/layout/median.js';

// The vertical layout's median stands in for d3-array's (see src/layout/median.ts): it must agree with it.
describe('median', () => {
  test('agrees with d3-array on any list, with gaps (null, undefined, NaN) and an accessor', () => {
    const value = fc.oneof(fc.double({ noNaN: false, min: -1e6, max: 1e6 }), fc.integer({ min: -50, max: 50 }), fc.constant(null), fc.constant(undefined));
    fc.assert(fc.property(fc.array(value, { maxLength: 40 }), (values) => {
      expect(median(values as number[])).toEqual(d3Median(values as number[]));
      const rows = values.map((v) => ({ v }));
      expect(median(rows, (r) => r.v)).toEqual(d3Median(rows, (r) => r.v));
    }));
  });

  test('is undefined for nothing to count, the middle value for odd counts and the mean of the two middle ones for even', () => {
    expect(median([])).toBeUndefined();
    expect(median([Number.NaN, null as unknown as number])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
