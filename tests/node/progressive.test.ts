import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { built } from './built.js';
import { launchChromium } from './chromium.js';

// The gallery's progressive-enhancement page, opened in real Chromium with and without JavaScript.
// Files are served from the repository through request interception, so no server is needed.
const root = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://gallery.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);
afterAll(() => browser?.close());

async function openPage(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = path.startsWith('/dist/') ? root + path.slice(1) : `${root}examples${path}`;
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/progressive.html`);
  return { page, context };
}

describe('progressive enhancement (examples/progressive.html)', () => {
  test('without JavaScript, readers get the events as an ordinary list with dates, headings, text and links', async () => {
    const { page, context } = await openPage(false);
    const items = page.locator('news-timeline > ol > li');
    expect(await items.count()).toBe(9);
    const first = items.first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.locator('time').textContent()).toBe('24 February 2022');
    expect(await first.locator('h3').textContent()).toBe('Russia launches full-scale invasion of Ukraine');
    expect(await first.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('news-timeline').evaluate((el) => el.shadowRoot)).toBeNull();
    await context.close();
  }, 30_000);

  test('with JavaScript (the built bundle), the same list becomes the timeline and is hidden', async () => {
    built('news-timeline.bundle.js');
    const { page, context } = await openPage(true);
    const buttons = page.locator('news-timeline [part~="event"]');
    await buttons.first().waitFor();
    expect(await buttons.count()).toBe(9);
    expect(await page.locator('news-timeline > ol').isVisible()).toBe(false);
    expect(await page.locator('news-timeline > ol > li').count()).toBe(9);
    await context.close();
  }, 30_000);
});
