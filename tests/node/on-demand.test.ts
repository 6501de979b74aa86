import { afterEach, describe, expect, test, vi } from 'vitest';
import { onDemand } from '../../src/model/on-demand.js';

afterEach(() => vi.restoreAllMocks());

describe('onDemand (code loaded on first need)', () => {
  test('loads once however often it is asked, and keeps what it loaded', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const code = onDemand(importer, 'x could not load');
    expect([code.value, code.settled]).toEqual([null, false]);
    await Promise.all([code.load(), code.load()]);
    await code.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect([code.value, code.settled]).toEqual([{ answer: 42 }, true]);
  });

  test('a failure is settled, not thrown: the console says why, and the next need tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const importer = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });
    const code = onDemand(importer, 'the vertical layout could not load');
    await expect(code.load()).resolves.toBeUndefined();
    expect([code.value, code.settled]).toEqual([null, true]);
    expect(error).toHaveBeenCalledWith('news-timeline: the vertical layout could not load', expect.any(TypeError));
    fail = false;
    await code.load();
    expect([code.value, importer.mock.calls.length]).toEqual(['loaded', 2]);
  });
});
