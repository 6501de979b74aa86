import { describe, expect, test } from 'vitest';
import { bridgeBetween, markerTarget, placeHoverLabel, showLabels, type HoverItem } from '../../src/layout/hover-labels.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { parseTimeline } from '../../src/model/parse.js';
import { denseTimeline } from '../fixtures/dense.js';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const touches = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

const marker = (x: number, y: number, labelVisible: boolean, labelWidth = 100): HoverItem => ({
  x0: x, x1: x, y, radius: 5, hit: { x: x - 12, y: y - 12, width: 24, height: 24 },
  label: { x: x + 16, y: y - 10, width: labelWidth, height: 20 }, labelVisible,
});
const scene = <Item extends HoverItem>(items: Item[], rows: number[], clusters: Box[] = [], width = 600) => ({ items, rows, clusters: clusters.map((hit) => ({ hit })), width });

describe('a label shown on hover or focus (WCAG 1.4.13)', () => {
  test('beside its marker when that is clear; else over or under it in the nearest clear row, joined by a strip', () => {
    const rows = [20, 60, 100];
    // Alone in its row: beside its marker.
    const alone = placeHoverLabel(0, scene([marker(100, 60, false)], rows));
    expect(alone.label).toMatchObject({ y: 50, width: 100 });
    expect(alone.label.x).toBeGreaterThanOrEqual(105);
    expect(alone.covers).toEqual([]);
    // Neighbours' labels either side in its row: the label goes to the row above or below, centred on the marker.
    const crowded = [marker(100, 60, false), marker(130, 60, true, 200), marker(-60, 60, true, 140)];
    const place = placeHoverLabel(0, scene(crowded, rows));
    expect(place.label.x + place.label.width / 2).toBeCloseTo(100);
    expect([20, 100]).toContain(place.label.y + place.label.height / 2);
    expect(touches(place.bridge, crowded[0]!.hit) && touches(place.bridge, place.label)).toBe(true);
    expect(place.covers).toEqual([]);
  });

  test('the way from a marker onto its label holds every straight move from one to the other, and no more than their hull', () => {
    const inside = (points: readonly (readonly [number, number])[], x: number, y: number) => points.every(([x0, y0], k) => {
      const [x1, y1] = points[(k + 1) % points.length]!;
      return (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0) >= -1e-9;
    });
    const target = { x: 0, y: 0, width: 24, height: 24 };
    for (const label of [{ x: 40, y: -60, width: 100, height: 30 }, { x: -130, y: 50, width: 100, height: 30 }, { x: 30, y: 0, width: 80, height: 24 }, { x: -20, y: -50, width: 60, height: 30 }]) {
      const way = bridgeBetween(target, label);
      const at = (x: number, y: number) => inside(way.points, x - way.x, y - way.y);
      for (let t = 0; t <= 1; t += 0.05) {
        for (const [ax, ay] of [[12, 12], [0, 0], [24, 24], [24, 0]] as const) {
          const [bx, by] = [label.x + label.width / 2, label.y + label.height / 2];
          expect(at(ax + (bx - ax) * t, ay + (by - ay) * t), `${JSON.stringify(label)} at ${t}`).toBe(true);
        }
      }
      // A corner of the bounding box that neither touches is left out when the two are apart diagonally.
      if (label.x > 24 && label.y + label.height < 0) expect(at(0.5, label.y + 0.5)).toBe(false);
    }
  });

  test('slides along a row to the free stretch nearest its marker, inside the drawing', () => {
    // Its own row is blocked by a neighbour's label; the row above has a marker right over it.
    // Labels from markers far either side block its row; their targets are nowhere near the way up.
    const items = [marker(300, 60, false), { ...marker(560, 60, true), label: { x: 312, y: 50, width: 236, height: 20 } }, marker(40, 60, true, 245), marker(270, 20, false)];
    const { label } = placeHoverLabel(0, scene(items, [20, 60]));
    expect(label.y + label.height / 2).toBe(20);
    expect(overlaps(label, items[3]!.hit)).toBe(false);
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width).toBeLessThanOrEqual(600);
    // Nearest: right of the other marker's target, with room for the clearance, the way from our marker clear of it.
    expect(label.x).toBeCloseTo(282 + 3);
  });

  test('where nothing near is clear of labels, it lies over labels (hidden meanwhile), never over a marker or cluster', () => {
    // One row; labels shown from edge to edge, markers and a cluster along it.
    const items = [marker(100, 20, false), marker(200, 20, true, 380), marker(20, 20, true, 60), marker(580, 20, true, 0)];
    const clusters = [{ x: 400, y: 8, width: 40, height: 24 }];
    const place = placeHoverLabel(0, scene(items, [20], clusters));
    for (const other of items.slice(1)) expect(overlaps(place.label, other.hit)).toBe(false);
    expect(overlaps(place.label, clusters[0]!)).toBe(false);
    expect(place.covers).toEqual([1]);
  });

  test('a place whose way from the marker would cross another target loses to one over a label whose way is clear', () => {
    // Its row has shown labels either side; the row above is full of labels; the top row is free, but the
    // way up to it crosses the marker right above ours.
    const items = [
      marker(300, 100, false), marker(330, 100, true, 250), marker(40, 100, true, 245),
      marker(300, 60, false), { ...marker(560, 60, true), label: { x: 320, y: 50, width: 230, height: 20 } }, marker(40, 60, true, 230),
    ];
    const place = placeHoverLabel(0, scene(items, [20, 60, 100]));
    expect(place.label.y + place.label.height / 2).toBe(100);
    expect(place.covers).toHaveLength(1);
  });

  test('a place close to its marker, even with its way across another target, beats a clear one rows away', () => {
    // Its own row is full of markers; the row just under it is free, but the way down crosses a marker
    // in between; the row far above is free, and so is the way up to it.
    const ours = { ...marker(300, 100, false), label: { x: 316, y: 85, width: 100, height: 30 } };
    const row = Array.from({ length: 20 }, (_, k) => marker(k * 30 + 15, 100, false)).filter((m) => Math.abs(m.x0 - 300) > 20);
    const items = [ours, marker(300, 128, false), ...row];
    const place = placeHoverLabel(0, scene(items, [20, 100, 160]));
    expect(place.label.y + place.label.height / 2).toBe(160);
    for (const other of items.slice(1)) expect(overlaps(place.label, other.hit)).toBe(false);
    expect(touches(place.bridge, ours.hit) && touches(place.bridge, place.label)).toBe(true);
  });

  test('of the close places, one in its own lane comes first, even a row further off', () => {
    // Its own row is full of markers; the row above, in the lane above, is nearer than the row under it, in its own lane.
    const row = Array.from({ length: 20 }, (_, k) => ({ ...marker(k * 30 + 15, 100, false), lane: 1 })).filter((m) => Math.abs(m.x0 - 300) > 20);
    const items = [{ ...marker(300, 100, false), lane: 1 }, ...row];
    const rows = [20, 70, 100, 140];
    const lanes = [{ top: 0, height: 80 }, { top: 80, height: 80 }];
    const centre = (place: { label: Box }) => place.label.y + place.label.height / 2;
    expect(centre(placeHoverLabel(0, { ...scene(items, rows), lanes }))).toBe(140);
    // Without lanes to go by, the nearest row.
    expect(centre(placeHoverLabel(0, scene(items, rows)))).toBe(70);
  });

  test('where every row is full of markers, it stays beside its marker, where the placer put it', () => {
    const items = [marker(100, 20, false), ...Array.from({ length: 30 }, (_, k) => marker(k * 20 + 5, 20, false))];
    expect(placeHoverLabel(0, scene(items, [20])).label).toEqual(items[0]!.label);
  });

  test('two labels shown at once (hover and focus) keep clear of each other; a dismissed one hides nothing', () => {
    const items = [{ ...marker(100, 60, false), id: 'a' }, { ...marker(110, 60, false), id: 'b' }, { ...marker(400, 60, true, 150), id: 'c' }];
    const view = showLabels(scene(items, [20, 60, 100]), ['a', 'b', 'c', 'gone'], new Set());
    expect([...view.places.keys()]).toEqual(['a', 'b']);
    expect(overlaps(view.places.get('a')!.label, view.places.get('b')!.label)).toBe(false);
    expect(view.places.get('a')!.label.side).toBe('right');
    // A label that covers another's is not dismissed: the other hides; dismissed, it hides nothing.
    const full = [{ ...marker(100, 20, false), id: 'a' }, { ...marker(200, 20, true, 380), id: 'b' }, { ...marker(20, 20, true, 60), id: 'c' }];
    expect([...showLabels(scene(full, [20]), ['a'], new Set()).covered]).toEqual(['b']);
    expect(showLabels(scene(full, [20]), ['a'], new Set(['a'])).covered.size).toBe(0);
  });

  test('in a crowded layout, every tucked label covers no other event\'s marker or target, nor a cluster, and hides exactly the labels it lies over', () => {
    const timeline = parseTimeline(denseTimeline({ count: 40, days: 120, lanes: 2 })).data;
    const layout = layoutTimeline(timeline, { width: 1200, dateText: (e) => e.start.text })!;
    const tucked = layout.items.flatMap((item, n) => (!item.labelVisible && item.x0 >= 0 && item.x1 <= layout.width ? [n] : []));
    expect(tucked.length).toBeGreaterThan(3);
    let clear = 0;
    for (const n of tucked) {
      const { label, covers } = placeHoverLabel(n, layout);
      const id = layout.items[n]!.id;
      const others = layout.items.filter((_, k) => k !== n);
      expect([...others.map((o) => (o.labelVisible ? markerTarget(o) : o.hit)), ...layout.clusters.map((c) => c.hit)].filter((o) => overlaps(label, o)), id).toEqual([]);
      expect(covers.map((k) => layout.items[k]!.id), id).toEqual(others.filter((o) => o.labelVisible && overlaps(label, o.label)).map((o) => o.id));
      expect(label.x >= 0 && label.x + label.width <= layout.width, id).toBe(true);
      if (covers.length === 0) clear++;
    }
    expect(clear).toBeGreaterThan(0);
  });
});
