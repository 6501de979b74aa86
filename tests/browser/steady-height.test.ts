import { afterEach, describe, expect, test } from 'vitest';
import { denseTimeline } from '../fixtures/dense.js';
import { articleData, ctrlWheel, mount, nextFrame, part, unmountAll, waitFor, type NewsTimeline } from './harness.js';

// While the reader zooms and pans, the drawing keeps the rows its lanes had (plan.ts, `minRows`): a view
// that needs fewer rows leaves them empty rather than pulling up the lanes below it and the host page under
// the timeline; and an empty window's notice lies in the lanes rather than after the drawing. Before,
// wheel-zooming the article moved the page below on 8 of 40 notches (456 px in all).

afterEach(unmountAll);

/** The host page's content under the timeline: where it starts in the page. */
function below(el: NewsTimeline): () => number {
  const after = document.createElement('p');
  after.textContent = 'The article goes on.';
  el.parentElement!.after(after);
  return () => after.getBoundingClientRect().top - document.documentElement.getBoundingClientRect().top;
}

/** Ctrl+wheel notches over the drawing, each drawn before the next: in (`notches` < 0) or out. */
async function wheel(el: NewsTimeline, notches: number): Promise<void> {
  for (let i = 0; i < Math.abs(notches); i++) {
    ctrlWheel(el, Math.sign(notches) * 100);
    await el.updateComplete;
    await nextFrame();
  }
}

describe('zooming does not move the page under the timeline', () => {
  test.each([
    // Between the Madrid summit (June 2022) and Stoltenberg's visit to Tokyo (January 2023): no event.
    ['the article', () => articleData, ['2022-09-01', '2022-10-31']],
    ['30 crowded events', () => denseTimeline({ count: 30, days: 400, lanes: 3 }), null],
  ] as const)('%s: wheel notches in and out, the zoom buttons and an empty window leave the page below where it was', async (_, data, empty) => {
    const el = await mount((el) => {
      el.orientation = 'horizontal';
      el.events = data();
    }, 1000);
    const top = below(el);
    const start = top();
    const seen = new Set<number>();
    const spans = new Set<string>();
    const look = () => {
      seen.add(Math.round(top()));
      spans.add(part(el, 'axis')!.textContent!);
    };
    for (let i = 0; i < 6; i++) {
      await wheel(el, -1);
      look();
    }
    for (let i = 0; i < 8; i++) {
      await wheel(el, 1);
      look();
    }
    for (const name of ['zoom-in', 'zoom-in', 'zoom-out', 'fit']) {
      (el.shadowRoot!.querySelector(`[part~="control"][part~="${name}"]`) as HTMLButtonElement).click();
      await el.updateComplete;
      await nextFrame();
      look();
    }
    if (empty) {
      el.zoomTo(...empty);
      await el.updateComplete;
      await nextFrame();
      expect(part(el, 'empty-window')!.checkVisibility()).toBe(true);
      look();
    }
    // The steps did move the view: the axis showed other ticks.
    expect(spans.size).toBeGreaterThan(4);
    expect([...seen]).toEqual([Math.round(start)]);
  });

  test('with a height cap, the notice of an empty window stays in view while the lanes scroll', async () => {
    const el = await mount((el) => {
      el.orientation = 'horizontal';
      el.events = articleData;
      el.height = 320;
    }, 900);
    el.zoomTo('2022-09-01', '2022-10-31');
    await el.updateComplete;
    await nextFrame();
    const plot = part(el, 'plot')!;
    const offers = part(el, 'empty-window')!.querySelector('.empty-offers')!;
    // The lanes scroll: the notice must show between the band and the axis at either end.
    expect(plot.scrollHeight).toBeGreaterThan(plot.clientHeight + 100);
    const band = plot.querySelector('svg.band')!;
    for (const scrollTop of [0, plot.scrollHeight]) {
      plot.scrollTop = scrollTop;
      await nextFrame();
      const box = offers.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(band.getBoundingClientRect().bottom - 1);
      expect(box.bottom).toBeLessThanOrEqual(plot.getBoundingClientRect().bottom);
    }
  });

  test('new data lays the lanes out afresh: as tall as a timeline given it from the start', async () => {
    const fewer = { ...articleData, events: articleData.events.slice(0, 5) };
    const mounted = (data: typeof articleData) =>
      mount((el) => {
        el.orientation = 'horizontal';
        el.events = data;
      }, 1000);
    const fresh = (await mounted(fewer)).getBoundingClientRect().height;
    const el = await mounted(articleData);
    const tall = el.getBoundingClientRect().height;
    el.zoomTo('2023-07-01', '2023-08-01');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).toBe(tall);
    // The lanes of five events need fewer rows than the whole article's.
    expect(fresh).toBeLessThan(tall);
    el.events = fewer;
    await waitFor(() => el.getBoundingClientRect().height < tall);
    el.fit();
    await el.updateComplete;
    await nextFrame();
    expect(el.getBoundingClientRect().height).toBe(fresh);
  });
});
