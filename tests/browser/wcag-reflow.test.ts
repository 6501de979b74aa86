import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { TimelineInput } from '../../src/model/types.js';
import { articleData, mount, nextFrame, part, parts, unmountAll, type NewsTimeline } from './harness.js';

afterEach(unmountAll);
afterAll(() => page.viewport(1000, 800));

/** The page's width beyond the viewport: what a reader would have to scroll sideways. */
const sideways = () => document.documentElement.scrollWidth - innerWidth;

/** Text cut short in the element: boxes whose content is wider or taller than they are (an ellipsis, a clamp). */
function cutText(el: NewsTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.label-title, .label-date, .label-lane')]
    .filter((t) => t.checkVisibility({ opacityProperty: true }))
    .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1)
    .map((t) => `${t.textContent!.trim()}: ${t.scrollWidth}×${t.scrollHeight} in ${t.clientWidth}×${t.clientHeight}`);
}

/** Mounts in the body's width at a viewport `width` px wide, as a phone page would. */
async function mountAt(width: number, setup: (el: NewsTimeline) => void, data: TimelineInput = articleData) {
  await page.viewport(width, 800);
  const el = await mount((el) => {
    setup(el);
    el.events = data;
  }, width - 16);
  await nextFrame();
  return el;
}

const badData = { events: [...articleData.events, { start: 'yesterday', title: 'An event with a date nobody can read' }] } as TimelineInput;

describe.each([320, 390])('at a %i px viewport nothing scrolls sideways', (width) => {
  test('the vertical layout, in story mode with export buttons and a card open', async () => {
    const el = await mountAt(width, (el) => {
      el.story = true;
      el.exportButtons = true;
    });
    expect(el.resolvedOrientation).toBe('vertical');
    await userEvent.click(part(el, 'next')!);
    await el.updateComplete;
    expect(part(el, 'detail')).not.toBeNull();
    expect(sideways()).toBeLessThanOrEqual(0);
  });

  test('the horizontal drawing, whole and zoomed in', async () => {
    const el = await mountAt(width, (el) => (el.orientation = 'horizontal'));
    expect(sideways()).toBeLessThanOrEqual(0);
    el.zoomTo('2023-05-01', '2023-06-01');
    await el.updateComplete;
    expect(sideways()).toBeLessThanOrEqual(0);
  });

  test('list view: every title wraps inside the element, none is cut', async () => {
    const el = await mountAt(width, () => {});
    await userEvent.click(part(el, 'list-toggle')!);
    await el.updateComplete;
    await nextFrame();
    expect(parts(el, 'event')).toHaveLength(articleData.events.length);
    const host = el.getBoundingClientRect();
    const widest = Math.max(...parts(el, 'event').map((b) => b.getBoundingClientRect().right));
    expect(widest - host.right, 'event buttons past the element').toBeLessThanOrEqual(0.5);
    expect(sideways(), 'page scroll').toBeLessThanOrEqual(0);
    expect(cutText(el)).toEqual([]);
  });

  test('list view of a long list (only the rows near the screen in the DOM)', async () => {
    // Titles long enough to need two lines or more on a phone.
    const data = syntheticTimeline(600) as { events: { title: string }[] };
    for (const event of data.events) event.title += ', as ministers met again to discuss the partnership';
    const el = await mountAt(width, (el) => (el.listView = true), data as TimelineInput);
    expect(el.shadowRoot!.querySelector('.events.virtual')).not.toBeNull();
    expect(sideways()).toBeLessThanOrEqual(0);
    expect(cutText(el)).toEqual([]);
  });

  test('a notice of bad data, opened', async () => {
    const el = await mountAt(width, () => {}, badData);
    part(el, 'issues')!.querySelector('details')!.open = true;
    await nextFrame();
    expect(sideways()).toBeLessThanOrEqual(0);
  });
});
