import { describe, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import { groupCrowded } from '../../src/layout/crowding.js';
import { countBetween, eventIndex } from '../../src/layout/event-index.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/layout.js';
import { TIMELINE_METRICS as M } from '../../src/layout/metrics.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { Timeline } from '../../src/model/timeline.js';
import { denseTimeline, type DenseOptions } from '../fixtures/dense.js';

const dense = (options: DenseOptions) => parseTimeline(denseTimeline(options)).data;
const lay = (timeline: Timeline, width = 1200, view?: [number, number], pinned?: string[]) =>
  layoutTimeline(timeline, { width, dateText: (e) => e.start.text, ...(view ? { view } : {}), ...(pinned ? { pinned } : {}) })!;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every target drawn (events and clusters), by name, with its box. */
const targets = (layout: TimelineLayout) => [
  ...layout.items.map((i) => ({ name: i.id, box: i.hit })),
  ...layout.clusters.map((c) => ({ name: `cluster ${c.key}`, box: c.hit })),
];

/** Pairs of targets whose boxes overlap. */
function collisions(layout: TimelineLayout): string[] {
  const all = targets(layout);
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) if (overlaps(all[i]!.box, all[j]!.box)) found.push(`${all[i]!.name} / ${all[j]!.name}`);
  }
  return found;
}

describe('WCAG 2.2 target size: every event and cluster keeps a 24 × 24 px target of its own', () => {
  test.each([
    [{ count: 60, days: 120, lanes: 2 }, 1200],
    [{ count: 90, days: 60, lanes: 3, seed: 11 }, 1200],
    [{ count: 40, days: 20, lanes: 1, seed: 3 }, 1200],
    [{ count: 60, days: 120, lanes: 2 }, 600],
    [{ count: 120, days: 200, lanes: 2, seed: 5, ranges: 0.3 }, 1200],
  ] as const)('%o at %i px: no two targets overlap, each at least 24 × 24, and no event is lost', (options, width) => {
    const timeline = dense(options);
    const layout = lay(timeline, width);
    expect(collisions(layout)).toEqual([]);
    for (const { name, box } of targets(layout)) {
      expect(box.width, name).toBeGreaterThanOrEqual(M.minTarget - 1e-9);
      expect(box.height, name).toBeGreaterThanOrEqual(M.minTarget - 1e-9);
    }
    const drawn = layout.items.length + layout.clusters.reduce((n, c) => n + c.count, 0);
    const margin = (layout.view[1] - layout.view[0]) * 0.1;
    expect(drawn).toBe(countBetween(eventIndex(timeline), layout.view[0] - margin, layout.view[1] + margin));
  });

  test('events that would share a target are grouped into a cluster of them; zoomed in, they stand alone again', () => {
    const timeline = dense({ count: 60, days: 120, lanes: 2 });
    const whole = lay(timeline);
    // Two events on the same day in a lane already full: today they would share one 24 × 24 box.
    const grouped = whole.clusters.filter((c) => c.key.includes('-'));
    expect(grouped.length).toBeGreaterThan(0);
    for (const cluster of grouped) {
      expect(cluster.count).toBeGreaterThanOrEqual(2);
      const view: [number, number] = [cluster.span[0] - 86_400_000, cluster.span[1] + 2 * 86_400_000];
      const closer = lay(timeline, 1200, view);
      for (let i = cluster.first; i <= cluster.last; i++) {
        if (timeline.events[i]!.group !== timeline.events[cluster.first]!.group) continue;
        expect(closer.items.some((item) => item.index === i), timeline.events[i]!.id).toBe(true);
      }
    }
  });

  test('a pinned event (selected or focused) is never grouped, even where it is crowded', () => {
    const timeline = dense({ count: 60, days: 120, lanes: 2 });
    const whole = lay(timeline);
    const cluster = whole.clusters.find((c) => c.key.includes('-'))!;
    const id = timeline.events[cluster.first]!.id;
    const pinned = lay(timeline, 1200, undefined, [id]);
    expect(pinned.items.some((i) => i.id === id)).toBe(true);
    expect(collisions(pinned)).toEqual([]);
  });

  test('the 100,000-event benchmark at every zoom level: no two targets overlap in view', () => {
    const big = parseTimeline(syntheticTimeline(100_000)).data;
    const [a, b] = eventIndex(big).extent!;
    for (let span = b - a; span > 7 * 86_400_000; span /= 4) {
      const mid = (a + b) / 2;
      const layout = lay(big, 1200, [mid - span / 2, mid + span / 2]);
      // Ranges reaching in from beyond the drawing, and what lies beyond its edges, are not targets in view.
      const inView = (box: { x: number; width: number }) => box.x >= 0 && box.x + box.width <= 1200;
      const found = collisions({ ...layout, items: layout.items.filter((i) => inView(i.hit)), clusters: layout.clusters.filter((c) => inView(c.hit)) });
      expect(found, `${Math.round(span / 86_400_000)} days`).toEqual([]);
    }
    // Parsing 100,000 events and laying out six zoom levels takes seconds on a shared machine.
  }, 60_000);
});

describe('groupCrowded()', () => {
  const spans = [0, 20, 40, 100, 200, 220].map((x) => ({ left: x, right: x + 24 }));
  const at = (p: number) => spans[p] ?? null;

  test('a crowded event groups with the members whose targets it would touch', () => {
    expect(groupCrowded([], [{ range: { from: 1, to: 2 }, span: spans[1]! }], spans.length, at, () => false, 6)).toEqual([{ from: 0, to: 3 }]);
  });

  test('a group holding one of those members joins it', () => {
    expect(groupCrowded([{ from: 2, to: 4 }], [{ range: { from: 1, to: 2 }, span: spans[1]! }], spans.length, at, () => false, 6)).toEqual([{ from: 0, to: 4 }]);
  });

  test('nothing to group with (pinned neighbours, or a start beyond the drawing): nothing grows', () => {
    expect(groupCrowded([], [{ range: { from: 4, to: 5 }, span: spans[4]! }], spans.length, at, (p) => p === 5, 6)).toBeNull();
    expect(groupCrowded([], [{ range: { from: 4, to: 5 }, span: spans[4]! }], spans.length, (p) => (p === 5 ? null : at(p)), () => false, 6)).toBeNull();
  });
});
