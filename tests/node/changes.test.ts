import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Announcer, QUIET_MS } from '../../src/controllers/announcer.js';
import { marksAfter } from '../../src/model/changes.js';
import { diffTimelines, removedIds, type ChangeMark } from '../../src/model/diff.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { StatusChange } from '../../src/model/status-change.js';
import type { Timeline } from '../../src/model/timeline.js';
import type { TimelineData } from '../../src/model/types.js';

const data = (n: number) => JSON.parse(readFileSync(new URL(`../../examples/data/developing/v${n}.json`, import.meta.url), 'utf8')) as TimelineData;
const version = (n: number) => parseTimeline(data(n)).data;
const without = (timeline: TimelineData, ...ids: string[]): Timeline => parseTimeline({ ...timeline, events: timeline.events.filter((e) => !ids.includes(e.id!)) }).data;

describe('removedIds()', () => {
  test('is the diff’s removed list, in the old version’s date order, without comparing the events', () => {
    const before = version(5);
    const after = without(data(6), 'russia-invades-ukraine', 'vilnius-summit', 'japan-nato-itpp');
    expect(removedIds(before, after)).toEqual(['russia-invades-ukraine', 'vilnius-summit', 'japan-nato-itpp']);
    expect(removedIds(before, after)).toEqual(diffTimelines(before, after).removed);
    expect(removedIds(version(6), version(7))).toEqual([]);
  });
});

describe('marksAfter()', () => {
  test('marks added events new and changed ones updated, dates changed statuses, and forgets what is gone', () => {
    const [v4, v5] = [version(4), version(5)];
    const statuses = new Map<string, StatusChange>();
    const marks = marksAfter(v4, v5, diffTimelines(v4, v5), new Map(), statuses);
    expect(Object.fromEntries(marks)).toEqual({ 'communique-omits-tokyo-office': 'new', 'japan-nato-itpp': 'new', 'vilnius-summit': 'updated' });
    expect([...statuses.keys()]).toEqual(['vilnius-summit']);
    expect(statuses.get('vilnius-summit')!.from).toBe('expected');

    // The next version changes the programme, still unseen since it was added (it stays new), and withdraws the summit.
    const next = without(data(6), 'vilnius-summit');
    const after = marksAfter(v5, next, diffTimelines(v5, next), marks, statuses);
    expect(after.get('japan-nato-itpp')).toBe('new');
    expect(after.has('vilnius-summit')).toBe(false);
    expect(statuses.has('vilnius-summit')).toBe(false);
    const added = diffTimelines(v5, next).added;
    expect(added.length).toBeGreaterThan(0);
    for (const id of [...added, 'communique-omits-tokyo-office']) expect(after.get(id), id).toBe('new');
  });

  test('leaves the marks it is given as they were: the plan tells new marks by identity', () => {
    const [v6, v7] = [version(6), version(7)];
    const marks: ReadonlyMap<string, ChangeMark> = new Map([['kishida-zelenskyy-meeting', 'new']]);
    const after = marksAfter(v6, v7, diffTimelines(v6, v7), marks, new Map());
    expect(after).not.toBe(marks);
    expect([...marks]).toEqual([['kishida-zelenskyy-meeting', 'new']]);
    expect(Object.fromEntries(after)).toEqual({ 'kishida-zelenskyy-meeting': 'new', 'china-rejects-communique': 'updated' });
  });
});

describe('Announcer', () => {
  afterEach(() => void vi.useRealTimers());

  test('says the first update at once and a burst after it once, at the end of the quiet spell, counting each event once', () => {
    vi.useFakeTimers();
    const said: [number, number, number][] = [];
    const announcer = new Announcer((...counts) => said.push(counts));
    announcer.hear({ added: ['a'], changed: ['x'], removed: [] });
    expect(said).toEqual([[1, 1, 0]]);
    announcer.hear({ added: ['b', 'c'], changed: [], removed: [] });
    // Added, then changed: still new. Added, then gone before anyone heard: not mentioned.
    announcer.hear({ added: [], changed: ['b', 'y'], removed: ['c', 'z'] });
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([[1, 1, 0], [1, 1, 1]]);
    // Quiet again: the next update is said at once, after another quiet spell.
    vi.advanceTimersByTime(QUIET_MS);
    announcer.hear({ added: [], changed: ['x'], removed: [] });
    expect(said.at(-1)).toEqual([0, 1, 0]);
  });

  test('says nothing for a burst that cancels itself out, and nothing after cancel()', () => {
    vi.useFakeTimers();
    const said: unknown[] = [];
    const announcer = new Announcer((...counts) => said.push(counts));
    announcer.hear({ added: ['a'], changed: [], removed: [] });
    announcer.hear({ added: ['b'], changed: [], removed: [] });
    announcer.hear({ added: [], changed: [], removed: ['b'] });
    vi.advanceTimersByTime(QUIET_MS);
    expect(said).toHaveLength(1);
    announcer.hear({ added: ['c'], changed: [], removed: [] });
    vi.advanceTimersByTime(1);
    announcer.hear({ added: ['d'], changed: [], removed: [] });
    announcer.cancel();
    vi.advanceTimersByTime(QUIET_MS);
    expect(said).toHaveLength(2);
  });
});
