import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readEmbedParams } from '../../src/embed/embed-params.js';
import { built } from './built.js';
import { launchChromium } from './chromium.js';

describe('embed.html parameters', () => {
  test('checked values become attributes; title names the frame', () => {
    const { attributes, title, problems } = readEmbedParams('?src=https%3A%2F%2Fdocs.google.com%2Fx%3Foutput%3Dcsv&theme=DARK&locale=en-gb&orientation=vertical&story=1&export=0&height=480&start=2022&end=2023-07-12&title=Japan%20and%20NATO');
    expect(problems).toEqual([]);
    expect(title).toBe('Japan and NATO');
    expect(attributes).toEqual({
      src: 'https://docs.google.com/x?output=csv', label: 'Japan and NATO', theme: 'dark', locale: 'en-GB', orientation: 'vertical',
      story: '', height: '480', start: '2022', end: '2023-07-12',
    });
    expect(readEmbedParams('src=data/t.json').attributes).toEqual({ src: 'data/t.json' });
  });

  test('a src that is not http(s) or relative is refused, like every bad value, with what was expected', () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,[]', ' JaVaScRiPt:alert(1)', 'file:///etc/passwd']) {
      const { attributes, problems } = readEmbedParams(`?src=${encodeURIComponent(src)}`);
      expect(attributes).toEqual({});
      expect(problems).toEqual([expect.stringMatching(/^src: expected an http\(s\) or relative URL of the data, found "/)]);
    }
    const bad = readEmbedParams('?src=t.json&theme=blue&locale=%20%20!!&orientation=up&story=maybe&height=9&start=soon');
    expect(bad.attributes).toEqual({ src: 't.json' });
    expect(bad.problems).toEqual([
      'theme: expected light or dark, found "blue"',
      'locale: expected a language tag such as en-GB or ja, found "!!"',
      'orientation: expected auto or horizontal or vertical, found "up"',
      'story: expected 1 or 0, found "maybe"',
      'height: expected a whole number of pixels from 200 to 5000, found "9"',
      'start: expected an ISO 8601 date such as 2023-05-24, found "soon"',
    ]);
    expect(readEmbedParams('').problems).toEqual(['src: expected the URL of the data (our JSON, TimelineJS JSON or CSV), found none']);
  });

  test('the host script is a few hundred bytes', () => {
    const size = gzipSync(readFileSync(built('news-timeline-embed.js'))).length;
    expect(size).toBeLessThan(400);
  });
});

describe('an embed in a host page (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser?.close());

  const article = readFileSync(fileURLToPath(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url)), 'utf8');
  const HOST = 'http://news.test';
  const EMBED = 'http://timelines.test';

  /** A news page on one origin with iframes of embed.html served from another, as a CMS and a CDN would be. */
  async function open(body: string, width = 1000): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 700 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const files: Record<string, [string, string]> = {
      '/embed.html': ['text/html', readFileSync(built('embed.html'), 'utf8')],
      '/news-timeline.bundle.js': ['text/javascript', readFileSync(built('news-timeline.bundle.js'), 'utf8')],
      '/news-timeline-embed-page.js': ['text/javascript', readFileSync(built('news-timeline-embed-page.js'), 'utf8')],
      '/news-timeline-embed.js': ['text/javascript', readFileSync(built('news-timeline-embed.js'), 'utf8')],
      '/article.json': ['application/json', article],
    };
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === HOST && url.pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html', body });
      const file = url.origin === EMBED ? files[url.pathname] : undefined;
      return file ? route.fulfill({ status: 200, contentType: file[0], body: file[1], headers: { 'Access-Control-Allow-Origin': '*' } }) : route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${HOST}/`);
    return { page, errors, close: () => context.close() };
  }

  /** The document inside the page's `index`th iframe. */
  const frameAt = async (page: Page, index: number) => (await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame())!;

  /** The height of the timeline document inside iframe `index`, and the iframe's own height. */
  const heights = async (page: Page, index: number) => Promise.all([
    (await frameAt(page, index)).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    page.locator('iframe').nth(index).evaluate((f) => f.getBoundingClientRect().height),
  ]);

  test('the embed page posts its height; the host script sizes each iframe to its own timeline', async () => {
    const site = await open(`<!doctype html><html><body><h1>Article</h1>
      <iframe title="A" src="${EMBED}/embed.html?src=/article.json" style="display:block;width:100%;height:150px;border:0"></iframe>
      <iframe title="B" src="${EMBED}/embed.html?src=/article.json&orientation=vertical" style="display:block;width:100%;height:150px;border:0"></iframe>
      <iframe title="other" srcdoc="<p>not a timeline</p>" style="height:150px;border:0"></iframe>
      <script src="${EMBED}/news-timeline-embed.js"></script></body></html>`);
    try {
      const { page } = site;
      for (const index of [0, 1]) {
        await (await frameAt(page, index)).waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="event"]'), undefined, { timeout: 20_000 });
      }
      // Each frame ends up exactly as tall as its own document (the vertical one much taller), none at 150 px.
      await expect.poll(async () => { const [inner, frame] = await heights(page, 0); return inner > 200 && inner === frame; }, { timeout: 10_000 }).toBe(true);
      await expect.poll(async () => { const [inner, frame] = await heights(page, 1); return inner === frame; }, { timeout: 10_000 }).toBe(true);
      expect((await heights(page, 1))[0]).toBeGreaterThan((await heights(page, 0))[0]);
      // The other iframe did not send a height and keeps its own.
      expect(await page.locator('iframe').nth(2).evaluate((f) => f.getBoundingClientRect().height)).toBe(150);

      // When the timeline's height changes (a card opens), the frame follows.
      const before = (await heights(page, 0))[1];
      await (await frameAt(page, 0)).evaluate(() => (document.querySelector('news-timeline') as HTMLElement & { next(): void }).next());
      await expect.poll(async () => { const [inner, frame] = await heights(page, 0); return inner !== before && inner === frame; }, { timeout: 10_000 }).toBe(true);
      expect(site.errors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 90_000);

  test('a message that claims to come from a timeline sizes nothing unless its frame sent it', async () => {
    const site = await open(`<!doctype html><html><body>
      <iframe title="A" srcdoc="<p>x</p>" style="height:150px;border:0"></iframe>
      <script src="${EMBED}/news-timeline-embed.js"></script></body></html>`);
    try {
      await site.page.waitForFunction(() => document.scripts.length === 1);
      await site.page.evaluate(() => window.postMessage({ type: 'news-timeline-height', height: 5000 }, '*'));
      await (await frameAt(site.page, 0)).evaluate(() => parent.postMessage({ type: 'news-timeline-height', height: 'huge' }, '*'));
      await new Promise((r) => setTimeout(r, 300));
      expect(await site.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(150);
      await (await frameAt(site.page, 0)).evaluate(() => parent.postMessage({ type: 'news-timeline-height', height: 321.2 }, '*'));
      await expect.poll(() => site.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(322);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('a refused src is shown in the frame, and nothing is loaded from it', async () => {
    const site = await open(`<!doctype html><html><body>
      <iframe title="A" src="${EMBED}/embed.html?src=javascript%3Aalert(1)" style="height:150px"></iframe></body></html>`);
    try {
      const frame = await frameAt(site.page, 0);
      await frame.waitForSelector('[role="alert"]');
      expect(await frame.locator('[role="alert"]').textContent()).toContain('src: expected an http(s) or relative URL of the data, found "javascript:alert(1)"');
      expect(await frame.locator('news-timeline').count()).toBe(0);
    } finally {
      await site.close();
    }
  }, 60_000);
});
