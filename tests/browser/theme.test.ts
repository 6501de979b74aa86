import { afterEach, describe, expect, test } from 'vitest';
import { PALETTES } from '../../src/palette.js';
import { articleData, emulateColorScheme, mount, part, parts, unmountAll } from './harness.js';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

afterEach(async () => {
  unmountAll();
  await emulateColorScheme('light');
});

describe('colour scheme', () => {
  test('follows prefers-color-scheme by default', async () => {
    await emulateColorScheme('dark');
    const el = await mount((el) => (el.events = articleData));
    expect(getComputedStyle(el).backgroundColor).toBe(rgb(PALETTES.dark.background));
    await emulateColorScheme('light');
    expect(getComputedStyle(el).backgroundColor).toBe(rgb(PALETTES.light.background));
  });

  test.each(['light', 'dark'] as const)('theme="%s" forces that scheme whatever the reader prefers', async (theme) => {
    await emulateColorScheme(theme === 'light' ? 'dark' : 'light');
    const el = await mount((el) => {
      el.setAttribute('theme', theme);
      el.events = articleData;
    });
    expect(getComputedStyle(el).backgroundColor).toBe(rgb(PALETTES[theme].background));
    expect(getComputedStyle(part(el, 'title')!).color).toBe(rgb(PALETTES[theme].text));
  });

  test('--news-timeline-* tokens override the palette', async () => {
    const el = await mount((el) => {
      el.style.setProperty('--news-timeline-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--news-timeline-lane-0', 'rgb(200, 0, 0)');
      el.events = articleData;
    });
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(parts(el, 'marker')[0]!).color).toBe('rgb(200, 0, 0)');
  });
});

test('the legend names every lane with its colour, and the statuses in use', async () => {
  const el = await mount((el) => (el.events = articleData));
  const items = parts(el, 'legend-item');
  const text = items.map((i) => i.textContent!.trim());
  expect(text).toEqual(expect.arrayContaining(articleData.groups!.map((g) => g.label)));
  expect(text).toContain('Expected');
  const laneColours = items.slice(0, articleData.groups!.length).map((i) => getComputedStyle(i.querySelector('svg')!).color);
  expect(new Set(laneColours).size).toBe(articleData.groups!.length);
  expect(laneColours[0]).toBe(rgb(PALETTES.light.lanes[0]!));
});
