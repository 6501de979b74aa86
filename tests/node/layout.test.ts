import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { eventIndex } from '../../src/layout/event-index.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/layout.js';
import { TIMELINE_METRICS } from '../../src/layout/metrics.js';
import { RowPacker } from '../../src/layout/rows.js';
import { timeScale } from '../../src/layout/scale.js';
import { estimateTextWidth } from '../../src/layout/text-width.js';
import { layoutTicks } from '../../src/layout/ticks.js';
import { utcTime } from '../../src/model/dates.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { Timeline } from '../../src/model/timeline.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;

function lay(timeline: Timeline, width: number): TimelineLayout {
  const layout = layoutTimeline(timeline, { width, locale: 'en-GB', dateText: (e) => formatEventDate(e, 'en-GB'), asOfText: () => 'As reported, 25 May 2023' });
  if (!layout) throw new Error('no layout');
  return layout;
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('estimateTextWidth()', () => {
  test('follows Helvetica metrics and scales with size', () => {
    expect(estimateTextWidth('0000', 10)).toBeCloseTo(4 * 5.56);
    expect(estimateTextWidth('iiii', 10)).toBeLessThan(estimateTextWidth('MMMM', 10));
    expect(estimateTextWidth('NATO', 14, true)).toBeGreaterThan(estimateTextWidth('NATO', 14));
    expect(estimateTextWidth('Tōkyō', 10)).toBeCloseTo(estimateTextWidth('Tokyo', 10));
  });

  test('counts CJK characters as a full em', () => {
    expect(estimateTextWidth('岸田首相', 10)).toBe(40);
  });

  test('counts a character beyond the BMP (two UTF-16 units) once, with its spacing once', () => {
    expect(estimateTextWidth('a😀 b', 10)).toBeCloseTo(5.56 + 10 + 2.78 + 5.56);
    // Four characters and one space: letter spacing four times, word spacing once.
    expect(estimateTextWidth('a😀 b', 10, false, { letter: 0.1, word: 0.5 }) - estimateTextWidth('a😀 b', 10)).toBeCloseTo(4 * 1 + 5);
  });
});

describe('the index\'s extent', () => {
  test('covers every event, the as-of date and a margin', () => {
    const [start, end] = eventIndex(article).extent!;
    expect(start).toBeLessThan(utcTime(2022, 2, 24));
    expect(end).toBeGreaterThan(utcTime(2023, 7, 13));
  });

  test('gives a single event a readable span', () => {
    const one = parseTimeline([{ start: '2023-05-24', title: 'T' }]).data;
    const [start, end] = eventIndex(one).extent!;
    expect(end - start).toBeGreaterThan(86_400_000);
    expect(eventIndex(parseTimeline([]).data).extent).toBeNull();
  });
});

describe('layoutTicks()', () => {
  test.each([
    [utcTime(1900), utcTime(2020), /^\d{4}$/],
    [utcTime(2022, 2), utcTime(2023, 8), /^[A-Z][a-z]{2}( \d{4})?$/],
    [utcTime(2023, 5, 1), utcTime(2023, 6, 15), /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/],
    [utcTime(2023, 5, 24, 6), utcTime(2023, 5, 24, 18), /^(\d{1,2} [A-Z][a-z]{2}(,| at)? )?\d{2}:\d{2}$/],
  ])('re-ticks for the span (%#) with labels that never collide', (start, end, pattern) => {
    for (const width of [320, 600, 1200]) {
      const x = timeScale([start, end], [16, width - 16]);
      const ticks = layoutTicks(x, width, 'en-GB');
      expect(ticks.length).toBeGreaterThan(1);
      // At phone widths coarser ticks are right; the unit must show from 600 px up.
      if (width >= 600) for (const t of ticks) expect(t.label).toMatch(pattern);
      const boxes = ticks.map((t) => {
        const w = estimateTextWidth(t.label, 12);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        return { left, right: left + w };
      });
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
      expect(boxes[0]!.left).toBeGreaterThanOrEqual(0);
      expect(boxes.at(-1)!.right).toBeLessThanOrEqual(width);
    }
  });

  test('a mirrored scale gets the same ticks, and no two labels come within 10 px', () => {
    // Labels are placed in time order and only neighbours are compared: that must hold whichever way x runs.
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const box = (t: { x: number; label: string; anchor: string }) => {
      const w = estimateTextWidth(t.label, 12);
      const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      return { left, right: left + w };
    };
    for (let k = 0; k < 300; k++) {
      const start = utcTime(1800) + random() * (utcTime(2030) - utcTime(1800));
      const end = start + Math.exp(Math.log(3_600_000) + random() * Math.log(1e12 / 3_600_000));
      const width = [320, 390, 800, 1200][k % 4]!;
      const ltr = layoutTicks(timeScale([start, end], [16, width - 16]), width, 'en-GB');
      const rtl = layoutTicks(timeScale([start, end], [width - 16, 16]), width, 'en-GB');
      expect(ltr.length).toBeGreaterThan(0);
      expect(rtl.map((t) => t.label)).toEqual(ltr.map((t) => t.label));
      for (const ticks of [ltr, rtl]) {
        const boxes = ticks.map(box).sort((a, b) => a.left - b.left);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right + 10);
      }
    }
  });

  test('the first tick and each new year name the year', () => {
    const x = timeScale([utcTime(2022, 2), utcTime(2023, 8)], [16, 1184]);
    const labels = layoutTicks(x, 1200, 'en-GB').map((t) => t.label);
    expect(labels[0]).toMatch(/2022$/);
    expect(labels).toContain('Jan 2023');
  });
});

