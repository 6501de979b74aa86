import { afterAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { denseTimeline } from '../fixtures/dense.js';
import { centre, mount, mouseTo, tuckedInReach, unmountAll } from './harness.js';

// A page of its own: the code that places labels shown on hover (controllers/hover-tracker.ts) has not
// loaded here yet. This page is never idle (its idle callbacks are held back), as a busy page may not be for seconds.
const idle = window.requestIdleCallback;
afterAll(async () => {
  window.requestIdleCallback = idle;
  unmountAll();
  await page.viewport(1000, 800);
});

test('pointing at an event before the page was idle loads the code that places its label', async () => {
  window.requestIdleCallback = () => 0;
  await page.viewport(1280, 900);
  const el = await mount((el) => {
    el.orientation = 'horizontal';
    el.events = denseTimeline({ count: 40, days: 120, lanes: 2 });
  }, 1200);
  const button = tuckedInReach(el)[0]!;
  expect(button).toBeDefined();
  // Nothing asked for the code yet but the idle moment that never comes: no way onto the label.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(button.querySelector('.bridge')).toBeNull();
  const c = centre(button);
  await mouseTo(c.x, c.y);
  await expect.poll(() => button.querySelector('.bridge')).not.toBeNull();
  await mouseTo(1, 1);
});
