import { afterEach, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { TimelineData } from '../../src/model/types.js';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, mount, part, unmountAll } from './harness.js';

// The printed list is not part of the first render (src/controllers/print.ts): it comes once the
// browser is idle (at the latest 2 s after the first render), or when printing starts. The first test holds
// idle callbacks back, so only printing brings it.
const article = parseTimeline(articleData).data;
const idle = window.requestIdleCallback;

afterEach(async () => {
  window.requestIdleCallback = idle;
  unmountAll();
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

test('printing before the printed list has loaded: it loads then, and paper gets it instead of the drawing', async () => {
  window.requestIdleCallback = () => 0;
  const el = await mount((el) => {
    el.locale = 'en-GB';
    el.events = articleData;
  }, 800);
  // Not part of the first render: nothing to build or lay out for paper until it is needed.
  expect(part(el, 'print-list')).toBeNull();
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
  await expect.poll(() => part(el, 'print-list')).not.toBeNull();
  const list = part(el, 'print-list')!;
  expect(getComputedStyle(list).display).toBe('block');
  // Paper gets no drawing and no controls.
  for (const name of ['plot', 'toolbar']) expect(getComputedStyle(part(el, name)!).display, name).toBe('none');
  const items = [...list.children] as HTMLElement[];
  expect(items).toHaveLength(article.events.length);
  items.forEach((item, i) => {
    const event = article.events[i]!;
    expect(item.checkVisibility()).toBe(true);
    expect(item.textContent).toContain(event.title);
    for (const source of event.sources) if (source.url) expect(item.textContent).toContain(source.url);
  });
  expect(items[0]!.textContent).toContain('24 February 2022');
});

test('once idle after the first render, a short timeline holds its printed list, hidden on screen', async () => {
  const el = await mount((el) => (el.events = articleData), 800);
  // Idle may come late while other tests keep the browser busy: this waits for it, it does not time it.
  await expect.poll(() => part(el, 'print-list'), { timeout: 10_000 }).not.toBeNull();
  expect(getComputedStyle(part(el, 'print-list')!).display).toBe('none');
  expect(part(el, 'print-list')!.children).toHaveLength(article.events.length);
});

test('on a page that is never idle, a short timeline still holds its printed list, at the latest 2 s after its first render', async () => {
  // No idle moment ever comes: only the deadline the element gives its idle callback lets it run.
  window.requestIdleCallback = (run, options) => {
    if (options?.timeout !== undefined) setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), options.timeout);
    return 0;
  };
  const el = await mount((el) => (el.events = articleData), 800);
  expect(part(el, 'print-list')).toBeNull();
  await expect.poll(() => part(el, 'print-list')?.children.length, { timeout: 5_000 }).toBe(article.events.length);
  expect(getComputedStyle(part(el, 'print-list')!).display).toBe('none');
});

test('a timeline out of the page when the browser is idle builds no printed list until it is back', async () => {
  // Idle moments are held, then let through while the timeline is out of the page.
  const held: IdleRequestCallback[] = [];
  window.requestIdleCallback = (run) => held.push(run);
  const el = await mount((el) => (el.events = articleData), 800);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const container = el.parentElement!;
  el.remove();
  const renders: number[] = [];
  el.addController({ hostUpdated: () => renders.push(1) });
  for (const run of held.splice(0)) run({ didTimeout: false, timeRemaining: () => 50 });
  await new Promise((r) => setTimeout(r, 50));
  // No render for a list nobody can print: `prepare`'s rehearsals are such timelines.
  expect(renders).toEqual([]);
  expect(part(el, 'print-list')).toBeNull();
  container.append(el);
  await expect.poll(() => part(el, 'print-list')?.children.length).toBe(article.events.length);
  expect(getComputedStyle(part(el, 'print-list')!).display).toBe('none');
});

test('a long timeline builds its printed list only while printing', async () => {
  const el = await mount((el) => (el.events = syntheticTimeline(600) as TimelineData), 800);
  await new Promise((r) => setTimeout(r, 300));
  expect(part(el, 'print-list')).toBeNull();
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
  await expect.poll(() => part(el, 'print-list')?.children.length).toBe(600);
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  await expect.poll(() => part(el, 'print-list')).toBeNull();
});