describe('timeScale()', () => {
  test('maps a window onto pixels linearly and inverts it', () => {
    const x = timeScale([utcTime(2022), utcTime(2024)], [10, 810]);
    expect(x(utcTime(2022))).toBe(10);
    expect(x(new Date(utcTime(2024)))).toBe(810);
    expect(x(utcTime(2023))).toBeCloseTo(410); // 2022 and 2023 both have 365 days
    expect(Math.round(x.invert(x(utcTime(2023, 5, 24))))).toBe(utcTime(2023, 5, 24));
    expect(x.domain().map(Number)).toEqual([utcTime(2022), utcTime(2024)]);
  });

  test('ticks at round UTC intervals, as d3 picks them', () => {
    const months = timeScale([utcTime(2022, 2, 24), utcTime(2023, 7, 12)], [0, 1000]).ticks(6);
    expect(months.map((d) => d.toISOString().slice(0, 10))).toEqual(['2022-04-01', '2022-07-01', '2022-10-01', '2023-01-01', '2023-04-01', '2023-07-01']);
    const hours = timeScale([utcTime(2023, 5, 24, 6), utcTime(2023, 5, 24, 18)], [0, 1000]).ticks(4);
    expect(hours.every((d) => d.getUTCMinutes() === 0 && d.getUTCHours() % 3 === 0)).toBe(true);
  });
});

describe('open-ended ranges', () => {
  test('an event that has not ended runs to the right end of the view', () => {
    const { data } = parseTimeline([{ start: '2020/..', title: 'Ongoing' }, { start: '2023', title: 'Later' }]);
    const layout = lay(data, 800);
    const ongoing = layout.items[0]!;
    expect(ongoing.x1).toBe(800 - TIMELINE_METRICS.paddingX);
    expect(ongoing.x1).toBeGreaterThan(layout.items[1]!.x0);
  });
});

