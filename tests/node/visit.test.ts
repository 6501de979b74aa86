import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { retryDelay } from '../../src/controllers/refresh.js';
import { parseTimeline } from '../../src/model/parse.js';
import { hashText, marksSince, readVisit, recordVisit, writeVisit } from '../../src/model/visit.js';

const version = (n: number) => parseTimeline(JSON.parse(readFileSync(new URL(`../../examples/data/developing/v${n}.json`, import.meta.url), 'utf8'))).data;

describe('what `remember` keeps between visits', () => {
  test('marks the events added and changed since the visit recorded', () => {
    const seen = recordVisit(version(4), new Map(), null, 1_000);
    const marks = marksSince(seen, version(5));
    expect(Object.fromEntries(marks)).toEqual({ 'communique-omits-tokyo-office': 'new', 'japan-nato-itpp': 'new', 'vilnius-summit': 'updated' });
    expect(marksSince(seen, version(4)).size).toBe(0);
  });

  test('events still marked (not seen yet) keep what the reader last saw of them, so they are marked next time too', () => {
    const first = recordVisit(version(4), new Map(), null, 1_000);
    const unseen = marksSince(first, version(5));
    // The reader opened the summit but not the two new events.
    unseen.delete('vilnius-summit');
    const second = recordVisit(version(5), unseen, first, 2_000);
    expect(Object.fromEntries(marksSince(second, version(5)))).toEqual({ 'communique-omits-tokyo-office': 'new', 'japan-nato-itpp': 'new' });
  });

  test('survives storage as text, and anything else stored under the key reads as no visit', () => {
    const record = recordVisit(version(7), new Map(), null, 1_689_336_000_000);
    const read = readVisit(writeVisit(record));
    expect(read).toEqual(record);
    expect(writeVisit(record).length).toBeLessThan(40 * version(7).events.length);
    expect(writeVisit(record)).not.toContain('vilnius');
    for (const junk of [null, '', 'not json', '{"v":2,"at":1,"seen":""}', '{"v":1,"at":"x","seen":""}', '[]', 'null']) expect(readVisit(junk), String(junk)).toBeNull();
  });

  test('hashText() tells ids apart: no collision among 100,000 distinct ids', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 100_000; i++) hashes.add(hashText(`event-${i}`));
    expect(hashes.size).toBe(100_000);
  });
});

describe('retryDelay()', () => {
  test('doubles from the base after each failure, up to 15 minutes, spread by ±20 %', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 30_000, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(20, 30_000, 0.5)).toBe(15 * 60_000);
    expect(retryDelay(1, 30_000, 0)).toBe(24_000);
    expect(retryDelay(1, 30_000, 0.999_999)).toBeCloseTo(36_000, 0);
  });
});
