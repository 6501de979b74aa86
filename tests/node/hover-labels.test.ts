import { describe, expect, test } from 'vitest';
import { placeHoverLabels, type HoverItem } from '../../src/layout/hover-labels.js';
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

describe('labels shown on hover or focus (WCAG 1.4.13)', () => {
  test('beside the marker when that is clear; else over or under it in the nearest clear row, joined by a strip', () => {
    const rows = [20, 60, 100];
    // Alone in its row: beside its marker.
    expect(placeHoverLabels([marker(100, 60, false)], [], rows, 600).get(0)!.label).toMatchObject({ y: 50, width: 100 });
    expect(placeHoverLabels([marker(100, 60, false)], [], rows, 600).get(0)!.label.x).toBeGreaterThanOrEqual(112);
    // Neighbours' labels either side in its row: the label goes to the row above or below, centred on the marker.
    const crowded = [marker(100, 60, false), marker(130, 60, true, 200), { ...marker(-60, 60, true, 140) }];
    const place = placeHoverLabels(crowded, [], rows, 600).get(0)!;
    expect(place.label.x + place.label.width / 2).toBeCloseTo(100);
    expect([20, 100]).toContain(place.label.y + place.label.height / 2);
    expect(touches(place.bridge, crowded[0]!.hit) && touches(place.bridge, place.label)).toBe(true);
  });

  test('where nothing is clear, no place is given (the label shows beside its marker as before)', () => {
    const items = [marker(100, 20, false), marker(130, 20, true, 400), marker(40, 20, true, 50)];
    expect(placeHoverLabels(items, [{ hit: { x: 0, y: 0, width: 600, height: 40 } }], [20], 600).size).toBe(0);
  });

  test('in a crowded layout, every label given a place covers no other label, marker or cluster', () => {
    const timeline = parseTimeline(denseTimeline({ count: 40, days: 120, lanes: 2 })).data;
    const layout = layoutTimeline(timeline, { width: 1200, dateText: (e) => e.start.text })!;
    const moved = layout.items.filter((i) => i.bridge);
    expect(moved.length).toBeGreaterThan(0);
    for (const item of moved) {
      const others = [...layout.items.filter((o) => o !== item).flatMap((o) => (o.labelVisible ? [o.hit, o.label] : [o.hit])), ...layout.clusters.map((c) => c.hit)];
      expect(others.filter((o) => overlaps(item.label, o)), item.id).toEqual([]);
    }
  });
});
