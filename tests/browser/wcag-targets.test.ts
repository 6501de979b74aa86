import { afterEach, beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { denseTimeline } from '../fixtures/dense.js';
import { mount, part, parts, unmountAll, type NewsTimeline, type Rect } from './harness.js';

afterEach(unmountAll);
// The whole 1200 px drawing on screen, so every point of it can be hit-tested.
beforeAll(() => page.viewport(1280, 900));

/** WCAG 2.2 target size (minimum): a 24 × 24 px square. */
const MIN = 24;

/**
 * Where each event and cluster button can be hit, in the part of the drawing the reader sees: the
 * 24 px circle around its centre (WCAG measures spacing with that circle; a button's rounded corners
 * lie outside it), clipped to that part. A target passes when its box is at least 24 × 24 px and
 * every point sampled on the circle and at its centre hit-tests to it, so no other target covers any of it.
 */
function measureTargets(el: NewsTimeline) {
  const root = el.shadowRoot!;
  const lanes = part(el, 'plot')!.querySelector('.lanes-room')!.getBoundingClientRect();
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const seen: Rect = { left: plot.left, right: plot.right, top: lanes.top, bottom: lanes.bottom };
  const buttons = [...parts(el, 'event'), ...parts(el, 'cluster')];
  const results = buttons.map((button) => {
    const r = button.getBoundingClientRect();
    const cx = (r.left + r.right) / 2;
    const cy = (r.top + r.bottom) / 2;
    const name = button.dataset['id'] ?? `cluster ${button.dataset['cluster']}`;
    if (cx < seen.left || cx > seen.right || cy < seen.top || cy > seen.bottom) return { name, visible: false, problems: [] as string[] };
    const problems: string[] = [];
    if (r.width < MIN - 0.5 || r.height < MIN - 0.5) problems.push(`${r.width.toFixed(1)}×${r.height.toFixed(1)} px`);
    const radius = MIN / 2 - 1;
    const points = [[0, 0] as const, ...Array.from({ length: 8 }, (_, i) => [radius * Math.cos((i * Math.PI) / 4), radius * Math.sin((i * Math.PI) / 4)] as const)];
    const missed = points.filter(([dx, dy]) => {
      const x = cx + dx;
      const y = cy + dy;
      if (x < seen.left || x > seen.right || y < seen.top || y > seen.bottom) return false;
      const hit = root.elementFromPoint(x, y);
      return !hit || !(hit === button || button.contains(hit));
    });
    if (missed.length) {
      const other = root.elementFromPoint(cx + missed[0]![0], cy + missed[0]![1])?.closest('button');
      problems.push(`${missed.length} of 9 points hit ${other ? (other.dataset["id"] ?? `cluster ${other.dataset["cluster"]}`) : root.elementFromPoint(cx + missed[0]![0], cy + missed[0]![1])?.className}${missed.includes(points[0]!) ? ' (centre too)' : ''}`);
    }
    return { name, visible: true, problems };
  });
  return results.filter((t) => t.visible);
}

test.each([
  ['60 events over 120 days in two lanes', { count: 60, days: 120, lanes: 2 }],
  ['90 events over 60 days in three lanes', { count: 90, days: 60, lanes: 3, seed: 11 }],
  ['40 events over 20 days in one lane', { count: 40, days: 20, lanes: 1, seed: 3 }],
  ['120 events with ranges over 200 days in two lanes', { count: 120, days: 200, lanes: 2, seed: 5, ranges: 0.3 }],
] as const)('%s at 1200 px: every event and cluster button has a 24 × 24 px target that nothing else covers', async (_, options) => {
  const el = await mount((el) => {
    el.orientation = 'horizontal';
    el.events = denseTimeline(options);
  }, 1200);
  // At rest: the pointer (left wherever an earlier test put it) rests on the title, not on an event whose
  // label hover would show over its neighbours (hover content is finding 3, tested on its own).
  await userEvent.hover(part(el, 'title')!, { position: { x: 1, y: 1 } });
  await el.updateComplete;
  const targets = measureTargets(el);
  expect(targets.length).toBeGreaterThan(10);
  const failing = targets.filter((t) => t.problems.length).map((t) => `${t.name}: ${t.problems.join('; ')}`);
  expect(failing).toEqual([]);
});
