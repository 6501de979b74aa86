// Runs axe-core on every gallery page in light and dark schemes, before and after opening a card.
//   node scripts/axe-gallery.mjs                          serves the gallery itself (CI does this)
//   node scripts/axe-gallery.mjs http://127.0.0.1:5173/   checks a gallery that is already running
// Prints each violation and exits 1 when there is any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { GALLERY_PAGES } from '../examples/pages.js';

let server = null;
let base = process.argv[2];
if (!base) {
  const { createServer } = await import('vite');
  server = await createServer({ configFile: 'examples/vite.config.js', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls.local[0];
}
const pages = GALLERY_PAGES.map(({ file }) => (file === 'index.html' ? '' : file));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let failures = 0;
for (const colorScheme of ['light', 'dark']) {
  const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce', viewport: { width: 1000, height: 900 } });
  for (const path of pages) {
    const page = await context.newPage();
    await page.goto(new URL(path, base).href);
    // Upgraded and drawn (a server-rendered page has its shadow DOM before the element is defined).
    await page.waitForFunction(() => customElements.get('news-timeline') &&
      [...document.querySelectorAll('news-timeline')].every((el) => typeof el.next === 'function' && el.shadowRoot?.querySelector('[part~="event"], [part~="cluster"]')));
    await page.addScriptTag({ content: axeSource });
    for (const state of ['before', 'card open']) {
      if (state === 'card open') {
        // A different event in each timeline, as readers would (two cards on one event share a name).
        await page.evaluate(() => document.querySelectorAll('news-timeline').forEach((el, i) => { for (let n = 0; n < 3 + i; n++) el.next(); }));
        await page.waitForFunction(() => [...document.querySelectorAll('news-timeline')].every((el) => el.shadowRoot.querySelector('[part~="detail"]')));
      }
      const violations = await page.evaluate((t) => window.axe.run(document, { runOnly: { type: 'tag', values: t } }).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary.split('\n')[1] ?? ''}`))), tags);
      console.log(`${violations.length ? '✗' : '✓'} ${path || 'index.html'} · ${colorScheme} · ${state}`);
      for (const v of violations) console.log(`    ${v}`);
      failures += violations.length;
    }
    await page.close();
  }
  await context.close();
}
await browser.close();
await server?.close();
console.log(failures ? `${failures} accessibility violations.` : 'No accessibility violations on any gallery page.');
process.exit(failures ? 1 : 0);
