import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { eventIndex } from '../../src/layout/event-index.js';
import { labelShapes, widestTitles } from '../../src/layout/label-shapes.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/layout.js';
import { TIMELINE_METRICS as M } from '../../src/layout/metrics.js';
import { LabelPlacer, type EventToPlace } from '../../src/layout/place-labels.js';
import { estimateTextWidth, narrowestWidth, wrappedLines } from '../../src/layout/text-width.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { Timeline } from '../../src/model/timeline.js';

const load = (file: string) => parseTimeline(JSON.parse(readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8'))).data;
const article = load('japan-nato-2022-2023.json');
const fixtures = { article, eras: load('timelinejs/eras.json'), marktwain: load('timelinejs/marktwain.json') };

function lay(timeline: Timeline, width: number, more: { fill?: number; maxRowsPerLane?: number; rowHeight?: number } = {}): TimelineLayout {
  return layoutTimeline(timeline, { width, locale: 'en-GB', dateText: (e) => formatEventDate(e, 'en-GB'), asOfText: () => 'As reported, 25 May 2023', ...more })!;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Everything drawn that a label must leave clear: each event's marker (by id) and each cluster's mark. */
function marks(layout: TimelineLayout): { owner: string; box: Box }[] {
  return [
    ...layout.items.map((i) => ({ owner: i.id, box: { x: i.x0 - i.radius, y: i.y - i.radius, width: i.x1 - i.x0 + 2 * i.radius, height: 2 * i.radius } })),
    ...layout.clusters.map((c) => ({ owner: c.key, box: { x: c.x0, y: c.y - 10, width: c.x1 - c.x0, height: 20 } })),
  ];
}

describe('label placement: nothing is drawn over anything', () => {
  for (const [name, timeline] of Object.entries(fixtures)) {
    test.each([1200, 800, 360])(`${name} at %i px: no label covers another label, another marker or the "as reported" line`, (width) => {
      const layout = lay(timeline, width);
      const shown = layout.items.filter((i) => i.labelVisible);
      expect(shown.length).toBeGreaterThan(0);
      for (const item of shown) {
        for (const other of shown) if (other !== item) expect(overlaps(item.label, other.label), `${item.id} / ${other.id}`).toBe(false);
        for (const mark of marks(layout)) if (mark.owner !== item.id) expect(overlaps(item.label, mark.box), `${item.id} over ${mark.owner}`).toBe(false);
        if (layout.asOf) {
          for (const [y0, y1] of layout.asOf.segments) {
            expect(overlaps(item.label, { x: layout.asOf.x - 1, y: y0, width: 2, height: y1 - y0 }), `${item.id} over the as-of line`).toBe(false);
          }
        }
        expect(item.label.x).toBeGreaterThanOrEqual(0);
        expect(item.label.x + item.label.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('labels sit on whichever side of their marker has room', () => {
    const layout = lay(article, 1200);
    const side = (id: string) => layout.items.find((i) => i.id === id)!.label.side;
    expect(side('russia-invades-ukraine')).toBe('right'); // near the start: room on the right
    expect(side('kishida-no-plans-to-join')).toBe('left'); // near the end: room on the left
  });

  test('a label crosses the "as reported" line only where it fits nowhere else, and the line breaks around it', () => {
    const layout = lay(article, 1200);
    const vilnius = layout.items.find((i) => i.id === 'vilnius-summit')!;
    const { asOf } = layout;
    // The Vilnius summit lies after the reporting date, too near the end for a label on its right.
    expect(vilnius.labelVisible).toBe(true);
    expect(vilnius.label.x).toBeLessThan(asOf!.x);
    expect(asOf!.segments.length).toBe(2);
    const [[, end], [start]] = asOf!.segments as [[number, number], [number, number]];
    expect(end).toBeLessThanOrEqual(vilnius.label.y);
    expect(start).toBeGreaterThanOrEqual(vilnius.label.y + vilnius.label.height);
    // No other label comes near the line.
    for (const item of layout.items) {
      if (item.labelVisible && item !== vilnius) expect(item.label.x > asOf!.x || item.label.x + item.label.width < asOf!.x, item.id).toBe(true);
    }
  });

  test('a marker with no room left still never lies under a label: the label it would cover is tucked', () => {
    // Buckets of one event each, so nothing clusters; the first label reaches over the second marker.
    const crowded = parseTimeline([
      { start: '2023-01-01', title: 'A long title that reaches far to the right', importance: 3 },
      { start: '2023-02-15', title: 'Second', importance: 1 },
      { start: '2023-12-31', title: 'Last' },
    ]).data;
    const layout = lay(crowded, 600, { maxRowsPerLane: 1 });
    const shown = layout.items.filter((i) => i.labelVisible);
    for (const item of shown) {
      for (const mark of marks(layout)) if (mark.owner !== item.id) expect(overlaps(item.label, mark.box), `${item.title} over ${mark.owner}`).toBe(false);
    }
    // The important first event gave way to the marker after it, which then had room for its label.
    expect(layout.clusters).toHaveLength(0);
    expect(layout.items.map((i) => i.labelVisible)).toEqual([false, true, true]);
  });
});

describe('which place a label takes first', () => {
  const wide = { width: 200, height: 30, titleLines: 1 };
  const narrow = { width: 90, height: 44, titleLines: 2 };
  /** An event whose marker (radius 5) sits at `x`, with its label's shapes in the order tried. */
  const at = (index: number, x: number, shapes = [wide, narrow]): EventToPlace =>
    ({ index, x0: x, x1: x, radius: 5, marker: { left: x - 12, right: x + 12 }, shapes });
  const placed = (placer: LabelPlacer, event: EventToPlace) => {
    expect(placer.place(event)).toBe(true);
    const { row, label } = placer.placement(event.index);
    return { row, side: label?.side ?? null, width: label?.shape.width ?? null };
  };

  test('the reading direction\'s side, in the first shape, in the first row', () => {
    expect(placed(new LabelPlacer(3, 1200, [], false), at(0, 600))).toEqual({ row: 0, side: 'right', width: 200 });
    expect(placed(new LabelPlacer(3, 1200, [], true), at(0, 600))).toEqual({ row: 0, side: 'left', width: 200 });
  });

  test('the first shape on the other side comes before the next shape', () => {
    // Near the right edge the wide label fits only on the left; the narrow one would fit on the right.
    expect(placed(new LabelPlacer(3, 1200, [], false), at(0, 1080))).toEqual({ row: 0, side: 'left', width: 200 });
  });

  test('a narrower shape takes a row\'s last gap before a new row opens', () => {
    const placer = new LabelPlacer(3, 1200, [], false);
    // Row 0 holds the labels right of 400 and of 850: at 700 the wide label has room on neither side, the narrow one on the right.
    placed(placer, at(0, 400));
    placed(placer, at(1, 850));
    expect(placed(placer, at(2, 700))).toEqual({ row: 0, side: 'right', width: 90 });
  });

  test('a label crosses a line only when no row has room clear of it, and a title too tall for a row waits for hover', () => {
    const placer = new LabelPlacer(2, 1200, [700], false);
    // Right of 600 the wide label crosses the line at 700: it goes left instead, still in row 0.
    expect(placed(placer, at(0, 600))).toEqual({ row: 0, side: 'left', width: 200 });
    // Each shape crosses the line on its right, and has no room on its left in row 0: row 1, on the left.
    expect(placed(placer, at(1, 690))).toEqual({ row: 1, side: 'left', width: 200 });
    // No row has room clear of the line: the first shape crosses it, in the first row with room.
    expect(placed(placer, at(2, 660))).toEqual({ row: 0, side: 'right', width: 200 });
    const tall = { width: 80, height: 60, titleLines: 3 };
    expect(placed(new LabelPlacer(2, 1200, [], false), at(3, 300, [tall]))).toEqual({ row: 0, side: null, width: null });
  });
});

describe('compact lanes', () => {
  test('a lane has the rows its events need, one label line tall where every title fits on one line', () => {
    const layout = lay(article, 1200);
    layout.lanes.forEach((lane, l) => {
      const rows = layout.items.filter((i) => i.lane === l).map((i) => i.row);
      expect(lane.rowCount).toBe(Math.max(...rows) + 1);
    });
    // Every title fits on one line at this width, so every row is one line of title and one of date.
    expect(widestTitles(article, eventIndex(article)).every((w) => w + 4 <= M.maxSingleLineWidth)).toBe(true);
    const oneLine = M.titleLineHeight + M.dateLineHeight + M.rowPadding;
    for (const item of layout.items) expect(item.label.titleLines).toBe(1);
    const rows = layout.lanes.reduce((n, lane) => n + lane.rowCount, 0);
    const lanes = layout.lanes.length;
    expect(layout.height).toBe(M.bandHeight + lanes * M.laneHeaderHeight + rows * oneLine + (lanes - 1) * M.laneGap + M.axisHeight);
    expect(layout.height).toBeLessThanOrEqual(480);
  });

  test('widestTitles() finds each lane\'s widest title by its measure, not its length', () => {
    // Short titles of wide characters are wider than long ones of narrow letters: measured, not guessed from length.
    const lanes: Record<string, string[]> = {
      wide: ['i'.repeat(30), 'illicit little list illicit', '東京で首脳会談東京で首脳会談', 'x', '😀😀😀'],
      mixed: ['Vilnius communiqué names Japan among partners', 'a'.repeat(40), 'l'.repeat(35), 'WMWMWMWMWMWM', 'Summit — “NATO” … 2023', '@@@@', 'Élysée talks'],
      capitals: ['WWWWWWWWWWWWWWWWWWWW', 'tiny title that is long but narrow, illicit', 'MMMMMMMMMMMMMMMMMMMMMM'],
    };
    const events = Object.entries(lanes).flatMap(([group, titles]) =>
      titles.map((title, i) => ({ id: `${group}-${i}`, start: `2023-01-${String(i + 1).padStart(2, '0')}`, title, group })));
    const timeline = parseTimeline({ events }).data;
    const index = eventIndex(timeline);
    for (const spacing of [undefined, { titleLine: 21, dateLine: 18, letter: 0.12, word: 0.16 }]) {
      const expected = new Float64Array(index.laneKeys.length);
      timeline.events.forEach((e, i) => {
        const lane = index.lanes[i]!;
        expected[lane] = Math.max(expected[lane]!, estimateTextWidth(e.title, M.titleFontSize, true, spacing));
      });
      expect([...widestTitles(timeline, index, spacing)]).toEqual([...expected]);
    }
  });

  test('the row-height attribute still makes every row that tall', () => {
    const layout = lay(article, 1200, { rowHeight: 70 });
    const nato = [...new Set(layout.items.filter((i) => i.lane === 2).map((i) => i.y))].sort((a, b) => a - b);
    expect(nato[1]! - nato[0]!).toBe(70);
  });

  test('row heights depend on the data, not on the view: a pan moves no row up or down', () => {
    const DAY = 86_400_000;
    const marktwain = fixtures.marktwain;
    const [start] = eventIndex(marktwain).extent!;
    const at = (offset: number) => layoutTimeline(marktwain, { width: 800, view: [start + offset * DAY, start + (offset + 9000) * DAY], dateText: (e) => e.start.text })!;
    const rowYs = (l: TimelineLayout) => new Map(l.items.map((i) => [i.row, i.y]));
    const before = rowYs(at(3000));
    const after = rowYs(at(3400));
    for (const [row, y] of after) if (before.has(row)) expect(y, `row ${row}`).toBe(before.get(row));
  });
});

describe('filling a given height', () => {
  test('rows grow evenly to fill a taller height', () => {
    const natural = lay(article, 1200);
    const filled = lay(article, 1200, { fill: 600 });
    expect(filled.height).toBeCloseTo(600, 6);
    expect(filled.items.map((i) => [i.row, i.labelVisible])).toEqual(natural.items.map((i) => [i.row, i.labelVisible]));
  });

  test('lanes give up label rows to fit a shorter height', () => {
    const natural = lay(article, 1200);
    const short = lay(article, 1200, { fill: 380 });
    expect(short.height).toBeCloseTo(380, 6);
    expect(short.height).toBeLessThan(natural.height);
    expect(short.items.filter((i) => i.labelVisible).length).toBeLessThan(natural.items.length);
  });
});

describe('label shapes', () => {
  test('a title is wrapped only when it is too wide for one line or wrapping saves real width', () => {
    expect(labelShapes('Short', '2023', 420, 240).map((s) => s.titleLines)).toEqual([1]);
    const long = 'Stoltenberg meets Kishida in Tokyo; joint statement and a great deal more besides';
    const shapes = labelShapes(long, '31 January 2023', 420, 240);
    // Too long for two lines at 240 px: its one shape holds every line (no text is cut, WCAG 1.4.12), taller than a row, so it waits for hover or focus.
    expect(shapes.map((s) => s.titleLines)).toEqual([3]);
    expect(shapes[0]!.width).toBeLessThanOrEqual(240);
    const both = labelShapes('Madrid summit: first Japanese PM at a NATO summit', '28–30 June 2022', 420, 240);
    expect(both.map((s) => s.titleLines)).toEqual([1, 2]);
    expect(both[1]!.width).toBeLessThan(both[0]!.width);
    expect(both[1]!.height).toBeGreaterThan(both[0]!.height);
  });

  test('label shapes are sized for the reader\'s text spacing (WCAG 1.4.12): wider, and as tall as its line heights', () => {
    const title = 'Madrid summit opens';
    const spaced = { titleLine: 21, dateLine: 18, letter: 0.12, word: 0.16 };
    const plain = labelShapes(title, '28–30 June 2022', 420, 240);
    const wide = labelShapes(title, '28–30 June 2022', 420, 240, true, spaced);
    expect([plain[0]!.titleLines, wide[0]!.titleLines]).toEqual([1, 1]);
    expect(wide[0]!.width).toBeGreaterThan(plain[0]!.width + title.length * 0.12 * 14 * 0.9);
    expect(wide.map((s) => s.height)).toEqual(wide.map((s) => s.titleLines * 21 + 18));
  });

  test('wrappedLines() fills lines as a browser does, and narrowestWidth() is the narrowest that keeps to the lines', () => {
    expect(wrappedLines('one two three', 10_000, 14)).toBe(1);
    expect(wrappedLines('one two three', 1, 14)).toBe(3);
    const text = 'Report: China slams NATO and Japan over liaison office';
    const w = narrowestWidth(text, 2, 14, true);
    expect(wrappedLines(text, w, 14, true)).toBeLessThanOrEqual(2);
    expect(wrappedLines(text, w - 1, 14, true)).toBeGreaterThan(2);
  });
});
