import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { NewsTimelineRangeChangeEvent } from '../../src/events.js';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, ctrlWheel, focusedEventId, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

const article = parseTimeline(articleData).data;
const DAY = 86_400_000;

beforeAll(() => page.viewport(1280, 900));
afterAll(() => page.viewport(1000, 800));
afterEach(unmountAll);

const live = (el: NewsTimeline) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;

/** Event buttons whose marker the reader sees: inside the drawing's visible part. */
function eventsInView(el: NewsTimeline): string[] {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  return [...parts(el, 'event'), ...parts(el, 'cluster')].filter((b) => {
    const r = b.getBoundingClientRect();
    return r.right > plot.left && r.left < plot.right;
  }).map((b) => b.dataset['id'] ?? `cluster ${b.dataset['cluster']}`);
}

/** Every text the live region says from now on. */
function recordAnnouncements(el: NewsTimeline): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    const text = live(el).textContent!.trim();
    if (text) said.push(text);
  }).observe(live(el), { childList: true, characterData: true, subtree: true });
  return said;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('zooming never lands on nothing silently', () => {
  test('"Zoom in" three times with nothing selected keeps events in view, and Tab reaches one', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    for (let i = 0; i < 3; i++) {
      await userEvent.click(part(el, 'zoom-in')!);
      await el.updateComplete;
    }
    await nextFrame();
    expect(eventsInView(el).length).toBeGreaterThan(0);
    part<HTMLButtonElement>(el, 'list-toggle')!.focus();
    await userEvent.tab();
    expect(focusedEventId(el)).not.toBeNull();
  });

  test('a window with no event says so and offers the nearest event before and after', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    // Between the Madrid summit (June 2022) and Stoltenberg's visit to Tokyo (January 2023).
    el.zoomTo('2022-09-01', '2022-10-31');
    await el.updateComplete;
    await nextFrame();
    expect(eventsInView(el)).toEqual([]);
    const empty = part(el, 'empty-window');
    expect(empty, 'a visible message').not.toBeNull();
    expect(empty!.checkVisibility()).toBe(true);
    expect(empty!.textContent).toMatch(/No events/);
    const offers = [...empty!.querySelectorAll('button')];
    expect(offers.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Madrid summit'),
      expect.stringContaining('Stoltenberg'),
    ]);
    // The offer after brings that event into view and focuses it.
    await userEvent.click(offers[1]!);
    await waitFor(() => focusedEventId(el) === 'stoltenberg-tokyo-visit');
    expect(eventsInView(el)).toContain('stoltenberg-tokyo-visit');
    expect(part(el, 'empty-window')).toBeNull();
  });

  test('a reader\'s pan into an empty stretch is announced with the nearest events', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    el.zoomTo('2022-06-20', '2022-07-10');
    await el.updateComplete;
    const said = recordAnnouncements(el);
    const plot = part(el, 'plot')!;
    // A horizontal swipe towards later time, past the Madrid summit into the summer.
    for (let i = 0; i < 6; i++) plot.dispatchEvent(new WheelEvent('wheel', { deltaX: 300, bubbles: true, cancelable: true, view: window }));
    await waitFor(() => said.length > 0, 3000);
    expect(said.at(-1)).toMatch(/no events/i);
    expect(said.at(-1)).toContain('Madrid summit');
    expect(said.at(-1)).toContain('Stoltenberg');
  });
});

describe('zoom changes are announced once, politely', () => {
  test('a zoom button: "Showing <dates>, N events", once, after the reader stops', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    const ranges: NewsTimelineRangeChangeEvent[] = [];
    el.addEventListener('news-timeline-range-change', (e) => ranges.push(e));
    const said = recordAnnouncements(el);
    await userEvent.click(part(el, 'zoom-in')!);
    await userEvent.click(part(el, 'zoom-in')!);
    await waitFor(() => said.length > 0, 3000);
    await wait(800);
    expect(said).toHaveLength(1);
    const [start, end] = [ranges.at(-1)!.start.getTime(), ranges.at(-1)!.end.getTime()];
    const count = article.events.filter((e) => e.start.time <= end && (e.end ?? e.start).endTime >= start).length;
    expect(said[0]).toMatch(new RegExp(`^Showing .+, ${count} events?`));
    expect(live(el).getAttribute('aria-live')).toBe('polite');
  });

  test('a drag announces nothing while it moves, and once when it ends; zoomTo() from the page announces nothing', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    el.zoomTo('2022-10-01', '2023-01-01');
    await el.updateComplete;
    await wait(800);
    expect(live(el).textContent!.trim()).toBe('');
    const said = recordAnnouncements(el);
    const plot = part(el, 'plot')!;
    const r = plot.getBoundingClientRect();
    const init = (x: number) => ({ clientX: x, clientY: r.bottom - 10, bubbles: true, cancelable: true, view: window, button: 0 });
    plot.dispatchEvent(new MouseEvent('mousedown', init(r.left + 400)));
    for (let dx = 20; dx <= 200; dx += 20) {
      window.dispatchEvent(new MouseEvent('mousemove', init(r.left + 400 + dx)));
      await nextFrame();
    }
    expect(said).toEqual([]);
    window.dispatchEvent(new MouseEvent('mouseup', init(r.left + 600)));
    await waitFor(() => said.length > 0, 3000);
    await wait(800);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Showing /);
  });
});

describe('page zoom stays the reader\'s (Ctrl+wheel)', () => {
  test('at full zoom-out, Ctrl+wheel out passes to the browser; zoomed in, the timeline takes it', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    expect(ctrlWheel(el, 120), 'zooming out at full zoom-out').toBe(false);
    expect(ctrlWheel(el, -120), 'zooming in').toBe(true);
    await wait(400);
    expect(ctrlWheel(el, 120), 'zooming out from a zoomed-in view').toBe(true);
  });

  test('at the deepest zoom, Ctrl+wheel in passes to the browser', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    const may24 = Date.UTC(2023, 4, 24, 12);
    el.zoomTo(may24, may24 + DAY / 48);
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'zoom-in')!.getAttribute('aria-disabled')).toBe('true');
    expect(ctrlWheel(el, -120), 'zooming in at the deepest zoom').toBe(false);
    expect(ctrlWheel(el, 120), 'zooming out').toBe(true);
  });
});
