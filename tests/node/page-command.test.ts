import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeHtml, inlineScript, scriptJson } from '../../src/cli/page.js';
import { runCli } from '../../src/cli/run-cli.js';
import { parseTimeline } from '../../src/model/parse.js';
import { built } from './built.js';
import { launchChromium } from './chromium.js';

const csv = readFileSync(fileURLToPath(new URL('../../examples/data/timelinejs/my-own-timeline.csv', import.meta.url)), 'utf8');
const hostile = JSON.stringify({
  title: 'Quotes </script><script>alert(1)</script> <!-- and comments',
  events: [
    { id: 'a', start: '2023-05-24', title: 'A </script> title & more', summary: '<!-- <script> not a comment' },
    { id: 'b', start: '2023-06-01', title: 'B', sources: [{ url: 'javascript:alert(1)', title: 'bad' }, { url: 'https://example.com/?a=1&b="2"', title: 'good' }] },
  ],
});

/** The built bundle and chunks, as the CLI's host reads them beside dist/cli.js. */
function assets() {
  const dir = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
  built('news-timeline.bundle.js');
  return {
    bundle: readFileSync(built('news-timeline.bundle.js'), 'utf8'),
    chunks: new Map(readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(dir + f, 'utf8')] as const)),
  };
}

/** Runs `news-timeline page` on in-memory files; returns what it wrote and printed. */
async function page(file: string, text: string, ...args: string[]) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['page', file, ...args], {
    readFile: async () => text,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    writeFile: async (path, content) => void written.set(path, content),
    pageAssets: async () => assets(),
  });
  return { code, written, out, err };
}

