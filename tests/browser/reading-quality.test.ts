import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import erasJson from '../../examples/data/timelinejs/eras.json';
import marktwainJson from '../../examples/data/timelinejs/marktwain.json';
import type { TimelineInput } from '../../src/model/types.js';
import { articleData, focusedEventId, intersects, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline, type Rect } from './harness.js';

afterEach(async () => {
  unmountAll();
  window.scrollTo(0, 0);
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

const FIXTURES: Record<string, TimelineInput> = {
  article: articleData,
  'TimelineJS eras': erasJson as TimelineInput,
  'TimelineJS Mark Twain': marktwainJson as TimelineInput,
};

const box = (el: Element): Rect => el.getBoundingClientRect();
const shownLabels = (el: NewsTimeline) => parts(el, 'label').filter((l) => l.checkVisibility({ opacityProperty: true }));
const titleOf = (label: Element) => label.querySelector('.label-title')!.textContent!.trim();

describe('nothing is drawn over anything', () => {
  for (const [name, data] of Object.entries(FIXTURES)) {
    test.each([1200, 800])(`${name} at %i px: no label covers another label, a marker, a cluster, the "as reported" line or an era's title`, async (width) => {
      // Without motion, a label tucked away on the first layout is hidden at once (not faded out).
      await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
      const el = await mount((el) => {
        el.orientation = 'horizontal';
        el.events = data;
      }, width);
      const labels = shownLabels(el);
      expect(labels.length).toBeGreaterThan(3);
      const marks = [...parts(el, 'marker'), ...parts(el, 'cluster')];
      const lines = el.shadowRoot!.querySelectorAll('svg.chart [part~="as-of"] line, svg.band [part~="as-of"] line');
      const eraTitles = el.shadowRoot!.querySelectorAll('[part~="era"] text');
      if (name === 'article') expect(lines.length).toBeGreaterThan(0);
      if (name === 'TimelineJS eras') expect(eraTitles.length).toBeGreaterThan(0);
      for (const label of labels) {
        const own = label.closest('button')!;
        for (const other of labels) if (other !== label) expect(intersects(box(label), box(other)), `${titleOf(label)} / ${titleOf(other)}`).toBe(false);
        // A label's own marker sits beside it, never under it, so no marker at all may meet a label.
        for (const mark of marks) if (mark !== own) expect(intersects(box(label), box(mark)), `${titleOf(label)} over a marker`).toBe(false);
        for (const line of lines) expect(intersects(box(label), box(line)), `${titleOf(label)} over the as-reported line`).toBe(false);
        for (const era of eraTitles) expect(intersects(box(label), box(era)), `${titleOf(label)} over ${era.textContent}`).toBe(false);
      }
    });
  }
});

describe('compact by default', () => {
  test('the article fits in 600 px at 1200 px wide, with every label shown', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    expect(el.getBoundingClientRect().height).toBeLessThanOrEqual(600);
    expect(shownLabels(el).map(titleOf).sort()).toEqual(articleData.events.map((e) => e.title).sort());
  });

  test('the toolbar shares the title\'s line', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    const title = box(part(el, 'title')!);
    const toolbar = box(part(el, 'toolbar')!);
    expect(toolbar.top).toBeLessThan(title.bottom);
    expect(toolbar.bottom).toBeGreaterThan(title.top);
  });

  test('a height caps the element: lanes scroll between the band and the axis, and focus scrolls an event into view there', async () => {
    const el = await mount((el) => {
      el.height = 320;
      el.events = articleData;
    }, 1200);
    expect(el.getBoundingClientRect().height).toBeLessThanOrEqual(320);
    const plot = part(el, 'plot')!;
    expect(plot.scrollHeight).toBeGreaterThan(plot.clientHeight);
    const axis = box(part(el, 'axis')!);
    expect(axis.bottom).toBeLessThanOrEqual(box(plot).bottom + 1);
    // The last event is in the last lane, below the fold of the lanes: End focuses it and scrolls it into view.
    parts<HTMLButtonElement>(el, 'event')[0]!.focus();
    await userEvent.keyboard('{End}');
    const last = articleData.events.map((e) => e.start).sort().length - 1;
    await waitFor(() => focusedEventId(el) !== null);
    const focused = el.shadowRoot!.activeElement!;
    expect(parts(el, 'event').indexOf(focused as HTMLElement)).toBe(last);
    await waitFor(() => {
      const r = box(focused);
      return r.top >= box(el.shadowRoot!.querySelector('svg.band')!).bottom - 1 && r.bottom <= box(part(el, 'axis')!).top + 1;
    });
    expect(plot.scrollTop).toBeGreaterThan(0);
    // Scrolling the lanes keeps the axis where it was.
    expect(box(part(el, 'axis')!).top).toBeCloseTo(axis.top, 0);
  });
});

