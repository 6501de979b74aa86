import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { denseTimeline } from '../fixtures/dense.js';
import { built } from './built.js';
import { launchChromium } from './chromium.js';

// The script-tag bundle as a newsroom deploys it: renamed (js/timeline.js), served by a CDN on another
// origin that sends CORS headers, with or without the chunks/ folder beside it. Two origins, answered by
// request interception, in real Chromium.
const PAGE = 'http://news.test';
const CDN = 'http://cdn.test';
const article = readFileSync(fileURLToPath(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url)), 'utf8');
const articleIds = (JSON.parse(article) as { events: { id: string }[] }).events.map((e) => e.id);
const twain = readFileSync(fileURLToPath(new URL('../../examples/data/timelinejs/marktwain.json', import.meta.url)), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);
afterAll(() => browser?.close());

interface Site {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `body` (after the bundle's script tag, from the CDN) at a viewport width; `chunks` says whether
 * the CDN has the chunks folder, or is a promise it sends them once fulfilled; `hash` is the page URL's fragment.
 */
async function open(body: string, width: number, chunks: boolean | Promise<void>, hash = ''): Promise<Site> {
  const bundle = readFileSync(built('news-timeline.bundle.js'));
  const chunkDir = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cors = { 'Access-Control-Allow-Origin': '*' };
  await page.route(`${CDN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/js/timeline.js') return route.fulfill({ status: 200, contentType: 'text/javascript', headers: cors, body: bundle });
    const chunk = /^\/js\/chunks\/([\w-]+\.js)$/.exec(path)?.[1];
    if (chunks && chunk && readdirSync(chunkDir).includes(chunk)) {
      await chunks;
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: cors, body: readFileSync(chunkDir + chunk) });
    }
    return route.fulfill({ status: 404, headers: cors, body: 'not found' });
  });
  await page.route(`${PAGE}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/article.json') return route.fulfill({ status: 200, contentType: 'application/json', body: article });
    if (path === '/dense.json') return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(denseTimeline({ count: 40, days: 120, lanes: 2 })) });
    if (path === '/twain.json') return route.fulfill({ status: 200, contentType: 'application/json', body: twain });
    if (path === '/') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html lang="en-GB"><head><script type="module" src="${CDN}/js/timeline.js"></script></head><body>${body}</body></html>`,
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${PAGE}/${hash}`);
  return { page, requests, errors, close: () => context.close() };
}

/** Waits for a timeline's load event, or for `selector` inside it. */
const loaded = (page: Page, id = 'tl') => page.waitForFunction((id) => {
  const el = document.getElementById(id) as HTMLElement & { resolvedOrientation?: string | null };
  return el?.shadowRoot?.querySelector('[part~="event"]') && el.resolvedOrientation !== undefined;
}, id, { timeout: 15_000 });

// The events drawn: not the units a small timeline holds in its list, hidden (src/render/keyed-list.ts).
const events = (page: Page) => page.locator('#tl').locator('li:not([data-parked]) > [part~="event"]');
const chunkRequests = (site: Site) => site.requests.filter((url) => url.includes('/chunks/'));
/** Whether a label shows: it has a box (a tucked one has none until hover or focus) and is not faded out. */
const shows = (element: Locator) => element.evaluate((e) => e.checkVisibility({ opacityProperty: true }) && getComputedStyle(e).opacity === '1');

/**
 * Hovers the middle one of the events whose labels the dense timeline tucks away, while the code that
 * places them is not in: its label shows beside its marker, and Escape hides it. Returns the event and label.
 */
async function hoverAndDismiss(page: Page): Promise<{ button: Locator; label: Locator }> {
  const tucked = events(page).and(page.locator('.tucked'));
  const button = tucked.nth(Math.floor((await tucked.count()) / 2));
  await button.hover();
  const label = button.locator('.label');
  await expect.poll(() => shows(label)).toBe(true);
  expect(await button.locator('.bridge').count()).toBe(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => shows(label)).toBe(false);
  return { button, label };
}

