import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { ReactiveControllerHost } from 'lit';
import { MeasureAheadController } from '../../src/controllers/measure-ahead.js';
import { eventIndex } from '../../src/layout/event-index.js';
import { aheadOf, measureLabels, MEASURED_AHEAD } from '../../src/layout/lanes.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { widestTitles } from '../../src/layout/label-shapes.js';
import { TIMELINE_METRICS as M } from '../../src/layout/metrics.js';
import { DEFAULT_SPACING } from '../../src/layout/text-spacing.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { Timeline, TimelineEvent } from '../../src/model/timeline.js';

// Counts the labels measured: a title in the labels' font, bold, and every narrowest wrap.
const measured = vi.hoisted(() => ({ titles: 0, wraps: 0 }));
vi.mock('../../src/layout/text-width.js', async (original) => {
  const actual = await original<typeof import('../../src/layout/text-width.js')>();
  return {
    ...actual,
    estimateTextWidth: (...args: Parameters<typeof actual.estimateTextWidth>) => {
      if (args[1] === M.titleFontSize && args[2] === true) measured.titles++;
      return actual.estimateTextWidth(...args);
    },
    narrowestWidth: (...args: Parameters<typeof actual.narrowestWidth>) => {
      measured.wraps++;
      return actual.narrowestWidth(...args);
    },
  };
});

const synthetic = (n: number): Timeline => parseTimeline(syntheticTimeline(n)).data;
const dateText = (e: TimelineEvent) => `${e.start.text}${e.end ? ` – ${e.end.text}` : ''}`;
const DAY = 86_400_000;

/** Labels a layout measures, at `width` over `view`. */
function measuredBy(timeline: Timeline, width: number, view?: readonly [number, number], drawn = Math.min(20, timeline.events.length - 1)) {
  measured.titles = measured.wraps = 0;
  const layout = layoutTimeline(timeline, { width, view, dateText });
  expect(layout?.items.length).toBeGreaterThanOrEqual(drawn);
  return { ...measured };
}

describe('measureLabels()', () => {
  const timeline = synthetic(1_000);
  const extent = eventIndex(timeline).extent!;
  const quarter: [number, number] = [extent[0], extent[0] + (extent[1] - extent[0]) / 4];

  test('sizes labels as the layout at that width does: a step that meets them measures none', () => {
    // Labels are as wide as a drawing narrower than about 710 px allows, and a shape is remembered by the
    // widths it was fitted to: the same view at another such width has nothing sized ahead, and measures.
    expect(measuredBy(timeline, 680, quarter).titles).toBeGreaterThan(20);

    measureLabels(timeline, { width: 620, spacing: DEFAULT_SPACING, dateText }, 0, timeline.events.length);
    expect(measuredBy(timeline, 620, quarter)).toEqual({ titles: 0, wraps: 0 });
    // Wider text spacing is another shape: sized ahead at the default, the layout measures again.
    measured.titles = 0;
    layoutTimeline(timeline, { width: 620, view: quarter, dateText, spacing: { ...DEFAULT_SPACING, letter: 1.2 } });
    expect(measured.titles).toBeGreaterThan(20);
  });

  test('in lanes whose labels wrap as well', () => {
    const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;
    const cold = measuredBy(article, 460);
    expect(cold.wraps).toBeGreaterThan(3);
    measureLabels(article, { width: 420, spacing: DEFAULT_SPACING, dateText }, 0, article.events.length);
    expect(measuredBy(article, 420)).toEqual({ titles: 0, wraps: 0 });
  });
});

describe('aheadOf()', () => {
  /** Brute force: positions of the events starting within a view's span either side of it. */
  const near = (timeline: Timeline, [a, b]: readonly [number, number]) => {
    const span = b - a;
    return timeline.events.flatMap((e, i) => (e.start.time >= a - span && e.start.time <= b + span ? [i] : []));
  };

  test('the events in view and a view either side, in one run', () => {
    const timeline = synthetic(1_000);
    const index = eventIndex(timeline);
    const [first, last] = index.extent!;
    for (const view of [[first, last], [first, first + 30 * DAY], [last - 90 * DAY, last], [first + (last - first) / 3, first + (last - first) / 2], [last + 400 * DAY, last + 500 * DAY]] as const) {
      const want = near(timeline, view);
      const [from, to] = aheadOf(index, view);
      expect(to - from).toBe(want.length);
      if (want.length) expect([from, to - 1]).toEqual([want[0], want.at(-1)]);
    }
  });

  test('at most the cap, the nearest to the middle of the view', () => {
    const timeline = synthetic(10_000);
    const index = eventIndex(timeline);
    const [first, last] = index.extent!;
    const middle = (view: readonly [number, number]) => timeline.events.findIndex((e) => e.start.time >= (view[0] + view[1]) / 2);
    for (const view of [[first, last], [first, first + (last - first) / 5], [last - (last - first) / 5, last]] as const) {
      const [from, to] = aheadOf(index, view);
      expect(to - from).toBe(MEASURED_AHEAD);
      const want = near(timeline, view);
      expect(from).toBeGreaterThanOrEqual(want[0]!);
      expect(to - 1).toBeLessThanOrEqual(want.at(-1)!);
      // Centred on the middle, unless an end of what is near comes first.
      const m = middle(view);
      expect(from === want[0] || to - 1 === want.at(-1) || Math.abs(m - (from + to) / 2) <= 1).toBe(true);
      expect(m).toBeGreaterThanOrEqual(from);
      expect(m).toBeLessThan(to);
    }
    expect(aheadOf(index, [first, last], 50)[1] - aheadOf(index, [first, last], 50)[0]).toBe(50);
  });
});

