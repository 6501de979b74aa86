import { describe, expect, test } from 'vitest';
import { plainOffsets, plainWindow, WINDOW_ABOVE, windowRows } from '../../src/layout/list.js';
import { DEFAULT_SPACING } from '../../src/layout/text-spacing.js';
import { parseTimeline } from '../../src/model/parse.js';

const LONG = 'Foreign ministers of the partner countries meet in Brussels to discuss the partnership programme';
const timeline = (count: number) => parseTimeline(Array.from({ length: count }, (_, i) => ({
  start: `2023-01-${String(1 + (i % 28)).padStart(2, '0')}`, title: i % 2 ? LONG : `Short ${i}`,
}))).data;

describe('plainOffsets(): a long list\'s rows, each as tall as its title wraps to', () => {
  test('a long title takes more lines on a phone than on a desktop; a short one takes one either way', () => {
    const rows = (width: number) => {
      const offsets = plainOffsets(timeline(2), width);
      return [offsets[1]! - offsets[0]!, offsets[2]! - offsets[1]!] as const;
    };
    const [shortPhone, longPhone] = rows(300);
    const [shortDesktop, longDesktop] = rows(1200);
    expect(shortPhone).toBe(shortDesktop);
    expect(longDesktop).toBe(shortDesktop);
    expect(longPhone).toBeGreaterThanOrEqual(shortPhone + 2 * DEFAULT_SPACING.titleLine);
  });

  test('a reader\'s text spacing makes rows taller', () => {
    const plain = plainOffsets(timeline(10), 320);
    const spaced = plainOffsets(timeline(10), 320, { titleLine: 21, dateLine: 18, letter: 0.12, word: 0.16 });
    expect(spaced[10]!).toBeGreaterThan(plain[10]! * 1.15);
  });
});

describe('plainWindow(): the rows of a long list near the screen', () => {
  test('none for a short list; for a long one, the rows meeting the band, and pinned rows wherever they are', () => {
    expect(plainWindow(plainOffsets(timeline(WINDOW_ABOVE), 800), [0, 1000], [])).toBeNull();
    const offsets = plainOffsets(timeline(1000), 800);
    const window = plainWindow(offsets, [offsets[100]! + 1, offsets[150]! - 1], [5, 900])!;
    expect([window.from, window.to]).toEqual([100, 150]);
    const rows = windowRows(window, 1000);
    expect(rows[0]).toBe(5);
    expect(rows.at(-1)).toBe(900);
    expect(rows).toHaveLength(52);
  });

  test('a band past the end keeps the last row', () => {
    const offsets = plainOffsets(timeline(400), 800);
    const window = plainWindow(offsets, [offsets[400]! + 5000, offsets[400]! + 6000], [])!;
    expect(window.from).toBe(399);
    expect(window.to).toBe(400);
  });
});