describe('the bundle renamed, from another origin, with no chunks folder', () => {
  test('at 1280 px: the drawing, keyboard, story mode and the printed list all work, and nothing else is fetched', async () => {
    const site = await open('<news-timeline id="tl" story src="/article.json" label="Japan and NATO"></news-timeline>', 1280, false);
    try {
      const { page } = site;
      await loaded(page);
      expect(await page.evaluate(() => (document.getElementById('tl') as HTMLElement & { resolvedOrientation: string }).resolvedOrientation)).toBe('horizontal');
      expect(await page.locator('#tl').locator('[part~="marker"]').count()).toBeGreaterThan(0);
      const ids = await events(page).evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['id']));
      expect(ids).toEqual(articleIds);

      // Keyboard: Tab reaches the events' one tab stop, → moves to the next event in date order.
      await events(page).first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => (document.getElementById('tl')!.shadowRoot!.activeElement as HTMLElement).dataset['id'])).toBe(articleIds[1]);

      // Story mode: "next" opens the first event's card.
      await page.locator('#tl').locator('[part~="next"]').click();
      await expect.poll(() => page.locator('#tl').locator('[part~="detail"] h2').textContent()).toBe(await events(page).first().locator('.label-title').textContent());

      // Paper: the printed list, once idle, instead of the drawing.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('#tl').locator('[part~="print-list"] > li').count()).toBe(articleIds.length);
      expect(await page.locator('#tl').locator('[part~="plot"]').evaluate((p) => getComputedStyle(p).display)).toBe('none');

      expect(chunkRequests(site)).toEqual([]);
      expect(site.errors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('at 390 px: the phone gets the vertical layout, story mode and the printed list, from the one file', async () => {
    const site = await open('<news-timeline id="tl" story src="/article.json" label="Japan and NATO"></news-timeline>', 390, false);
    try {
      const { page } = site;
      await loaded(page);
      expect(await page.evaluate(() => (document.getElementById('tl') as HTMLElement & { resolvedOrientation: string }).resolvedOrientation)).toBe('vertical');
      expect(await page.locator('#tl').locator('.events.vertical [part~="event"]').count()).toBe(articleIds.length);
      // Rows flow down the page along the spine, and the page never scrolls sideways.
      const tops = await events(page).evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      await page.locator('#tl').locator('[part~="next"]').click();
      await expect.poll(() => page.locator('#tl').locator('[part~="detail"]').count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('#tl').locator('[part~="print-list"] > li').count()).toBe(articleIds.length);

      expect(chunkRequests(site)).toEqual([]);
      expect(site.errors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);
});

describe('on-demand parts', () => {
  test('load from the chunks folder beside the renamed bundle, on the CDN', async () => {
    const site = await open('<news-timeline id="tl" src="/twain.json"></news-timeline>', 1280, true);
    try {
      await loaded(site.page);
      expect(await events(site.page).count()).toBeGreaterThan(0);
      expect(chunkRequests(site).some((url) => url.startsWith(`${CDN}/js/chunks/format-importers-`))).toBe(true);
      expect(site.errors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('that cannot load leave only their feature unavailable, and say so', async () => {
    const site = await open(`
      <news-timeline id="twain" src="/twain.json"></news-timeline>
      <news-timeline id="tl" src="/article.json" locale="ja"></news-timeline>`, 1280, false);
    try {
      const { page } = site;
      await loaded(page);
      // The TimelineJS file needs the importers: that timeline says it could not read the data.
      await expect.poll(() => page.locator('#twain').locator('[part~="issues"]').textContent(), { timeout: 15_000 })
        .toMatch(/TimelineJS importer to load, but it could not/);
      // Japanese text could not load: the other timeline is drawn, in English, with every event.
      expect(await events(page).count()).toBe(articleIds.length);
      expect(await page.locator('#tl').locator('[part~="summary"]').textContent()).toMatch(/^Timeline of 9 events/);
      // Export could not load: toSVG() rejects with an error that says so; the timeline is untouched.
      const exported = await page.evaluate(() => (document.getElementById('tl') as HTMLElement & { toSVG(): Promise<string> }).toSVG().then(() => 'exported', (e: Error) => e.message));
      expect(exported).toMatch(/^news-timeline: the SVG writer could not load, so export is unavailable/);
      expect(await events(page).count()).toBe(articleIds.length);
      // Each missing part was asked for once, and the console says why each feature is missing.
      expect(chunkRequests(site).map((url) => /chunks\/([a-z-]+)-/.exec(url)![1]).sort()).toEqual(['format-importers', 'ja', 'svg']);
      expect(site.errors.some((e) => e.includes('TimelineJS and CSV importers could not load'))).toBe(true);
      // A download button says beside it that nothing was made (export's code is asked for again).
      await page.evaluate(() => document.getElementById('tl')!.setAttribute('export', ''));
      await page.locator('#tl').locator('[part~="export-button"]').first().click();
      await expect.poll(() => page.locator('#tl').locator('[part~="export-note"]').textContent()).toBe('The SVG could not be made. The browser’s console says why.');
      expect(await events(page).count()).toBe(articleIds.length);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('developing stories that cannot load leave an update shown without its marks or the reader\'s place, and say so', async () => {
    const site = await open('<news-timeline id="tl"></news-timeline>', 1280, false);
    try {
      const { page } = site;
      const publish = (withdrawn: number, added: { id: string; start: string; title: string }[]) => page.evaluate(([text, withdrawn, added]) => {
        const data = JSON.parse(text) as { events: unknown[] };
        (document.getElementById('tl') as HTMLElement & { events: unknown }).events = { ...data, events: [...data.events.slice(withdrawn), ...added] };
      }, [article, withdrawn, added] as const);
      await publish(0, []);
      await loaded(page);
      // A new version of the story: the first event withdrawn, one added.
      await publish(1, [{ id: 'added', start: '2023-07-12', title: 'Summit ends' }]);
      const expected = [...articleIds.slice(1), 'added'];
      await expect.poll(() => events(page).evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['id'])), { timeout: 15_000 }).toEqual(expected);
      expect(await page.locator('#tl').locator('[part~="change"]').count()).toBe(0);
      // Only that code was asked for (the data, and the comparison, each ask once), and the console says what is missing.
      expect(new Set(chunkRequests(site).map((url) => /chunks\/([a-z-]+)-/.exec(url)![1]))).toEqual(new Set(['developing']));
      const errors = site.errors.filter((e) => !e.includes('Failed to load resource'));
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error).toContain("news-timeline: the code that compares versions of the data could not load; updates are shown without marks or announcements and without keeping the reader's place on screen, and src is not refreshed");
      }
    } finally {
      await site.close();
    }
  }, 60_000);

  test('deep links that cannot load leave the timeline as without deep-link, and say so', async () => {
    const site = await open('<news-timeline id="tl" deep-link src="/article.json"></news-timeline>', 1280, false, '#tl=vilnius-summit&tl.q=summit');
    try {
      const { page } = site;
      await loaded(page);
      // Every event is drawn, none is selected and nothing is searched for: the link was not read.
      expect(await events(page).count()).toBe(articleIds.length);
      expect(await page.locator('#tl').locator('[part~="detail"]').count()).toBe(0);
      expect(await page.evaluate(() => (document.getElementById('tl') as HTMLElement & { query: string }).query)).toBe('');
      // Selecting still works; the link is left as it was.
      await events(page).nth(1).click();
      await expect.poll(() => page.locator('#tl').locator('[part~="detail"]').count()).toBe(1);
      expect(await page.evaluate(() => location.hash)).toBe('#tl=vilnius-summit&tl.q=summit');
      expect(chunkRequests(site).map((url) => /chunks\/([a-z-]+)-/.exec(url)![1])).toEqual(['links']);
      expect(site.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([
        expect.stringContaining('news-timeline: the code of deep links could not load; the selection, search and filters are neither read from the link nor written to it'),
      ]);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('without the code that places labels shown on hover, they show beside their markers, and Escape still hides them', async () => {
    const site = await open('<news-timeline id="tl" src="/dense.json" orientation="horizontal"></news-timeline>', 1280, false);
    try {
      const { page } = site;
      await loaded(page);
      // The drawing has labels waiting for hover: the code that places them is asked for once the page is idle.
      await expect.poll(() => chunkRequests(site).map((url) => /chunks\/([a-z-]+)-/.exec(url)![1]), { timeout: 10_000 }).toEqual(['hover-labels']);
      await expect.poll(() => site.errors.some((e) => e.includes('places labels shown on hover or focus could not load'))).toBe(true);
      await hoverAndDismiss(page);
      expect(site.errors.filter((e) => !e.includes('places labels shown on hover') && !e.includes('404'))).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('a label hovered before the code that places it is in shows beside its marker and Escape hides it; once it is in, it is placed where the pointer is', async () => {
    let release = () => {};
    const site = await open('<news-timeline id="tl" src="/dense.json" orientation="horizontal"></news-timeline>', 1280, new Promise<void>((resolve) => (release = resolve)));
    try {
      const { page } = site;
      await loaded(page);
      await expect.poll(() => chunkRequests(site).map((url) => /chunks\/([a-z-]+)-/.exec(url)![1]), { timeout: 10_000 }).toEqual(['hover-labels']);
      const { button, label } = await hoverAndDismiss(page);
      // The code comes in with the pointer still on the event: its label is placed, and stays dismissed.
      release();
      await expect.poll(() => button.locator('.bridge').count()).toBe(1);
      expect(await shows(label)).toBe(false);
      // Away and back, it shows again.
      await page.mouse.move(1, 1);
      await button.hover();
      await expect.poll(() => shows(label)).toBe(true);
      expect(site.errors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);
});
