import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import { DETAIL_BUDGET } from '../../src/layout/clusters.js';
import { countBetween, eventIndex, laneEventsBetween, type EventIndex } from '../../src/layout/event-index.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/layout.js';
import { utcTime } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { Timeline } from '../../src/model/timeline.js';

const synthetic = (n: number): Timeline => parseTimeline(syntheticTimeline(n)).data;
const big = synthetic(100_000);
const thousand = synthetic(1_000);
const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The events drawn in `[from, to]`, every lane's together, in date order. */
const between = (index: EventIndex, from: number, to: number) => laneEventsBetween(index, from, to).flatMap((lane) => [...lane]).sort((a, b) => a - b);

function lay(timeline: Timeline, view?: readonly [number, number], pinned?: string[]): TimelineLayout {
  const layout = layoutTimeline(timeline, { width: 1200, view, dateText: (e) => e.start.text, ...(pinned ? { pinned } : {}) });
  if (!layout) throw new Error('no layout');
  return layout;
}

/** The events a layout accounts for: drawn alone, or counted in a cluster. */
function accounted(layout: TimelineLayout): number {
  return layout.items.length + layout.clusters.reduce((n, c) => n + c.count, 0);
}

/** Windows from the whole dataset down to a week, each a quarter of the one before, through the middle. */
function zoomLevels(timeline: Timeline): [number, number][] {
  const [a, b] = eventIndex(timeline).extent!;
  const views: [number, number][] = [];
  for (let span = b - a, mid = (a + b) / 2; span > 7 * DAY; span /= 4) views.push([mid - span / 2, mid + span / 2]);
  return views;
}

describe('parsing at scale', () => {
  test('events come out in date order, ties in input order, whatever order they came in', () => {
    const raw = syntheticTimeline(5_000).events as { id: string; start: string; end?: string }[];
    const events = parseTimeline({ events: raw }).data.events;
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      const key = (e: typeof a) => [e.start.time, e.start.endTime, (e.end ?? e.start).endTime, e.index];
      const [ka, kb] = [key(a), key(b)];
      const order = ka.findIndex((v, j) => v !== kb[j]);
      expect(order === -1 || ka[order]! < kb[order]!, `${a.id} before ${b.id}`).toBe(true);
    }
    // The same events given already sorted come out the same.
    const again = parseTimeline({ events: events.map((e) => raw[e.index]!) }).data.events.map((e) => e.id);
    expect(again).toEqual(events.map((e) => e.id));
  });
});

