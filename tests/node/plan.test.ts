import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import { parseTimeline } from '../../src/model/parse.js';
import { eventIndex } from '../../src/layout/event-index.js';
import type { TimelineLayout } from '../../src/layout/layout.js';
import { createPlanner, VERTICAL_MAX, type PlanInputs } from '../../src/plan/plan.js';
import { ReaderText } from '../../src/plan/reader-text.js';
import { ENGLISH } from '../../src/strings.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;
const words = new ReaderText(ENGLISH, 'en-GB');
const inputs = (changes: Partial<PlanInputs> = {}): PlanInputs => ({
  timeline: article, width: 1200, orientation: 'auto', verticalBelow: 600, listView: false, view: null, words, rtl: false,
  rowHeight: null, selected: null, focus: null, touched: [], band: [0, 2000], marks: new Map(), ...changes,
});

describe('createPlanner()', () => {
  test('one plan per mode: the drawing when wide, the vertical layout when narrow, the plain list in list view or before measuring', () => {
    const plan = createPlanner();
    const wide = plan(inputs());
    expect([wide.mode, wide.orientation]).toEqual(['drawing', 'horizontal']);
    const narrow = plan(inputs({ width: 400 }));
    expect([narrow.mode, narrow.orientation]).toEqual(['vertical', 'vertical']);
    const list = plan(inputs({ listView: true }));
    expect([list.mode, list.orientation]).toEqual(['list', 'horizontal']);
    const unmeasured = plan(inputs({ width: 0 }));
    expect([unmeasured.mode, unmeasured.orientation]).toEqual(['list', null]);
    expect(plan(inputs({ orientation: 'vertical' })).mode).toBe('vertical');
    expect(plan(inputs({ width: 400, orientation: 'horizontal' })).mode).toBe('drawing');
    expect(plan(inputs({ timeline: null })).mode).toBe('list');
  });

  test('the drawing lists what it draws in date order, and the first thing drawn holds the tab stop until the reader moves', () => {
    const drawing = createPlanner()(inputs());
    if (drawing.mode !== 'drawing') throw new Error(drawing.mode);
    const ids = drawing.units.map((u) => ('item' in u ? u.item.id : u.cluster.key));
    expect(ids).toEqual(article.events.map((e) => e.id));
    expect(drawing.tabStop).toEqual({ id: article.events[0]!.id });
    const focused = createPlanner()(inputs({ focus: { id: 'vilnius-summit' }, selected: 'madrid-summit' }));
    expect(focused.tabStop).toEqual({ id: 'vilnius-summit' });
    expect(createPlanner()(inputs({ selected: 'madrid-summit' })).tabStop).toEqual({ id: 'madrid-summit' });
  });

  test('each layout is remembered on the inputs it reads: a scroll or a focus does not lay the drawing out again', () => {
    const plan = createPlanner();
    const layoutOf = (changes: Partial<PlanInputs>) => {
      const p = plan(inputs(changes));
      if (p.mode !== 'drawing') throw new Error(p.mode);
      return p.layout;
    };
    const first = layoutOf({});
    expect(layoutOf({ band: [500, 2500] })).toBe(first);
    expect(layoutOf({ view: null, touched: [] })).toBe(first);
    // What the layout reads does lay it out again: a pinned event, a width, a window.
    expect(layoutOf({ selected: 'madrid-summit' })).not.toBe(first);
    const pinned = layoutOf({ selected: 'madrid-summit' });
    expect(layoutOf({ selected: 'madrid-summit' })).toBe(pinned);
    expect(layoutOf({ selected: 'madrid-summit', width: 1000 })).not.toBe(pinned);
  });

  test('the vertical layout is laid out once per dataset, width and language, whatever is selected', () => {
    const plan = createPlanner();
    const layoutOf = (changes: Partial<PlanInputs>) => {
      const p = plan(inputs({ width: 400, ...changes }));
      if (p.mode !== 'vertical') throw new Error(p.mode);
      return p.layout;
    };
    const first = layoutOf({});
    expect(layoutOf({ selected: 'madrid-summit', focus: { id: 'madrid-summit' } })).toBe(first);
    expect(layoutOf({ words: new ReaderText(ENGLISH, 'fr') })).not.toBe(first);
  });

  test('a long plain list keeps the rows near the screen and the selected one; a narrow timeline too long to lay out vertically is that list', () => {
    const big = parseTimeline(syntheticTimeline(VERTICAL_MAX + 1)).data;
    const plan = createPlanner()(inputs({ timeline: big, width: 400, band: [46_000, 48_000], selected: big.events[7]!.id }));
    expect([plan.mode, plan.orientation]).toEqual(['list', null]);
    if (plan.mode !== 'list') throw new Error(plan.mode);
    expect(plan.rows![0]).toBe(7);
    expect(plan.rows![1]).toBe(1000);
    expect(plan.rows!.length).toBeLessThan(100);
    // Until the reader chooses, the selection (drawn, however far) holds the tab stop.
    expect(plan.tabStop).toEqual({ id: big.events[7]!.id });
    const unselected = createPlanner()(inputs({ timeline: big, width: 400, band: [46_000, 48_000] }));
    expect(unselected.tabStop).toEqual({ id: big.events[1000]!.id });
  });

  test('a pan or a zoom keeps the rows its lanes had, so nothing below a lane jumps; new data or a new width lays the lanes out afresh', () => {
    const big = parseTimeline(syntheticTimeline(10_000)).data;
    const [first, last] = eventIndex(big).extent!;
    const span = (last - first) / 4;
    const drawn = (plan: ReturnType<typeof createPlanner>, view: readonly [number, number] | null, changes: Partial<PlanInputs> = {}): TimelineLayout => {
      const p = plan(inputs({ timeline: big, view, ...changes }));
      if (p.mode !== 'drawing') throw new Error(p.mode);
      return p.layout;
    };
    const rows = (layout: TimelineLayout) => layout.lanes.map((lane) => lane.rowCount);
    const places = (layout: TimelineLayout) => [...layout.items.map((i) => `${i.id} ${i.lane}:${i.row} ${i.x0.toFixed(2)} ${i.labelVisible}`), ...layout.clusters.map((c) => `${c.key} ${c.lane}:${c.row}`)];
    const plan = createPlanner();
    // From the first view (the whole story, no window asked for) to the reader's first zoom.
    let before = drawn(plan, null);
    const step = (view: readonly [number, number]) => {
      const now = drawn(plan, view);
      const alone = drawn(createPlanner(), view);
      // Each lane keeps at least the rows it had; what is in them is placed as a fresh layout places it.
      now.lanes.forEach((lane, i) => expect(lane.rowCount).toBeGreaterThanOrEqual(before.lanes[i]!.rowCount));
      now.lanes.forEach((lane, i) => expect(lane.rowCount).toBe(Math.max(alone.lanes[i]!.rowCount, before.lanes[i]!.rowCount)));
      expect(places(now)).toEqual(places(alone));
      const shrank = rows(alone).some((n, i) => n < before.lanes[i]!.rowCount);
      before = now;
      return shrank;
    };
    // Lanes under lanes: a lane losing a row would move the ones below it.
    expect(before.lanes.length).toBeGreaterThan(1);
    let shrankAlone = step([first, first + span]) ? 1 : 0;
    // A drag: 60 steps of 2 % of the view. (The view's start is a sum, as a drag's is: a pan's span may differ by rounding.)
    let start = first;
    for (let i = 0; i < 60; i++) {
      start += span * 0.02;
      if (step([start, start + span])) shrankAlone++;
    }
    // The drag crosses views whose lanes need fewer rows: laid out alone, the lanes below would have moved.
    expect(shrankAlone).toBeGreaterThan(0);
    // Wheel notches, 1.1× in and out about the middle, then the zoom buttons' 2× steps: the same.
    let shrankZooming = 0;
    const mid = start + span / 2;
    for (const factor of [...Array<number>(12).fill(1 / 1.1), ...Array<number>(12).fill(1.1), 0.5, 0.5, 2, 2]) {
      const half = ((before.view[1] - before.view[0]) * factor) / 2;
      if (step([mid - half, mid + half])) shrankZooming++;
    }
    expect(shrankZooming).toBeGreaterThan(0);
    // New data or a new width: the lanes are as tall as the view needs.
    expect(rows(drawn(plan, [start, start + span], { width: 1000 }))).toEqual(rows(drawn(createPlanner(), [start, start + span], { width: 1000 })));
    const again = parseTimeline(syntheticTimeline(10_000)).data;
    expect(rows(drawn(plan, [start, start + span], { timeline: again }))).toEqual(rows(drawn(createPlanner(), [start, start + span], { timeline: again })));
    // The same inputs twice are still one layout.
    expect(drawn(plan, [start, start + span])).toBe(drawn(plan, [start, start + span]));
  });
});