describe('RowPacker', () => {
  test('a span forced into a full row still blocks later spans that overlap it', () => {
    const packer = new RowPacker(1, 0);
    packer.add(0, { left: 0, right: 10 });
    packer.add(0, { left: 5, right: 100 }); // does not fit: forced, e.g. a marker in a crowded lane
    packer.add(0, { left: 20, right: 30 }); // overlaps the forced span
    expect(packer.fits(0, { left: 40, right: 50 })).toBe(false);
    expect(packer.fits(0, { left: 101, right: 120 })).toBe(true);
  });

  test('puts disjoint spans in one row and overlapping ones in the next', () => {
    const packer = new RowPacker(3, 4);
    expect(packer.firstFit({ left: 0, right: 10 })).toBe(0);
    packer.add(0, { left: 0, right: 10 });
    expect(packer.firstFit({ left: 20, right: 30 })).toBe(0);
    packer.add(0, { left: 20, right: 30 });
    expect(packer.fits(0, { left: 12, right: 18 })).toBe(false); // within the gap on both sides
    expect(packer.firstFit({ left: 5, right: 25 })).toBe(1);
  });

  test('refuses a span when every allowed row is full', () => {
    const packer = new RowPacker(2, 0);
    packer.add(0, { left: 0, right: 10 });
    packer.add(1, { left: 0, right: 10 });
    expect(packer.firstFit({ left: 5, right: 6 })).toBe(-1);
  });
});

describe('layoutTimeline()', () => {
  test.each([320, 360, 600, 1200, 1600])('at %i px, nothing visible overlaps and everything stays inside', (width) => {
    const layout = lay(article, width);
    expect(layout.items).toHaveLength(article.events.length);
    const visible = layout.items.filter((i) => i.labelVisible);
    // At 320 px three titles need three lines (cutting them is not an option, WCAG 1.4.12): they wait for hover or focus.
    expect(visible.length).toBeGreaterThan(width >= 600 ? article.events.length - 1 : width >= 360 ? 3 : 1);
    for (const item of layout.items) {
      expect(item.hit.x).toBeGreaterThanOrEqual(0);
      expect(item.hit.x + item.hit.width).toBeLessThanOrEqual(width);
      expect(item.hit.width).toBeGreaterThanOrEqual(TIMELINE_METRICS.minTarget);
      expect(item.hit.height).toBeGreaterThanOrEqual(TIMELINE_METRICS.minTarget);
    }
    for (let i = 0; i < visible.length; i++) {
      for (let j = i + 1; j < visible.length; j++) {
        expect(overlaps(visible[i]!.label, visible[j]!.label), `${visible[i]!.id} / ${visible[j]!.id}`).toBe(false);
        expect(overlaps(visible[i]!.hit, visible[j]!.hit), `${visible[i]!.id} / ${visible[j]!.id}`).toBe(false);
      }
    }
  });

  test('a pan at the same zoom keeps each event at the same place relative to the origin; the origin stays near the view', () => {
    const DAY = 86_400_000;
    const at = (view: [number, number], rtl = false) => layoutTimeline(article, {
      width: 1000, view, rtl, locale: 'en-GB', dateText: (e) => formatEventDate(e, 'en-GB'),
    })!;
    for (const rtl of [false, true]) {
      const start = utcTime(2023, 3, 1);
      const before = at([start, start + 120 * DAY], rtl);
      const after = at([start + 9 * DAY, start + 129 * DAY], rtl);
      // The whole drawing moved by nine days' width...
      const moved = (9 * DAY * (1000 - 2 * TIMELINE_METRICS.paddingX)) / (120 * DAY) * (rtl ? 1 : -1);
      const vilnius = (l: TimelineLayout) => l.items.find((i) => i.id === 'vilnius-summit')!;
      expect(vilnius(after).x0 - vilnius(before).x0).toBeCloseTo(moved, 6);
      // ...but relative to the origin nothing did: only the layer holding the events moves.
      expect(after.origin - before.origin).toBeCloseTo(moved, 6);
      for (const item of after.items) {
        const same = before.items.find((i) => i.id === item.id);
        if (same) expect(item.hit.x - after.origin).toBeCloseTo(same.hit.x - before.origin, 6);
      }
      // The origin is a time at or before the view, within a few screens of it.
      expect(rtl ? after.origin : -after.origin).toBeGreaterThanOrEqual(rtl ? 1000 - TIMELINE_METRICS.paddingX : -TIMELINE_METRICS.paddingX);
      expect(Math.abs(after.origin)).toBeLessThan(5 * 1000);
    }
  });

  test('places markers by date: later events lie to the right', () => {
    const layout = lay(article, 1000);
    const xs = layout.items.map((i) => i.x0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const madrid = layout.items[article.events.findIndex((e) => e.id === 'madrid-summit')]!;
    expect(madrid.x1).toBeGreaterThan(madrid.x0);
  });

  test('gives every group its own lane, in order, with events inside their lane', () => {
    const layout = lay(article, 1000);
    expect(layout.lanes.map((l) => l.label)).toEqual(article.groups.map((g) => g.label));
    article.events.forEach((event, i) => {
      const item = layout.items[i]!;
      const lane = layout.lanes[item.lane]!;
      expect(lane.id).toBe(event.group);
      expect(item.y).toBeGreaterThan(lane.rowsTop);
      expect(item.y).toBeLessThan(lane.top + lane.height);
    });
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.top).toBeGreaterThanOrEqual(layout.lanes[i - 1]!.top + layout.lanes[i - 1]!.height);
    }
  });

  test('draws the as-of line and keeps its label inside', () => {
    const layout = lay(article, 320);
    expect(layout.asOf).not.toBeNull();
    expect(layout.asOf!.x).toBeGreaterThan(0);
    expect(layout.asOf!.x).toBeLessThan(320);
  });

  test('important events keep their labels first when space is short', () => {
    const crowded = parseTimeline(
      Array.from({ length: 12 }, (_, i) => ({ start: `2023-05-${String(10 + i).padStart(2, '0')}`, title: `Event number ${i}`, importance: i === 7 ? 3 : 1 })),
    ).data;
    const layout = layoutTimeline(crowded, { width: 400, dateText: (e) => e.start.text, maxRowsPerLane: 2 })!;
    const important = layout.items[crowded.events.findIndex((e) => e.importance === 3)]!;
    expect(important.labelVisible).toBe(true);
    expect(layout.items.some((i) => !i.labelVisible)).toBe(true);
  });

  test('returns null when there is nothing to lay out', () => {
    expect(layoutTimeline(parseTimeline([]).data, { width: 800, dateText: () => '' })).toBeNull();
    expect(layoutTimeline(article, { width: 0, dateText: () => '' })).toBeNull();
  });
});

