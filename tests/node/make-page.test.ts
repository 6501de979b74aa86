import type { Browser, Page } from 'playwright';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { built } from './built.js';
import { launchChromium } from './chromium.js';

// The gallery's "Make a timeline" page, served by the gallery's own Vite config, in real Chromium: a
// producer pastes a spreadsheet, sees it drawn, finds the broken row, and copies the embed code.
const SHEET = 'https://sheet.test/pub?output=csv';
const csv = `Year,Month,Day,Headline,Text
2022,2,24,Russia invades Ukraine,Full-scale invasion
2022,6,28,Madrid summit,"NATO leaders met; Japan's PM attends"
2023,13,1,Bad month,This row has a month 13
2023,7,11,Vilnius summit,Summit
`;

let server: ViteDevServer;
let browser: Browser;
let base: string;
beforeAll(async () => {
  built('news-timeline.bundle.js');
  const { createServer } = await import('vite');
  server = await createServer({ configFile: 'examples/vite.config.js', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The events drawn: not the units a small timeline holds in its list, hidden (src/render/keyed-list.ts).
const titles = (page: Page) => page.locator('#preview').locator('li:not([data-parked]) > [part~="event"] .label-title').allTextContents();

async function open() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(SHEET, (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: csv, headers: { 'Access-Control-Allow-Origin': '*' } }));
  await page.goto(new URL('make.html', base).href);
  // The page opens on the sample sheet, drawn.
  await page.waitForFunction(() => document.querySelector('#preview')?.shadowRoot?.querySelector('[part~="event"]'), undefined, { timeout: 30_000 });
  return { page, requests, close: () => context.close() };
}

test('pasted CSV becomes a preview and an embed code; the broken row is listed and shown', async () => {
  const { page, requests, close } = await open();
  try {
    await page.getByLabel('Data', { exact: true }).fill(csv);
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(['Russia invades Ukraine', 'Madrid summit', 'Vilnius summit']);

    // The broken row, with where it is; choosing it selects the cell in the Data box.
    const problems = page.locator('#problems li');
    await expect.poll(() => problems.allTextContents()).toEqual(['Error: row 4 ("Bad month"), column "Month": expected a whole number from 1 to 12, found "13"']);
    await problems.first().getByRole('button').click();
    expect(await page.evaluate(() => {
      const box = document.activeElement as HTMLTextAreaElement;
      return [box.id, box.value.slice(box.selectionStart, box.selectionEnd)];
    })).toEqual(['data', '13']);

    // The embed code: the bundle's script tag and the data inside the element, which an option changes.
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Story mode (previous / next)').check();
    const script = await page.locator('#code-script').textContent();
    expect(script).toContain(`<script type="module" src="${new URL('dist/news-timeline.bundle.js', base).href}"></script>`);
    expect(script).toContain('<news-timeline theme="dark" story>');
    const json = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(script!)![1]!) as { events: { title: string }[] };
    expect(json.events.map((e) => e.title)).toEqual(['Russia invades Ukraine', 'Madrid summit', 'Vilnius summit']);
    expect(await page.locator('#preview').getAttribute('theme')).toBe('dark');
    expect(await page.locator('#code-npm').textContent()).toContain('npm install news-timeline');
    // Typed data has no address: the iframe explains what it needs instead of a code.
    expect(await page.locator('#code-iframe').count()).toBe(0);

    // Copying puts the very code on the clipboard.
    await page.getByRole('button', { name: 'Copy script tag' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

    // Nothing was sent anywhere but to the gallery's own server.
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  } finally {
    await close();
  }
}, 90_000);

test('a published sheet is fetched when the producer asks, and the iframe code reads it', async () => {
  const { page, requests, close } = await open();
  try {
    expect(requests.filter((url) => url.startsWith('https://sheet.test'))).toEqual([]);
    await page.getByLabel(/Or load a URL/).fill(SHEET);
    await page.getByRole('button', { name: 'Load' }).click();
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(['Russia invades Ukraine', 'Madrid summit', 'Vilnius summit']);
    expect(await page.getByLabel('Data', { exact: true }).inputValue()).toBe(csv);
    await page.getByLabel('Title').fill('Japan & NATO');
    const iframe = await page.locator('#code-iframe').textContent();
    expect(iframe).toContain(`src="${new URL('dist/embed.html', base).href}?src=${encodeURIComponent(SHEET).replace(/%20/g, '+')}&amp;title=Japan+%26+NATO"`);
    expect(iframe).toContain('title="Japan &amp; NATO"');
    expect(iframe).toContain(`<script src="${new URL('dist/news-timeline-embed.js', base).href}" async></script>`);
    expect(requests.filter((url) => url.startsWith('https://sheet.test'))).toEqual([SHEET]);

    // An edit means the text no longer is the sheet: the iframe code goes, the script tag follows the edit.
    await page.getByLabel('Data', { exact: true }).fill(csv.replace('Vilnius summit', 'Vilnius'));
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(['Russia invades Ukraine', 'Madrid summit', 'Vilnius']);
    expect(await page.locator('#code-iframe').count()).toBe(0);
  } finally {
    await close();
  }
}, 90_000);
