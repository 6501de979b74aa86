import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { eventIndex } from '../../src/layout/event-index.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { moveFocus } from '../../src/layout/navigation.js';
import { clampView, minimumSpan, panView, pinchView, placeTime, revealView, timeAt, toTime, zoomView, type ViewBounds } from '../../src/layout/view.js';
import fc from 'fast-check';
import { utcTime } from '../../src/model/dates.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bounds: ViewBounds = { extent: [0, 100 * DAY], minSpan: HOUR };

describe('view windows', () => {
  test('clampView() never shows time outside the data nor less than the minimum span', () => {
    expect(clampView([-50 * DAY, 200 * DAY], bounds)).toEqual([0, 100 * DAY]);
    expect(clampView([90 * DAY, 110 * DAY], bounds)).toEqual([80 * DAY, 100 * DAY]);
    const narrow = clampView([10 * DAY, 10 * DAY + 1000], bounds);
    expect(narrow[1] - narrow[0]).toBe(HOUR);
  });

  test('zoomView() keeps the zoom point where it was on screen', () => {
    const view = [20 * DAY, 60 * DAY] as const;
    const time = 30 * DAY; // a quarter of the way across
    const zoomed = zoomView(view, 2, time, bounds);
    expect(zoomed[1] - zoomed[0]).toBe(20 * DAY);
    expect((time - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo(0.25);
    expect(zoomView(view, 0.001, time, bounds)).toEqual([0, 100 * DAY]);
  });

  test('panView() stops at the edges of the data', () => {
    expect(panView([10 * DAY, 20 * DAY], -30 * DAY, bounds)).toEqual([0, 10 * DAY]);
    expect(panView([10 * DAY, 20 * DAY], 5 * DAY, bounds)).toEqual([15 * DAY, 25 * DAY]);
  });

  test('revealView() leaves a visible event alone and centres a hidden one at the same zoom', () => {
    const view = [10 * DAY, 20 * DAY] as const;
    expect(revealView(view, 15 * DAY, 15 * DAY + DAY, bounds)).toBe(view);
    const moved = revealView(view, 50 * DAY, 51 * DAY, bounds);
    expect(moved[1] - moved[0]).toBe(10 * DAY);
    expect((moved[0] + moved[1]) / 2).toBe(50.5 * DAY);
  });

  test('minimumSpan() is one hour per screen unless the data gives times', () => {
    expect(minimumSpan(false, [0, 100 * DAY])).toBe(HOUR);
    expect(minimumSpan(true, [0, 100 * DAY])).toBeLessThan(HOUR);
    expect(eventIndex(article).timesOfDay).toBe(false);
    expect(eventIndex(parseTimeline([{ start: '2023-05-24T15:00+08:00', title: 'x' }]).data).timesOfDay).toBe(true);
  });

  test('toTime() reads a date input from the start or to the end of its period', () => {
    expect(toTime('2023-07', 'start')).toBe(utcTime(2023, 7));
    expect(toTime('2023-07', 'end')).toBe(utcTime(2023, 8));
    expect(toTime(new Date(5), 'start')).toBe(5);
    expect(toTime('not a date', 'start')).toBeNull();
    expect(toTime(null, 'end')).toBeNull();
  });

  test('zoomed in, layout re-ticks the axis to finer units', () => {
    const options = { width: 800, locale: 'en-GB', dateText: (e: Parameters<typeof formatEventDate>[0]) => formatEventDate(e, 'en-GB') };
    const whole = layoutTimeline(article, options)!;
    const day = utcTime(2023, 5, 24);
    const zoomed = layoutTimeline(article, { ...options, view: [day - 3 * DAY, day + 3 * DAY] })!;
    expect(whole.axis.ticks.every((t) => /^(\w{3} )?\d{4}$|^\w{3}$/.test(t.label))).toBe(true);
    expect(zoomed.axis.ticks.some((t) => /^\d{1,2} \w{3}/.test(t.label))).toBe(true);
    const hours = layoutTimeline(article, { ...options, view: [day, day + 6 * HOUR] })!;
    expect(hours.axis.ticks.some((t) => /\d{2}:\d{2}/.test(t.label))).toBe(true);
    // Only what is in view (and a margin of a tenth of the view either side) is laid out.
    const [w0, w1] = [day - 3.6 * DAY, day + 3.6 * DAY];
    const inView = article.events.filter((e) => e.start.time <= w1 && (e.end ?? e.start).endTime > w0);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(article.events.length);
    expect(zoomed.items.map((i) => i.id)).toEqual(inView.map((e) => e.id));
    expect(whole.items).toHaveLength(article.events.length);
    expect(eventIndex(article).extent![0]).toBeLessThan(whole.view[1]);
  });
});

describe('gesture maths', () => {
  const WIDTH = 1000;
  const PAD = 16;

  test('placeTime() puts a time at a point, and timeAt() reads it back there, in either direction', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: PAD, max: WIDTH - PAD, noNaN: true }),
      fc.double({ min: 60_000, max: 1e11, noNaN: true }), fc.boolean(),
      (time, x, span, rtl) => {
        const view = placeTime(time, x, span, WIDTH, PAD, rtl);
        expect(view[1] - view[0]).toBeCloseTo(span, -1);
        expect(Math.abs(timeAt(view, x, WIDTH, PAD, rtl) - time)).toBeLessThan(span * 1e-9 + 1);
      },
    ));
  });

  test('timeAt() runs left to right, or right to left when mirrored', () => {
    const view = [0, 100 * DAY] as const;
    expect(timeAt(view, PAD, WIDTH, PAD, false)).toBe(0);
    expect(timeAt(view, WIDTH - PAD, WIDTH, PAD, false)).toBe(100 * DAY);
    expect(timeAt(view, PAD, WIDTH, PAD, true)).toBe(100 * DAY);
    expect(timeAt(view, WIDTH - PAD, WIDTH, PAD, true)).toBe(0);
  });

  test('pinchView(): fingers that do not move keep the view; spread twice as far they halve it, the time between them staying between them', () => {
    const view = [0, 100 * DAY] as const;
    const points = [[300, 50], [500, 50]] as const;
    expect(pinchView({ points, view }, points, WIDTH, PAD, false)).toEqual(view);
    for (const rtl of [false, true]) {
      const middle = timeAt(view, 400, WIDTH, PAD, rtl);
      const spread = pinchView({ points, view }, [[200, 50], [600, 50]], WIDTH, PAD, rtl);
      expect(spread[1] - spread[0]).toBeCloseTo(50 * DAY, -3);
      expect(timeAt(spread, 400, WIDTH, PAD, rtl)).toBeCloseTo(middle, -3);
      // Both fingers sliding right by 100 px: the same span, moved so the middle follows them.
      const slid = pinchView({ points, view }, [[400, 50], [600, 50]], WIDTH, PAD, rtl);
      expect(slid[1] - slid[0]).toBeCloseTo(100 * DAY, -3);
      expect(timeAt(slid, 500, WIDTH, PAD, rtl)).toBeCloseTo(middle, -3);
    }
  });

  test('pinchView() counts the distance on both axes, and survives fingers that meet', () => {
    const view = [0, 100 * DAY] as const;
    const diagonal = pinchView({ points: [[300, 0], [500, 0]], view }, [[300, 0], [500, 200 * Math.sqrt(3)]], WIDTH, PAD, false);
    expect(diagonal[1] - diagonal[0]).toBeCloseTo(50 * DAY, -3);
    const met = pinchView({ points: [[400, 0], [400, 0]], view }, [[400, 0], [400, 0]], WIDTH, PAD, false);
    expect(met.every(Number.isFinite)).toBe(true);
  });
});

describe('moveFocus()', () => {
  const items = [
    { lane: 0, x0: 10, x1: 10 },
    { lane: 1, x0: 20, x1: 20 },
    { lane: 0, x0: 300, x1: 300 },
    { lane: 2, x0: 310, x1: 320 },
    { lane: 1, x0: 400, x1: 400 },
  ];

  test('previous/next follow date order and stop at the ends', () => {
    expect(moveFocus(items, 2, 'next')).toBe(3);
    expect(moveFocus(items, 2, 'previous')).toBe(1);
    expect(moveFocus(items, 4, 'next')).toBeNull();
    expect(moveFocus(items, 0, 'previous')).toBeNull();
    expect(moveFocus(items, 2, 'first')).toBe(0);
    expect(moveFocus(items, 2, 'last')).toBe(4);
  });

  test('up/down go to the nearest event on screen in the nearest lane that has one', () => {
    expect(moveFocus(items, 2, 'down')).toBe(4);
    expect(moveFocus(items, 0, 'down')).toBe(1);
    expect(moveFocus(items, 4, 'down')).toBe(3);
    expect(moveFocus(items, 3, 'up')).toBe(4);
    expect(moveFocus(items, 0, 'up')).toBeNull();
  });
});
