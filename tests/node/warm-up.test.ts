import { afterEach, describe, expect, test, vi } from 'vitest';
import { warmUp } from '../../src/model/warm-up.js';

afterEach(() => vi.restoreAllMocks());

describe('warmUp', () => {
  test('builds a locale’s formatters once per page: a second element connecting formats nothing', () => {
    const ranges = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange');
    warmUp('en-AU');
    const first = ranges.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    warmUp('en-AU');
    expect(ranges.mock.calls.length).toBe(first);
    // Another locale is warmed in its turn.
    warmUp('en-NZ');
    expect(ranges.mock.calls.length).toBe(first * 2);
  });
});