describe('the card where the reader looks', () => {
  /** The article timeline below some text, so that its card opens beyond the bottom of the screen. */
  async function articleBelowText(): Promise<NewsTimeline> {
    const el = await mount((el) => (el.events = articleData), 900);
    const text = document.createElement('div');
    text.style.height = `${innerHeight * 0.6}px`;
    el.parentElement!.before(text);
    el.addEventListener('news-timeline-select', () => {}, { once: true });
    const remove = () => text.remove();
    afterEach(remove);
    await nextFrame();
    return el;
  }

  const inViewport = (card: Element) => {
    const r = box(card);
    return r.top >= -1 && r.bottom <= innerHeight + 1;
  };

  test('after a click on any event, the whole card is in the viewport', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const el = await articleBelowText();
    for (const id of articleData.events.map((e) => e.id!)) {
      window.scrollTo(0, 0);
      await nextFrame();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`button.event[data-id="${id}"]`)!;
      button.click();
      const card = await waitFor(() => part(el, 'detail'));
      await waitFor(() => inViewport(card), 3000);
      expect(el.selected).toBe(id);
      // Open again for the next event from the top of the page.
      button.click();
      await waitFor(() => !part(el, 'detail'));
    }
  });

  test('a story step scrolls smoothly to the card, and Escape brings focus back to the event', async () => {
    const el = await articleBelowText();
    el.story = true;
    await el.updateComplete;
    window.scrollTo(0, 0);
    part<HTMLButtonElement>(el, 'next')!.click();
    const card = await waitFor(() => part(el, 'detail'));
    await waitFor(() => inViewport(card), 5000);
    const id = el.selected!;
    part<HTMLElement>(el, 'close')!.focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => focusedEventId(el) === id);
    expect(part(el, 'detail')).toBeNull();
  });
});

describe('exports ready to publish', () => {
  const CONTROLS = ['Show all', 'List view', 'Download SVG', 'Download PNG', '+', '−'];

  test('toSVG() is the graphic alone: title, legend, drawing, axis, as-reported line and credit, no control', async () => {
    const el = await mount((el) => {
      el.setAttribute('export', '');
      el.story = true;
      el.events = articleData;
    }, 1200);
    const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
    for (const control of CONTROLS) expect(texts, control).not.toContain(control);
    expect(texts.join(' ')).not.toMatch(/of 9|Previous|Next/);
    expect(texts).toContain(articleData.title);
    expect(texts).toContain('War in Ukraine');
    expect(texts).toContain('Mar 2022');
    // The as-reported line's label in the drawing, and its entry in the legend.
    expect(texts.filter((t) => t.startsWith('As reported, ')).length).toBe(2);
    expect(texts.join(' ')).toMatch(/^.*Sources: Statecraft, NATO/);
    // No empty band: the graphic ends with its credit line.
    const height = Number(doc.documentElement.getAttribute('height'));
    const bottoms = [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('y')));
    expect(height - Math.max(...bottoms)).toBeLessThan(24);
  });

  test('toPNG({ width, height, scale }) lays the timeline out for that size, and the dataset credit is used', async () => {
    const el = await mount((el) => (el.events = { ...articleData, credit: 'Graphic: The Example Times' }), 800);
    const blob = await el.toPNG({ width: 1200, height: 675, scale: 1 });
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([1200, 675]);
    const svg = await el.toSVG({ width: 1200, height: 675 });
    expect(svg).toContain('Graphic: The Example Times');
    expect(svg).toMatch(/<svg[^>]* width="1200" height="675"/);
    // Nothing on screen moved or changed.
    expect(el.getBoundingClientRect().width).toBe(800);
    expect(el.shadowRoot!.querySelectorAll('.timeline').length).toBe(1);
  });
});
