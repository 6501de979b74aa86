import { afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, mount, part, parts, unmountAll } from './harness.js';

const article = parseTimeline(articleData).data;

afterEach(async () => {
  unmountAll();
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

/** Titles the reader can see now: labels that are not tucked away. */
function visibleTitles(el: HTMLElement & { shadowRoot: ShadowRoot | null }): string[] {
  return parts(el as never, 'label')
    .filter((l) => l.checkVisibility({ opacityProperty: true }))
    .map((l) => l.querySelector('.label-title')!.textContent!.trim());
}

describe.each(['horizontal', 'vertical'] as const)('toSVG() in the %s layout', (orientation) => {
  test('returns a standalone SVG that parses and holds every visible title as SVG text', async () => {
    const el = await mount((el) => {
      el.orientation = orientation;
      el.events = articleData;
    }, 1000);
    const svg = await el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('font-family')).toMatch(/Helvetica/);
    expect(doc.querySelector('script, foreignObject, style, link')).toBeNull();
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    const titles = visibleTitles(el);
    expect(titles.length).toBeGreaterThan(orientation === 'vertical' ? article.events.length - 1 : 3);
    // A title wrapped over two lines becomes two <text> lines: compare without line breaks.
    const flat = text.replace(/\s+/g, '');
    for (const title of titles) expect(flat, title).toContain(title.replace(/\s+/g, ''));
    // Styles are inlined: markers carry their computed colours.
    expect(doc.querySelector('circle[style*="fill"]')).not.toBeNull();
  });
});

test('toPNG() draws the SVG into a PNG blob of the view, at twice its size', async () => {
  const el = await mount((el) => (el.events = articleData), 800);
  const blob = await el.toPNG();
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  // The graphic is the element's width, and as tall as the graphic alone (no controls): the SVG's size.
  const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement;
  const box = part(el, 'base')!.getBoundingClientRect();
  expect(bitmap.width).toBe(Math.ceil(box.width) * 2);
  expect(bitmap.height).toBe(Number(svg.getAttribute('height')) * 2);
});

test('the export attribute offers SVG and PNG downloads', async () => {
  const el = await mount((el) => {
    el.setAttribute('export', '');
    el.events = articleData;
  });
  const buttons = parts<HTMLButtonElement>(el, 'export-button');
  expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Download SVG', 'Download PNG']);
  const downloads: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  };
  try {
    // The export code loads on first use, so the download starts a moment after the click.
    buttons[0]!.click();
    await expect.poll(() => downloads).toEqual(['timeline.svg']);
    buttons[1]!.click();
    await expect.poll(() => downloads, { timeout: 5000 }).toEqual(['timeline.svg', 'timeline.png']);
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
});
