import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NewsTimelineRangeChangeEvent } from '../../src/events.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { TimelineData } from '../../src/model/types.js';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, focusedEventId, mount, nextFrame, part, parts, unmountAll, type NewsTimeline } from './harness.js';

const article = parseTimeline(articleData).data;
const articleIds = article.events.map((e) => e.id);

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

function button(el: NewsTimeline, id: string): HTMLButtonElement {
  return parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === id)!;
}

/** Focus is on an event that is inside the drawing's visible area and shows a focus ring. */
async function expectVisibleFocus(el: NewsTimeline, id: string) {
  await el.updateComplete;
  await nextFrame();
  expect(focusedEventId(el)).toBe(id);
  const b = button(el, id);
  expect(b.matches(':focus-visible')).toBe(true);
  expect(getComputedStyle(b).outlineStyle).toBe('solid');
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const r = b.getBoundingClientRect();
  const centre = (r.left + r.right) / 2;
  expect(centre, `${id} is in view`).toBeGreaterThanOrEqual(plot.left);
  expect(centre, `${id} is in view`).toBeLessThanOrEqual(plot.right);
}

/** Tabs into the timeline (wherever its tab stop is), then Home: the first event, wherever the view is. */
async function focusFirst(el: NewsTimeline) {
  const stops = parts<HTMLButtonElement>(el, 'event').concat(parts<HTMLButtonElement>(el, 'cluster')).filter((b) => b.tabIndex === 0);
  // The drawing has one tab stop (a roving tabindex); the vertical list is a plain column of buttons.
  if (el.resolvedOrientation === 'horizontal') expect(stops).toHaveLength(1);
  stops[0]!.focus();
  await userEvent.keyboard('{Home}');
  await expectVisibleFocus(el, articleIds[0]!);
}

