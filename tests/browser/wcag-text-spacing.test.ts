import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { denseTimeline } from '../fixtures/dense.js';
import type { TimelineInput } from '../../src/model/types.js';
import { articleData, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

/** WCAG 1.4.12's text spacing: what a reader's style sheet may set, on every element. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const sheet = new CSSStyleSheet();
sheet.replaceSync(TEXT_SPACING);
const pageSheets = document.adoptedStyleSheets;

beforeAll(() => page.viewport(1280, 900));
afterAll(() => page.viewport(1000, 800));
afterEach(() => {
  unmountAll();
  document.adoptedStyleSheets = pageSheets;
});

/** Applies the reader's spacing to the page and inside the element, as a bookmarklet or extension does. */
function applyTextSpacing(el: NewsTimeline) {
  document.adoptedStyleSheets = [...pageSheets, sheet];
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** Every piece of visible text in the element whose content does not fit its box (clipped, ellipsised or clamped). */
function clipped(el: NewsTimeline): string[] {
  const texts = el.shadowRoot!.querySelectorAll<HTMLElement>(
    '.label-title, .label-date, .label-lane, .tool, .cluster, .title, .about, .legend li, .detail h2, .detail p, .detail li, .close, .position, .export button',
  );
  return [...texts]
    .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1)
    .map((t) => `${t.className} "${t.textContent!.trim().slice(0, 30)}": needs ${t.scrollWidth}×${t.scrollHeight}, gets ${t.clientWidth}×${t.clientHeight}`);
}

/** SVG text drawn outside the part of the drawing the reader sees (the plot clips its overflow). */
function cutSvgText(el: NewsTimeline): string[] {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.band text, svg.axis-box text')].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.left < plot.left - 0.5 || r.right > plot.right + 0.5;
  }).map((t) => `"${t.textContent}" ${Math.round(t.getBoundingClientRect().left - plot.left)}–${Math.round(t.getBoundingClientRect().right - plot.left)} of ${Math.round(plot.width)}`);
}

const FIXTURES: [string, number, TimelineInput][] = [
  ['the article', 1200, articleData],
  ['the article', 800, articleData],
  ['40 crowded events', 1200, denseTimeline({ count: 40, days: 120, lanes: 2 })],
];

describe('WCAG text spacing (1.4.12): no text is cut', () => {
  test.each(FIXTURES)('%s at %i px, horizontal', async (_, width, data) => {
    const el = await mount((el) => {
      el.orientation = 'horizontal';
      el.story = true;
      el.events = data;
    }, width);
    const before = parts(el, 'label').map((l) => l.getBoundingClientRect().height).join();
    applyTextSpacing(el);
    // The element notices the new spacing and lays its labels out again for it.
    await waitFor(() => parts(el, 'label').map((l) => l.getBoundingClientRect().height).join() !== before, 2000).catch(() => {});
    await el.updateComplete;
    await nextFrame();
    expect(clipped(el)).toEqual([]);
    expect(cutSvgText(el)).toEqual([]);
    // Labels that still fit still show (only those with no room left wait for hover or focus).
    const shown = parts(el, 'label').filter((l) => !l.classList.contains('tucked'));
    expect(shown.length, 'labels shown').toBeGreaterThan(2);
    // A card opened under the same spacing keeps its text too.
    parts<HTMLButtonElement>(el, 'event')[0]!.click();
    await el.updateComplete;
    await nextFrame();
    expect(clipped(el)).toEqual([]);
  });

  test('the vertical layout and list view', async () => {
    for (const setup of [(el: NewsTimeline) => (el.orientation = 'vertical'), (el: NewsTimeline) => (el.listView = true)]) {
      const el = await mount((el) => {
        setup(el);
        el.events = articleData;
      }, 360);
      applyTextSpacing(el);
      await nextFrame();
      expect(clipped(el)).toEqual([]);
    }
  });

  test('an exported graphic is laid out for the spacing it is staged under, as the screen is', async () => {
    const el = await mount((el) => {
      el.orientation = 'horizontal';
      el.events = articleData;
    }, 1200);
    // The drawing's height, on screen and in the graphic (its tallest picture: the chart behind the lanes).
    const svgHeight = async () => Math.max(...[...new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').querySelectorAll('svg svg')].map((s) => Number(s.getAttribute('height'))));
    const plotHeight = () => Number(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('height'));
    const [screen0, graphic0] = [plotHeight(), await svgHeight()];
    expect(graphic0).toBe(screen0);
    applyTextSpacing(el);
    await waitFor(() => plotHeight() !== screen0, 2000);
    await el.updateComplete;
    const [screen1, graphic1] = [plotHeight(), await svgHeight()];
    // The spacing changes the drawing on screen (taller lines, a taller header, rows shared out again); the graphic's follows.
    expect(screen1).not.toBe(screen0);
    expect(graphic1).toBe(screen1);
  });
});
