import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { articleData, emulateColorScheme, mount, parts, unmountAll } from './harness.js';

afterEach(async () => {
  unmountAll();
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
  await emulateColorScheme('light');
});

/** axe-core's WCAG 2.x A and AA rules on the element (it pierces the shadow root); violations as readable lines. */
async function violations(el: HTMLElement): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.failureSummary ?? ''} at ${JSON.stringify(n.target)}`));
}

describe.each(['light', 'dark'] as const)('axe-core in the %s scheme', (scheme) => {
  test.each([['horizontal', 1000], ['vertical', 360]] as const)('finds no violations in the %s layout, with a card open too', async (orientation, width) => {
    await emulateColorScheme(scheme);
    // The page itself follows the scheme, as a real page with color-scheme would.
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    const el = await mount((el) => {
      el.orientation = orientation;
      el.setAttribute('export', '');
      el.events = articleData;
    }, width);
    expect(el.resolvedOrientation).toBe(orientation);
    expect(await violations(el)).toEqual([]);
    parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!.click();
    await el.updateComplete;
    expect(await violations(el)).toEqual([]);
  });
});

test('theme="dark" on a light page passes too', async () => {
  const el = await mount((el) => {
    el.setAttribute('theme', 'dark');
    el.events = articleData;
  });
  expect(await violations(el)).toEqual([]);
});