describe('level of detail', () => {
  test('at 100,000 events every zoom level draws a bounded number of things, and loses no event', () => {
    for (const view of zoomLevels(big)) {
      const layout = lay(big, view);
      expect(layout.items.length).toBeLessThanOrEqual(DETAIL_BUDGET.maxEvents);
      expect(layout.items.length + layout.clusters.length).toBeLessThanOrEqual(DETAIL_BUDGET.maxUnits);
      const margin = (view[1] - view[0]) * 0.1;
      expect(accounted(layout)).toBe(countBetween(eventIndex(big), view[0] - margin, view[1] + margin));
    }
  });

  test('clusters split as the reader zooms in on one', () => {
    const whole = lay(big);
    const cluster = whole.clusters.reduce((a, b) => (b.count > a.count ? b : a));
    expect(cluster.count).toBeGreaterThan(100);
    let view: [number, number] = [cluster.span[0], cluster.span[1]];
    let biggest = cluster.count;
    // Each step zooms on the biggest cluster left: counts only fall, until every event stands alone
    // or what is left shares one date (those no zoom can split; the keyboard steps through them).
    let sameDate = false;
    for (let step = 0; step < 12 && biggest > 0 && !sameDate; step++) {
      const layout = lay(big, view);
      const next = layout.clusters.filter((c) => c.lane === cluster.lane).reduce<typeof cluster | null>((a, b) => (!a || b.count > a.count ? b : a), null);
      const count = next?.count ?? 0;
      expect(count).toBeLessThan(biggest);
      biggest = count;
      sameDate = next !== null && next.span[0] === next.span[1];
      if (next) view = [next.span[0] - DAY / 2, next.span[1] + DAY / 2];
    }
    expect(biggest === 0 || sameDate).toBe(true);
    expect(biggest).toBeLessThan(10);
  });

  test('panning keeps clusters as they were: buckets are aligned to time, not to the screen', () => {
    const [a, b] = eventIndex(big).extent!;
    const span = (b - a) / 8;
    const before = lay(big, [a + span, a + 2 * span]);
    const after = lay(big, [a + 1.25 * span, a + 2.25 * span]);
    const inBoth = (c: TimelineLayout['clusters'][number]) => c.span[0] > a + 1.4 * span && c.span[1] < a + 1.9 * span;
    const kept = before.clusters.filter(inBoth);
    expect(kept.length).toBeGreaterThan(10);
    const later = new Map(after.clusters.map((c) => [c.key, c]));
    for (const c of kept) expect(later.get(c.key)?.count, c.key).toBe(c.count);
  });

  test('zooming keeps clusters as they were until the zoom doubles or halves; then a cluster keeps its key only where its bucket starts', () => {
    const [a, b] = eventIndex(big).extent!;
    const mid = (a + b) / 2;
    const around = (half: number) => lay(big, [mid - half, mid + half]);
    const half = (b - a) / 16;
    const inner = (layout: TimelineLayout) => layout.clusters.filter((c) => c.span[0] > mid - half / 2 && c.span[1] < mid + half / 2);
    const keys = (layout: TimelineLayout) => new Map(inner(layout).map((c) => [c.key, c.count]));
    // Frames of a pinch, each 3 % closer (9 % in all, so the bucket width changes at most once): the buckets
    // (in time) stay, so at least two frames in a row draw the very same clusters, by key and count.
    const frames = [0, 1, 2, 3].map((i) => keys(around(half / 1.03 ** i)));
    for (const frame of frames) expect(frame.size).toBeGreaterThan(5);
    const same = (x: Map<string, number>, y: Map<string, number>) => x.size === y.size && [...x].every(([k, n]) => y.get(k) === n);
    expect(frames.slice(1).filter((frame, i) => same(frame, frames[i]!)).length).toBeGreaterThanOrEqual(2);
    // Zoomed in four times, every bucket is narrower: most clusters are new, and one that keeps its key
    // (its bucket starts where a wider one did, so its DOM is kept) holds at most the events it held.
    const first = keys(around(half));
    const deeper = keys(around(half / 4));
    const kept = [...deeper].filter(([k]) => first.has(k));
    expect(kept.length).toBeLessThan(deeper.size / 2);
    for (const [k, n] of kept) expect(n, k).toBeLessThanOrEqual(first.get(k)!);
    // Half as close, about half the clusters in the middle begin a wider bucket: they keep their keys.
    const wider = keys(around(half * 2));
    expect([...wider.keys()].filter((k) => first.has(k)).length).toBeGreaterThan(first.size / 5);
  });

  test('a pinned event (selected or focused) is drawn alone, even inside a cluster', () => {
    const whole = lay(big);
    const cluster = whole.clusters[Math.floor(whole.clusters.length / 2)]!;
    const id = big.events[cluster.first]!.id;
    expect(whole.items.some((i) => i.id === id)).toBe(false);
    const pinned = lay(big, undefined, [id]);
    expect(pinned.items.some((i) => i.id === id)).toBe(true);
    expect(accounted(pinned)).toBe(accounted(whole));
  });

  test('pinned events in the middle of clusters, in gaps and in other lanes are each drawn once, alone, at every zoom level', () => {
    for (const view of zoomLevels(big).slice(0, 4)) {
      const whole = lay(big, view);
      // A cluster's first and last events and the event half-way between them in date order (often in another
      // lane, or in another cluster), the first event drawn alone, and an event outside the view.
      const cluster = whole.clusters[Math.floor(whole.clusters.length / 3)]!;
      const ids = [cluster.first, Math.floor((cluster.first + cluster.last) / 2), cluster.last].map((i) => big.events[i]!.id);
      const outside = eventIndex(big).starts[0]! < view[0] - DAY ? [big.events[0]!.id] : [];
      const inView = [...ids, ...(whole.items.length ? [whole.items[0]!.id] : [])];
      const pinned = lay(big, view, [...inView, ...outside]);
      const drawn = pinned.items.map((i) => i.id);
      for (const id of inView) expect(drawn.filter((d) => d === id)).toEqual([id]);
      for (const id of outside) expect(drawn).not.toContain(id);
      expect(new Set(drawn).size).toBe(drawn.length);
      expect(accounted(pinned)).toBe(accounted(whole));
      const indices = pinned.items.map((i) => i.index);
      expect(indices).toEqual([...indices].sort((a, b) => a - b));
    }
  });

  test('at 1,000 events no two visible labels overlap, at any zoom level', () => {
    let shown = 0;
    for (const view of zoomLevels(thousand)) {
      const labels = lay(thousand, view).items.filter((i) => i.labelVisible).map((i) => i.label);
      shown += labels.length;
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [p, q] = [labels[i]!, labels[j]!];
          const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
          expect(apart, `labels ${i} and ${j}`).toBe(true);
        }
      }
    }
    expect(shown).toBeGreaterThan(50);
  });

  test('labels go first to the most important events, then to the ones standing alone', () => {
    const crowded = parseTimeline([
      ...Array.from({ length: 10 }, (_, i) => ({ start: utcDay(utcTime(2023, 5, 10) + i * 6 * DAY), title: `Minor event number ${i}`, importance: 1 })),
      { start: '2023-05-13', title: 'The one that matters', importance: 3 },
      { start: '2023-09-01', title: 'Alone in September', importance: 1 },
    ]).data;
    const layout = layoutTimeline(crowded, { width: 900, dateText: (e) => e.start.text, maxRowsPerLane: 2 })!;
    expect(layout.clusters).toHaveLength(0);
    const label = (title: string) => layout.items.find((i) => i.title === title)!.labelVisible;
    expect(label('The one that matters')).toBe(true);
    expect(label('Alone in September')).toBe(true);
    expect(layout.items.filter((i) => i.title.startsWith('Minor')).some((i) => !i.labelVisible)).toBe(true);
  });

  test('events are found by binary search, long ranges included', () => {
    const timeline = parseTimeline([
      { start: '1990', end: '2020', title: 'A long era' },
      { start: '2020/..', title: 'Ongoing since 2020' },
      ...Array.from({ length: 50 }, (_, i) => ({ start: `${1990 + (i % 30)}-06-01`, title: `Point ${i}` })),
    ]).data;
    const index = eventIndex(timeline);
    const from = utcTime(2021, 2);
    const found = between(index, from, utcTime(2022, 1)).map((i) => timeline.events[i]!.title);
    expect(found).toEqual(['Ongoing since 2020']);
    const all = between(index, utcTime(2005, 1), utcTime(2005, 12)).map((i) => timeline.events[i]!.title);
    expect(all).toContain('A long era');
    expect(all).not.toContain('Ongoing since 2020');
    const brute = timeline.events.filter((e) => e.start.time <= utcTime(2005, 12) && (e.openEnd ? Infinity : (e.end?.endTime ?? e.start.time)) >= utcTime(2005, 1));
    expect(all).toEqual(brute.map((e) => e.title));
  });

  test('each lane finds its events in a window by binary search: those drawn there, in date order, long ranges included', () => {
    const groups = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }];
    const mixed = parseTimeline({
      groups,
      events: [
        { start: '1990', end: '2020', title: 'A long era', group: 'a' },
        { start: '2020/..', title: 'Ongoing since 2020', group: 'b' },
        { start: '2001-03', end: '2001-09', title: 'A season' },
        ...Array.from({ length: 60 }, (_, i) => ({ start: `${1990 + (i % 30)}-0${1 + (i % 9)}-01`, ...(i % 7 === 0 ? { end: `${1991 + (i % 30)}-01-01` } : {}), title: `Point ${i}`, ...(i % 3 ? { group: groups[i % 2]!.id } : {}) })),
      ],
    }).data;
    for (const timeline of [mixed, thousand]) {
      const index = eventIndex(timeline);
      const [a, b] = index.extent!;
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, q) => {
        const from = a + (b - a) * Math.min(p, q);
        const to = a + (b - a) * Math.max(p, q);
        const drawn = timeline.events.flatMap((e, i) => (e.start.time <= to && (e.openEnd ? Infinity : (e.end?.endTime ?? e.start.time)) >= from ? [i] : []));
        expect(laneEventsBetween(index, from, to).map((lane) => [...lane])).toEqual(index.laneKeys.map((_, l) => drawn.filter((i) => index.lanes[i] === l)));
        expect(countBetween(index, from, to)).toBe(drawn.length);
      }), { numRuns: 200 });
    }
  });

  test('the index answers questions about the whole dataset from its one pass', () => {
    const { data } = parseTimeline({
      groups: [{ id: 'nato', label: 'NATO' }, { id: 'japan', label: 'Japan' }],
      eras: [{ start: '2021-12', end: '2022-01', title: 'Before' }],
      events: [
        { start: '2022-06-29', title: 'Madrid', group: 'japan' },
        { start: '2023-07-11', end: '2023-07-12', title: 'Vilnius', group: 'nato', status: 'expected' },
        { start: '2023', title: 'The year', media: { url: 'https://example.org/a.jpg', alt: 'A' } },
        { start: '2023-05-24T15:00+09:00', title: 'Statement', body: '<p>Said</p>', group: 'japan' },
      ],
    });
    const index = eventIndex(data);
    // Declared lanes in order, then the one for events without a group; lanes are numbered by these keys.
    expect(index.laneKeys).toEqual(['nato', 'japan', null]);
    expect(data.events.map((_, i) => index.laneKeys[index.lanes[i]!])).toEqual(data.events.map((e) => e.group));
    expect([...index.statuses].sort()).toEqual(['confirmed', 'expected']);
    // The latest date reached is the one that starts latest (Vilnius' end), not the one ending latest (2023).
    expect(index.last?.text).toBe('2023-07-12');
    expect([index.media, index.richText, index.timesOfDay]).toEqual([true, true, true]);
    // The extent covers the era before the first event, and the year 2023 to its end, with a margin.
    const [from, to] = index.extent!;
    expect(from).toBeLessThan(utcTime(2021, 12));
    expect(to).toBeGreaterThan(utcTime(2024, 1));

    const plain = eventIndex(parseTimeline([{ start: '2022-06-29', title: 'Madrid' }]).data);
    expect(plain.laneKeys).toEqual([null]);
    expect([plain.media, plain.richText, plain.timesOfDay]).toEqual([false, false, false]);
    expect(eventIndex(parseTimeline([]).data).extent).toBeNull();
  });
});
