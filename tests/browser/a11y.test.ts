import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { articleData, mount, nextFrame, part, parts, unmountAll, type NewsTimeline } from './harness.js';

afterEach(() => {
  unmountAll();
});

/** axe-core's WCAG 2.2 A/AA rules (and best practices) over the element, shadow DOM included. */
async function violations(el: NewsTimeline): Promise<string[]> {
  // Park the pointer on plain text, so no label is caught half-way through its hover fade.
  await userEvent.hover(part(el, 'summary')!);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await el.updateComplete;
  await nextFrame();
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

describe.each(['light', 'dark'] as const)('<news-timeline> in the %s colour scheme', (scheme) => {
  async function mountArticle(width = 800) {
    const el = await mount((el) => {
      // A page's own scheme choice on the host overrides the element's default (the reader's preference).
      el.style.colorScheme = scheme;
      el.story = true;
      el.label = 'Japan and NATO, 2022–2023';
      el.events = articleData;
    }, width);
    // The scheme really applies: the text colour follows it.
    const text = getComputedStyle(part(el, 'summary')!).color;
    expect(text).toBe(scheme === 'dark' ? 'rgb(179, 188, 198)' : 'rgb(79, 89, 100)');
    return el;
  }

  test('axe finds no violations before and after opening a card', async () => {
    const el = await mountArticle();
    expect(await violations(el)).toEqual([]);
    await userEvent.click(parts(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!);
    expect(await violations(el)).toEqual([]);
  });

  test('markers, lines and control borders have at least 3:1 contrast with the background', async () => {
    const el = await mountArticle();
    const background = getComputedStyle(el).backgroundColor;
    const marks = parts(el, 'marker').map((m) => getComputedStyle(m).color);
    const lines = [...el.shadowRoot!.querySelectorAll('.axis-line, .tool')].map((n) => {
      const style = getComputedStyle(n);
      return n.classList.contains('tool') ? style.borderTopColor : style.stroke;
    });
    for (const colour of [...new Set([...marks, ...lines])]) expect(contrast(colour, background), colour).toBeGreaterThanOrEqual(3);
  });

  test('axe finds no violations zoomed in, in list view, and at 320 px', async () => {
    const el = await mountArticle(320);
    expect(await violations(el)).toEqual([]);
    el.zoomTo('2023-05-01', '2023-06-01');
    expect(await violations(el)).toEqual([]);
    await userEvent.click(part(el, 'list-toggle')!);
    expect(await violations(el)).toEqual([]);
  });
});

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
