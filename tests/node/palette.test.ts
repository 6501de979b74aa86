import { describe, expect, test } from 'vitest';
import { PALETTES, type Palette } from '../../src/palette.js';

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('contrast() matches known WCAG values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

describe.each(['light', 'dark'] as const)('the %s palette', (scheme) => {
  const p: Palette = PALETTES[scheme];
  // Everything text sits on: the element, the card and notices, era bands.
  const grounds = { background: p.background, surface: p.surface, era: p.era };

  test.each(Object.entries(grounds))('text, secondary text, links and lane names reach 4.5:1 on %s', (_, ground) => {
    const texts = { text: p.text, muted: p.muted, accent: p.accent, ...Object.fromEntries(p.lanes.map((c, i) => [`lane-${i}`, c])) };
    for (const [name, colour] of Object.entries(texts)) expect(contrast(colour, ground), `${scheme} ${name} ${colour} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  test.each(Object.entries(grounds))('markers, the axis, focus rings and notice rules reach 3:1 on %s', (_, ground) => {
    const marks = { line: p.line, accent: p.accent, warning: p.warning, error: p.error, ...Object.fromEntries(p.lanes.map((c, i) => [`lane-${i}`, c])) };
    for (const [name, colour] of Object.entries(marks)) expect(contrast(colour, ground), `${scheme} ${name} ${colour} on ${ground}`).toBeGreaterThanOrEqual(3);
  });

  test('has eight distinct lane colours', () => {
    expect(new Set(p.lanes).size).toBe(8);
  });
});