describe('MeasureAheadController', () => {
  // Node has no idle callback: the controller sizes in slices of a timer's task.
  const host = { addController: () => {} } as unknown as ReactiveControllerHost;
  const slices = async (count = 200) => {
    for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  /** Longer than the controller waits for the view to be still after a step. */
  const pause = () => new Promise((resolve) => setTimeout(resolve, 700));
  let dates = 0;
  const drawnWith = (timeline: Timeline, width: number, view: readonly [number, number], words: unknown = 'en') =>
    ({ timeline, view, width, spacing: DEFAULT_SPACING, words, dateText: (e: TimelineEvent) => (dates++, dateText(e)) });

  test('after a first drawing, sizes what its next steps may meet, in slices; after a pan, once the view is still, only what it brings', async () => {
    const timeline = synthetic(3_000);
    const [first, last] = eventIndex(timeline).extent!;
    const span = (last - first) / 40;
    const view = [first + 20 * span, first + 21 * span] as const;
    const ahead = new MeasureAheadController(host);
    // A dataset's widest titles are measured once, for its rows: not what is counted here.
    widestTitles(timeline, eventIndex(timeline));
    measured.titles = 0;
    ahead.drawn(drawnWith(timeline, 560, view));
    expect(measured.titles).toBe(0);
    await slices();
    const [from, to] = aheadOf(eventIndex(timeline), view);
    expect(measured.titles).toBe(to - from);
    // The view a span to the right: one more span of events is sized, no more.
    dates = measured.titles = 0;
    const panned = [view[0] + span, view[1] + span] as const;
    ahead.drawn(drawnWith(timeline, 560, panned));
    await slices(10);
    expect(dates).toBe(0);
    await pause();
    await slices();
    const added = aheadOf(eventIndex(timeline), panned)[1] - to;
    expect(added).toBeGreaterThan(30);
    expect([dates, measured.titles]).toEqual([added, added]);
    // Each step from there measures nothing new.
    for (const v of [view, panned, [view[0] - span / 2, panned[1] + span / 2] as const]) expect(measuredBy(timeline, 560, v, 5)).toEqual({ titles: 0, wraps: 0 });
    ahead.hostDisconnected();
  });

  test('new words or a new width are new labels; a timeline taken off the page stops', async () => {
    const timeline = synthetic(2_000);
    const view = eventIndex(timeline).extent!;
    const ahead = new MeasureAheadController(host);
    widestTitles(timeline, eventIndex(timeline));
    ahead.drawn(drawnWith(timeline, 540, view));
    await slices();
    dates = measured.titles = 0;
    ahead.drawn(drawnWith(timeline, 540, view));
    await slices();
    expect(dates).toBe(0);
    // Other words write other date lines: each is asked for again (this test's are the same, so no shape is new).
    ahead.drawn(drawnWith(timeline, 540, view, 'fr'));
    // A render of the same view (hover, focus) is no step: the first drawing's sizing does not wait for a pause.
    ahead.drawn(drawnWith(timeline, 540, view, 'fr'));
    await slices();
    expect([dates, measured.titles]).toEqual([2_000, 0]);
    dates = 0;
    ahead.drawn(drawnWith(timeline, 530, view));
    ahead.hostDisconnected();
    await slices();
    expect([dates, measured.titles]).toEqual([0, 0]);
    ahead.drawn(drawnWith(timeline, 530, view));
    await slices();
    expect(measured.titles).toBe(2_000);
  });

  test('a first drawing panned before the page was idle waits for the reader to pause', async () => {
    const timeline = synthetic(1_500);
    const [first, last] = eventIndex(timeline).extent!;
    const ahead = new MeasureAheadController(host);
    widestTitles(timeline, eventIndex(timeline));
    dates = 0;
    ahead.drawn(drawnWith(timeline, 510, [first, last]));
    ahead.drawn(drawnWith(timeline, 510, [first, (first + last) / 2]));
    await slices(10);
    expect(dates).toBe(0);
    await pause();
    await slices();
    expect(dates).toBe(1_500);
    ahead.hostDisconnected();
  });
});
