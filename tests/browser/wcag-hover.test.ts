import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { denseTimeline } from '../fixtures/dense.js';
import { centre, mount, mouseTo, nextFrame, part, parts, tuckedInReach, unmountAll, type NewsTimeline } from './harness.js';

beforeAll(() => page.viewport(1280, 900));
afterAll(() => page.viewport(1000, 800));
afterEach(async () => {
  await mouseTo(1, 1);
  unmountAll();
});

const shown = (label: Element) => label.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }) &&
  getComputedStyle(label).opacity === '1';
/** Whether `button`'s label shows: a tucked one is made only when it shows, once hover and focus are followed. */
const shownIn = (button: Element) => {
  const label = button.querySelector('.label');
  return label !== null && shown(label);
};

/** Crowded lanes at 1200 px, so some labels wait for hover or focus; without motion, so they show and hide at once. */
async function crowded(): Promise<{ el: NewsTimeline; tucked: HTMLButtonElement[] }> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  const el = await mount((el) => {
    el.orientation = 'horizontal';
    el.events = denseTimeline({ count: 40, days: 120, lanes: 2 });
  }, 1200);
  // Tucked labels of events the pointer can reach (see wcag-targets.test.ts for those it cannot).
  const tucked = tuckedInReach(el);
  expect(tucked.length).toBeGreaterThan(2);
  // The code that places shown labels loads when the page is idle or the pointer first comes: hovering shows the way onto the label once it is in.
  const c = centre(tucked[0]!);
  await mouseTo(c.x, c.y);
  await expect.poll(() => tucked[0]!.querySelector('.bridge'), { timeout: 5000 }).not.toBeNull();
  await mouseTo(1, 1);
  await nextFrame();
  return { el, tucked };
}

async function pressEscape(el: NewsTimeline): Promise<void> {
  await userEvent.keyboard('{Escape}');
  await el.updateComplete;
  await nextFrame();
}

afterAll(() => cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] }));

describe('content on hover or focus (1.4.13)', () => {
  test('hoverable: the pointer can move from the marker onto the label without it disappearing, and it stays', async () => {
    const { tucked } = await crowded();
    for (const button of tucked.slice(0, 4)) {
      expect(button.querySelector('.label'), 'a tucked label is made when it shows').toBeNull();
      const from = centre(button);
      await mouseTo(from.x, from.y);
      await nextFrame();
      // The same label all the way: it is not made again as the pointer moves onto it.
      const label = button.querySelector('.label')!;
      const to = centre(label);
      for (let step = 1; step <= 12; step++) {
        await mouseTo(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
        await nextFrame();
        expect(shown(label), `${button.dataset['id']}'s label at step ${step} of the way onto it`).toBe(true);
      }
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(shown(label), 'it stays while the pointer is on it').toBe(true);
    }
    // Some 60 pointer moves, each a round trip to the test runner: many seconds on a busy machine.
  }, 60_000);

  test('Escape hides a label shown on hover, without moving the pointer or focus', async () => {
    const { el, tucked } = await crowded();
    const toolbarButton = part<HTMLButtonElement>(el, 'list-toggle')!;
    toolbarButton.focus();
    const button = tucked[0]!;
    const c = centre(button);
    await mouseTo(c.x, c.y);
    await nextFrame();
    expect(shownIn(button)).toBe(true);
    await pressEscape(el);
    expect(shownIn(button)).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(toolbarButton);
    // Hovering it again, after leaving, shows it again.
    await mouseTo(1, 1);
    await nextFrame();
    await mouseTo(c.x, c.y);
    await nextFrame();
    expect(shownIn(button)).toBe(true);
  });

  test('Escape hides a label shown on keyboard focus, and focus stays on its event', async () => {
    const { el, tucked } = await crowded();
    const button = tucked[0]!;
    // Focus moved by script after focus was on the page's content, then a key: :focus-visible applies, as after Tab.
    const stop = [...parts<HTMLButtonElement>(el, 'event'), ...parts<HTMLButtonElement>(el, 'cluster')].find((b) => b.tabIndex === 0)!;
    stop.focus();
    button.focus();
    await userEvent.keyboard('{Shift}');
    await nextFrame();
    expect(el.shadowRoot!.activeElement).toBe(button);
    expect(shownIn(button)).toBe(true);
    // The way from the marker to its label is drawn for focus too (faintly), saying whose label it is.
    const way = () => button.querySelector<HTMLElement>('.bridge');
    await expect.poll(() => way() && getComputedStyle(way()!).display).toBe('block');
    expect(getComputedStyle(way()!).backgroundColor).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    await pressEscape(el);
    expect(shownIn(button)).toBe(false);
    expect(way() === null || getComputedStyle(way()!).display === 'none', 'the way goes with its label').toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(button);
  });

  /** What a shown label lies over: other events' shown labels, markers and clusters. */
  const coveredBy = (el: NewsTimeline, button: HTMLButtonElement) => {
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const box = button.querySelector('.label')!.getBoundingClientRect();
    const others = parts<HTMLButtonElement>(el, 'event').filter((b) => b !== button);
    return [
      ...others.map((b) => b.querySelector('.label')).filter((l) => l !== null).filter(shown).filter((l) => overlap(box, l.getBoundingClientRect())).map((l) => `label of ${l.closest('button')!.dataset['id']}`),
      ...parts(el, 'marker').filter((m) => overlap(box, m.getBoundingClientRect())).map((m) => `marker ${m.getAttribute('data-id') ?? ''}`),
      ...parts(el, 'cluster').filter((k) => overlap(box, k.getBoundingClientRect())).map((k) => `cluster ${k.dataset['cluster']}`),
    ];
  };

  test('a label shown on hover covers no other event\'s shown label or marker, nor a cluster', async () => {
    const { el, tucked } = await crowded();
    for (const button of tucked) {
      const c = centre(button);
      // From outside the drawing, as the way onto the last label shown may lie over this marker.
      await mouseTo(1, 1);
      await nextFrame();
      await mouseTo(c.x, c.y);
      await el.updateComplete;
      await nextFrame();
      expect(shownIn(button), `${button.dataset['id']}'s label shows`).toBe(true);
      expect(coveredBy(el, button), `${button.dataset['id']}'s label`).toEqual([]);
    }
  });

  test('a label shown on keyboard focus covers nothing either, and the labels it hid come back when focus moves on', async () => {
    const { el, tucked } = await crowded();
    const stop = [...parts<HTMLButtonElement>(el, 'event'), ...parts<HTMLButtonElement>(el, 'cluster')].find((b) => b.tabIndex === 0)!;
    stop.focus();
    await userEvent.keyboard('{Shift}');
    let hid = 0;
    for (const button of tucked) {
      button.focus();
      await el.updateComplete;
      await nextFrame();
      expect(shownIn(button), `${button.dataset['id']}'s label shows on focus`).toBe(true);
      expect(coveredBy(el, button), `${button.dataset['id']}'s label`).toEqual([]);
      hid += el.shadowRoot!.querySelectorAll('.label.covered').length;
    }
    part<HTMLButtonElement>(el, 'list-toggle')!.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.label.covered').length, 'no label stays hidden').toBe(0);
    // How many labels were hidden along the way (information: 0 when every label found a clear place).
    console.info(`labels hidden while a focused label showed: ${hid}`);
  });
});
