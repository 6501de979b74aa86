import { afterAll, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { denseTimeline } from '../fixtures/dense.js';
import { mount, part, parts, unmountAll } from './harness.js';

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
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const centre = (b: Element) => {
    const r = b.getBoundingClientRect();
    return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
  };
  const button = parts<HTMLButtonElement>(el, 'event').find((b) => {
    const c = centre(b);
    return b.querySelector('.label.tucked') && c.x > plot.left && c.x < plot.right && el.shadowRoot!.elementFromPoint(c.x, c.y)?.closest('button') === b;
  })!;
  expect(button).toBeDefined();
  // Nothing asked for the code yet but the idle moment that never comes: no way onto the label.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(button.querySelector('.bridge')).toBeNull();
  const c = centre(button);
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
  const scale = frame.width / innerWidth;
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: frame.left + c.x * scale, y: frame.top + c.y * scale });
  await expect.poll(() => button.querySelector('.bridge')).not.toBeNull();
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 1, y: 1 });
});
