import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { mount, nextFrame, parts, unmountAll, type NewsTimeline } from './harness.js';

afterEach(unmountAll);

/** TimelineJS3's own template mixing the Big Bang with the Moon landing, unchanged. */
const COSMO_MIXED = '/tests/fixtures/timelinejs3/src__template__cosmo-mixed.json';

const tickLabels = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll('[part="axis"] text.tick')].map((t) => t.textContent!.trim());

describe('deep time in the drawing', () => {
  test('a timeline from the Big Bang to 1990 draws every event in order, its axis in years ago', async () => {
    await page.viewport(1100, 900);
    const el = await mount((el) => {
      el.locale = 'en';
      el.setAttribute('src', COSMO_MIXED);
    }, 1000);
    await nextFrame();
    const labels = tickLabels(el);
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^\d+(\.\d+)? (thousand |million |billion )?years ago$|^1 AD$/);
    // Every event of the file is there (clusters count theirs), and the list reads in date order.
    const shown = parts(el, 'event').length + parts(el, 'cluster').reduce((n, c) => n + Number(c.dataset['count']), 0);
    expect(shown).toBe(11);
    const first = parts(el, 'event')[0] ?? parts(el, 'cluster')[0]!;
    expect(first.getAttribute('aria-label') ?? first.textContent).toMatch(/13\.8 billion years ago|Big Bang/);
    await page.screenshot({ element: el, path: '../../test-output/deep-time.png' });
  });

  test('in French the axis reads "il y a … d’années", and zooming into the calendar brings calendar years back', async () => {
    const el = await mount((el) => {
      el.locale = 'fr';
      el.setAttribute('src', COSMO_MIXED);
    }, 1000);
    await nextFrame();
    expect(tickLabels(el).some((label) => /^il y a [\d,]+ milliards d’années$/.test(label))).toBe(true);
    el.zoomTo('1600', '2000');
    await el.updateComplete;
    await nextFrame();
    expect(tickLabels(el)).toContain('1800');
  });
});
