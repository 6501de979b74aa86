import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('every --news-timeline-* token the styles use is documented with @cssprop, and every documented one is used', () => {
  const used = new Set([...read('src/styles.ts').matchAll(/var\((--news-timeline-[a-z0-9-]+)/g)].map((m) => m[1]));
  const documented = new Set([...read('src/timeline-properties.ts').matchAll(/@cssprop (--news-timeline-[a-z0-9-]+)/g)].map((m) => m[1]));
  expect(used.size).toBeGreaterThan(0);
  expect([...used].filter((t) => !documented.has(t)), 'used but undocumented').toEqual([]);
  expect([...documented].filter((t) => !used.has(t)), 'documented but unused').toEqual([]);
});

test('custom-elements.json lists the element with its attributes, events, parts and CSS properties', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'news-timeline');
  expect(element).toBeDefined();
  expect(element.attributes.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['src', 'label', 'selected', 'locale']));
  expect(element.events.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['news-timeline-load', 'news-timeline-select']));
  expect(element.cssParts.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['event', 'marker', 'axis', 'detail']));
  expect(element.cssProperties.length).toBeGreaterThan(5);
});
