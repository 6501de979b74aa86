import { afterEach, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { TimelineData } from '../../src/model/types.js';
import { articleData, axTree, drawnMarkup, held, mount, nextFrame, parts, unmountAll, type NewsTimeline } from './harness.js';

afterEach(unmountAll);

const unitOf = (el: NewsTimeline) => new Map(parts(el, 'event').map((b) => [b.dataset['id']!, b.closest('li')!]));

test('units that leave a zoom stay in the document, hidden from sight, keys and screen readers, and come back as they were', async () => {
  const el = await mount((t) => (t.events = articleData), 1200);
  const list = el.shadowRoot!.querySelector('ol.events')!;
  const all = unitOf(el);
  expect(all.size).toBe(articleData.events.length);
  const listItems = async () => (await axTree()).filter((n) => n.role === 'listitem').length;
  const itemsBefore = await listItems();
  const gone: Node[] = [];
  new MutationObserver((records) => records.forEach((r) => gone.push(...r.removedNodes))).observe(list, { childList: true });

  el.zoomTo(Date.parse('2023-05-01'), Date.parse('2023-06-01'));
  await el.updateComplete;
  await nextFrame();
  const shown = unitOf(el);
  const aside = held(el);
  expect(aside.length).toBeGreaterThan(2);
  expect(aside.length + shown.size).toBe(all.size);
  const names = (await axTree()).filter((n) => n.role === 'button').map((n) => n.name);
  // A list of what is drawn: no empty item for each held unit.
  expect(await listItems()).toBe(itemsBefore - aside.length);
  for (const li of aside) {
    const button = li.querySelector('button')!;
    expect([...all.values()]).toContain(li);
    expect(li.getAttribute('aria-hidden')).toBe('true');
    expect(button.checkVisibility(), button.dataset['id']).toBe(false);
    button.focus();
    expect(el.shadowRoot!.activeElement).not.toBe(button);
    expect(names).not.toContain(button.getAttribute('aria-label')!.replace(/\s+/g, ' ').trim());
  }
  for (const li of shown.values()) {
    expect(li.hasAttribute('data-parked') || li.hasAttribute('aria-hidden')).toBe(false);
    expect(names).toContain(li.querySelector('button')!.getAttribute('aria-label')!.replace(/\s+/g, ' ').trim());
  }

  el.zoomTo(Date.parse('2022-01-01'), Date.parse('2023-12-31'));
  await el.updateComplete;
  await nextFrame();
  expect(held(el)).toEqual([]);
  const back = unitOf(el);
  expect([...back.keys()]).toEqual([...all.keys()]);
  for (const [id, li] of back) expect(li, id).toBe(all.get(id));
  // No unit left the document on the way: none had its layout thrown away.
  expect(gone.filter((n) => n instanceof HTMLLIElement)).toEqual([]);
  const fresh = await mount((t) => (t.events = articleData), 1200);
  fresh.zoomTo(Date.parse('2022-01-01'), Date.parse('2023-12-31'));
  await fresh.updateComplete;
  expect(drawnMarkup(el)).toBe(drawnMarkup(fresh));
});

test('a list in flow holds no unit aside: a hidden row there would still take its place', async () => {
  const el = await mount((t) => (t.events = articleData), 1200);
  el.zoomTo(Date.parse('2023-05-01'), Date.parse('2023-06-01'));
  await el.updateComplete;
  expect(held(el).length).toBeGreaterThan(0);
  el.listView = true;
  await el.updateComplete;
  await nextFrame();
  expect(el.shadowRoot!.querySelectorAll('li[data-parked], li[aria-hidden]').length).toBe(0);
  expect(parts(el, 'event').map((b) => b.dataset['id'])).toEqual(articleData.events.map((e) => e.id));
  for (const b of parts(el, 'event')) expect(b.checkVisibility()).toBe(true);
});

test('a timeline of more than 50 events holds none in place: the units that leave go out of the document', async () => {
  const data = syntheticTimeline(200) as TimelineData;
  const el = await mount((t) => (t.events = data), 1200);
  const all = unitOf(el);
  const times = data.events.map((e) => Date.parse(e.start));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  el.zoomTo(first, first + (last - first) / 8);
  await el.updateComplete;
  const shown = unitOf(el);
  const left = [...all].filter(([id]) => !shown.has(id));
  expect(left.length).toBeGreaterThan(10);
  expect(held(el)).toEqual([]);
  for (const [id, li] of left) expect(li.isConnected, id).toBe(false);
});