describe('eras', () => {
  test('become background bands clipped to the element, named where the name fits', () => {
    const timeline = parseTimeline({
      eras: [
        { start: '2021-10-04', end: '2024-10-01', title: 'Kishida government' },
        { start: '2023-05-24', end: '2023-05-25', title: 'A very long era name that cannot fit' },
      ],
      events: [{ start: '2022-06-28', title: 'Madrid' }, { start: '2023-07-11', title: 'Vilnius' }],
    }).data;
    const layout = lay(timeline, 800);
    expect(layout.eras).toHaveLength(2);
    const [kishida, short] = layout.eras;
    expect(kishida!.x0).toBeGreaterThanOrEqual(0);
    expect(kishida!.x1).toBeLessThanOrEqual(800);
    expect(kishida!.labelVisible).toBe(true);
    expect(short!.labelVisible).toBe(false);
    expect(layout.plotTop).toBe(TIMELINE_METRICS.bandHeight);
  });
});

describe('row height', () => {
  const lay = (rowHeight?: number) =>
    layoutTimeline(article, { width: 900, locale: 'en-GB', rowHeight, dateText: (e) => formatEventDate(e, 'en-GB') })!;

  test('a taller row-height spaces rows further apart, and a too-small one still fits a two-line label', () => {
    const normal = lay();
    const tall = lay(80);
    expect(tall.height).toBeGreaterThan(normal.height);
    const nato = (l: TimelineLayout) => [...new Set(l.items.filter((i) => i.lane === 2).map((i) => i.y))].sort((a, b) => a - b);
    const [a, b] = nato(tall);
    expect(b! - a!).toBe(80);
    const tiny = lay(10);
    const [c, d] = nato(tiny);
    expect(d! - c!).toBe(TIMELINE_METRICS.maxTitleLines * TIMELINE_METRICS.titleLineHeight + TIMELINE_METRICS.dateLineHeight);
    expect(lay(Number.NaN).height).toBe(normal.height);
  });
});