describe('escaping for an inline page', () => {
  test('JSON in a script element: no "<" at all, and JSON.parse reads the same value', () => {
    const value = { a: '</script><!-- <script>', b: '\u2028' };
    const text = scriptJson(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });

  test('code in a script element: "</script" and "<!--" are escaped, and the code means the same', () => {
    const code = 'globalThis.r = ["</script>", `<!--${1}`, /<\\/SCRIPT>/i.test("</SCRIPT>"), /^<!--$/u.test("<!--")];';
    const escaped = inlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    const run = (source: string) => new Function(`const globalThis = {}; ${source}; return globalThis.r;`)() as unknown;
    expect(run(escaped)).toEqual(run(code));
  });

  test('text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('news-timeline page', () => {
  test('writes one page: the list, the data as JSON, the bundle; nothing names another file', async () => {
    const { code, written, err } = await page('sheet.csv', csv, '-o', 'timeline.html');
    expect(code).toBe(0);
    expect(err.at(-1)).toMatch(/^timeline\.html: written \(\d+ KB, needs no other file\)$/);
    const html = written.get('timeline.html')!;
    const { data } = parseTimeline(csv, { format: 'csv' });
    // Every event is in the list, in order, with its date for machines and for readers.
    const items = [...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual(data.events.map((e) => e.id));
    expect(html).toContain('<time datetime="1815-12-10">');
    // The data is our JSON (no importer needed), and the page has no src or href to another file.
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json).events).toHaveLength(data.events.length);
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    expect(markup).not.toMatch(/\ssrc=|<link\b|url\(/);
    // The CSV's rich text needs the reader of rich text and the sanitiser, and every drawing the code that
    // places labels shown on hover: all inline, as data: URLs.
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/s.exec(html)![1]!) as { imports: Record<string, string> };
    expect(Object.keys(map.imports)).toEqual([
      expect.stringMatching(/^\.\/chunks\/hover-labels-[\w-]+\.js$/), expect.stringMatching(/^\.\/chunks\/html-text-[\w-]+\.js$/), expect.stringMatching(/^\.\/chunks\/sanitizer-[\w-]+\.js$/),
    ]);
    expect(Object.values(map.imports).every((v) => v.startsWith('data:text/javascript;base64,'))).toBe(true);
  });

  test('hostile text stays text: one script element ends where it should, links are http(s) only', async () => {
    const { written } = await page('x.json', hostile, '-o', 'x.html');
    const html = written.get('x.html')!;
    // Exactly the three scripts the page writes (the import map of the code placing hover labels, the data and the bundle), each closed once.
    expect(html.match(/<script\b/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<!--');
    expect(html).toContain('<h2>A &lt;/script&gt; title &amp; more</h2>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=%222%22">good</a>');
  });

  test('a language other than English comes inline too; without -o the page is printed', async () => {
    const { code, out, written } = await page('x.json', hostile, '--locale', 'ja');
    expect(code).toBe(0);
    expect(written.size).toBe(0);
    expect(out[0]).toContain('<html lang="ja">');
    expect(out[0]).toMatch(/"\.\/chunks\/ja-[\w-]+\.js":"data:text\/javascript;base64,/);
  });

  test('usage errors, and data without events writes nothing', async () => {
    expect((await page('x.json', hostile, '-o')).code).toBe(2);
    expect((await page('x.json', hostile, '--locale', 'not a tag!')).code).toBe(2);
    const empty = await page('x.json', '{"events": []}', '-o', 'x.html');
    expect(empty.code).toBe(1);
    expect(empty.written.size).toBe(0);
    expect((await runCli(['validate', 'x.json', '-o', 'y'], { readFile: async () => hostile, out: () => {}, err: () => {} }))).toBe(2);
  });
});

describe('the one-file page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser?.close());

  /** Opens the written page at a made-up address, answering nothing else; returns every URL asked for. */
  async function open(html: string, javaScriptEnabled: boolean) {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/*', (route) => (route.request().url() === 'http://site.test/timeline.html'
      ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
      : route.fulfill({ status: 404, body: '' })));
    await page.goto('http://site.test/timeline.html');
    return { page, requests, errors, close: () => context.close() };
  }

  test('without JavaScript: the title and every event as a list', async () => {
    const html = (await page('sheet.csv', csv, '-o', 't.html')).written.get('t.html')!;
    const { data } = parseTimeline(csv, { format: 'csv' });
    const site = await open(html, false);
    try {
      expect(await site.page.locator('news-timeline h1').textContent()).toBe(data.title);
      const headings = await site.page.locator('news-timeline ol > li h2').allTextContents();
      expect(headings).toEqual(data.events.map((e) => e.title));
      expect(await site.page.evaluate(() => document.querySelector('news-timeline > ol')!.checkVisibility())).toBe(true);
    } finally {
      await site.close();
    }
  }, 60_000);

  test('with JavaScript: the timeline, with rich text, and no request but the page', async () => {
    const html = (await page('sheet.csv', csv, '-o', 't.html')).written.get('t.html')!;
    const { data } = parseTimeline(csv, { format: 'csv' });
    const site = await open(html, true);
    try {
      const { page: p } = site;
      await p.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="event"]'), undefined, { timeout: 20_000 });
      const ids = await p.locator('news-timeline').locator('[part~="event"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']));
      expect(ids).toEqual(data.events.map((e) => e.id));
      // The list written for readers without JavaScript is no longer shown.
      expect(await p.evaluate(() => document.querySelector('news-timeline > ol')!.checkVisibility())).toBe(false);
      // A card with rich text: its sanitised HTML (a link) is shown, which needs the inline parts.
      await p.evaluate(() => (document.querySelector('news-timeline') as HTMLElement & { select(id: string): void }).select(document.querySelector('news-timeline li')!.id));
      await p.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="detail"] a[href*="wikipedia"]'), undefined, { timeout: 20_000 });
      expect(site.requests.filter((url) => !url.startsWith('data:') && !/upload\.wikimedia\.org/.test(url))).toEqual(['http://site.test/timeline.html']);
      // The card's image is the data's own (answered 404 here); nothing else may fail.
      expect(site.errors.filter((e) => !/^Failed to load resource: .* 404/.test(e))).toEqual([]);
    } finally {
      await site.close();
    }
  }, 60_000);
});