describe('<news-timeline> keyboard', () => {
  test.each([800, 320])('at %i px, → walks every event in date order and ← walks back, zoomed in, each always in view', async (width) => {
    const el = await mount((el) => (el.events = articleData), width);
    el.zoomTo('2023-05-01', '2023-06-01');
    await el.updateComplete;
    await focusFirst(el);
    for (const id of articleIds.slice(1)) {
      await userEvent.keyboard('{ArrowRight}');
      await expectVisibleFocus(el, id);
    }
    await userEvent.keyboard('{ArrowRight}');
    await expectVisibleFocus(el, articleIds.at(-1)!);
    for (const id of articleIds.slice(0, -1).reverse()) {
      await userEvent.keyboard('{ArrowLeft}');
      await expectVisibleFocus(el, id);
    }
  });

  test('tabbing into a zoomed-in drawing focuses an event or cluster well inside the view, and moves nothing', async () => {
    // The drawing lays out a margin beyond each edge: its first event there was the tab stop, and focus
    // on it panned the view (a cluster there kept focus out of sight).
    const data = syntheticTimeline(1_000) as TimelineData;
    const el = await mount((el) => (el.events = data), 800);
    const times = data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
    const extent = times.at(-1)! - times[0]!;
    const ranges: NewsTimelineRangeChangeEvent[] = [];
    el.addEventListener('news-timeline-range-change', (e) => ranges.push(e));
    let marginFirst = 0;
    for (const [share, at] of [[0.05, 0.41], [0.1, 0.3], [0.02, 0.5], [0.1, 0.7]]) {
      const start = times[0]! + extent * at!;
      el.zoomTo(new Date(start), new Date(start + extent * share!));
      await el.updateComplete;
      await nextFrame();
      const plot = part(el, 'plot')!.getBoundingClientRect();
      // The scenario is the one that went wrong: the first unit drawn lies beyond the screen's left edge.
      const first = el.shadowRoot!.querySelector<HTMLElement>('ol.events button')!.getBoundingClientRect();
      if (first.right < plot.left) marginFirst++;
      const layer = el.shadowRoot!.querySelector<HTMLElement>('ol.events')!.style.transform;
      ranges.length = 0;
      part(el, 'toolbar')!.querySelector('button')!.focus();
      for (let k = 0; k < 20 && !el.shadowRoot!.activeElement?.matches('ol.events button'); k++) await userEvent.keyboard('{Tab}');
      const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(focused.matches('ol.events button'), 'Tab reached the events').toBe(true);
      await el.updateComplete;
      await nextFrame();
      const r = focused.getBoundingClientRect();
      const now = part(el, 'plot')!.getBoundingClientRect();
      expect(r.left, `${focused.dataset['id'] ?? focused.dataset['cluster']} is in view`).toBeGreaterThanOrEqual(now.left);
      expect(r.right).toBeLessThanOrEqual(now.right);
      expect(ranges, 'tabbing in did not move the view').toHaveLength(0);
      expect(el.shadowRoot!.querySelector<HTMLElement>('ol.events')!.style.transform).toBe(layer);
    }
    expect(marginFirst).toBeGreaterThanOrEqual(3);
  });

  test('Home and End go to the first and last event; the tab stop follows focus', async () => {
    const el = await mount((el) => (el.events = articleData));
    await focusFirst(el);
    await userEvent.keyboard('{End}');
    await expectVisibleFocus(el, articleIds.at(-1)!);
    expect(parts(el, 'event').filter((b) => b.tabIndex === 0).map((b) => b.dataset['id'])).toEqual([articleIds.at(-1)]);
    await userEvent.keyboard('{Home}');
    await expectVisibleFocus(el, articleIds[0]!);
  });

  test('↑ and ↓ move to the nearest event in the lane above or below', async () => {
    const el = await mount((el) => (el.events = articleData));
    await focusFirst(el);
    const laneOf = (id: string) => article.events.find((e) => e.id === id)!.group;
    const start = laneOf(articleIds[0]!);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const below = focusedEventId(el)!;
    expect(laneOf(below)).not.toBe(start);
    expect(button(el, below).getBoundingClientRect().top).toBeGreaterThan(button(el, articleIds[0]!).getBoundingClientRect().top);
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(laneOf(focusedEventId(el)!)).toBe(start);
  });

  test('on a right-to-left page ← is next and → is previous', async () => {
    const el = await mount((el) => {
      el.dir = 'rtl';
      el.events = articleData;
    });
    await userEvent.click(button(el, articleIds[1]!));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowLeft}');
    await expectVisibleFocus(el, articleIds[2]!);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expectVisibleFocus(el, articleIds[0]!);
  });

  test('Enter and Space open cards, Escape closes them and focus returns to the event', async () => {
    const el = await mount((el) => (el.events = articleData));
    await focusFirst(el);
    for (const id of articleIds.slice(0, 4)) {
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.selected).toBe(id);
      expect(part(el, 'detail')!.querySelector('#detail-title')!.textContent).toBe(article.events.find((e) => e.id === id)!.title);
      part<HTMLButtonElement>(el, 'close')!.focus();
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
      expect(part(el, 'detail')).toBeNull();
      await expectVisibleFocus(el, id);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(el.selected).toBe(id);
      await userEvent.keyboard('{Escape}{ArrowRight}');
    }
  });

  test('+ and − zoom around the focused event, 0 fits all, each firing one range change', async () => {
    const el = await mount((el) => (el.events = articleData));
    const ranges: NewsTimelineRangeChangeEvent[] = [];
    el.addEventListener('news-timeline-range-change', (e) => ranges.push(e));
    const id = 'mao-ning-press-conference';
    button(el, id).focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowRight}');
    const before = button(el, id).getBoundingClientRect().left;
    const ticksBefore = part(el, 'axis')!.textContent;
    await userEvent.keyboard('+');
    await el.updateComplete;
    await userEvent.keyboard('+');
    await el.updateComplete;
    expect(ranges).toHaveLength(2);
    const [start, end] = [ranges[1]!.start.getTime(), ranges[1]!.end.getTime()];
    const full = ranges[0]!.end.getTime() - ranges[0]!.start.getTime();
    expect(end - start).toBeCloseTo(full / 2, -3);
    const event = article.events.find((e) => e.id === id)!;
    expect(event.start.time).toBeGreaterThan(start);
    expect(event.start.time).toBeLessThan(end);
    expect(Math.abs(button(el, id).getBoundingClientRect().left - before)).toBeLessThan(40);
    expect(part(el, 'axis')!.textContent).not.toBe(ticksBefore);
    await expectVisibleFocus(el, id);
    await userEvent.keyboard('-');
    await el.updateComplete;
    expect(ranges).toHaveLength(3);
    await userEvent.keyboard('0');
    await el.updateComplete;
    expect(ranges).toHaveLength(4);
    expect(part(el, 'axis')!.textContent).toBe(ticksBefore);
    await userEvent.keyboard('0');
    expect(ranges).toHaveLength(4);
    await expectVisibleFocus(el, id);
  });

  test('keys are scoped to the element: arrows elsewhere on the page do nothing to it', async () => {
    const el = await mount((el) => (el.events = articleData));
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const spy = vi.fn();
    el.addEventListener('news-timeline-range-change', spy);
    await userEvent.keyboard('{ArrowRight}+0{Escape}');
    expect(document.activeElement).toBe(outside);
    expect(spy).not.toHaveBeenCalled();
    outside.remove();
  });
});
