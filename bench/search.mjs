// The cost of a keystroke in the search box at 100,000 events: main-thread time from the `input`
// event to the end of the update it causes (filter step, plan, render), in headless Chromium, with
// the one-file bundle. Prints the median and p95 per keystroke, and the first keystroke apart (it
// builds the dataset's search text, which coming to the box normally builds beforehand).
// Usage: npm run bench:search [-- --events 100000]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv.indexOf('--events');
const COUNT = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const RUNS = 3;
// Typed, deleted and typed again: words that narrow, a second word, and backspaces that widen.
const KEYS = [...'briefing', ' ', ...'number 4', 'Backspace', 'Backspace', ...'7', '{clear}', ...'security 12'];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0];
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return void res.end(`<!doctype html><html lang="en-GB"><body style="margin:0">
      <div id="box" style="width:1200px"></div>
      <script type="module">
        import '/dist/news-timeline.bundle.js';
        import { syntheticTimeline } from '/bench/synthetic.js';
        window.syntheticTimeline = syntheticTimeline;
        window.ready = true;
      </script></body></html>`);
  }
  const path = normalize(join(root, url));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};

async function run(browser, prepared) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready);
  return page.evaluate(async ({ count, keys, prepared }) => {
    const el = document.createElement('news-timeline');
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    el.events = window.syntheticTimeline(count);
    document.getElementById('box').append(el);
    await loaded;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    await frame();
    const input = el.shadowRoot.querySelector('input[part="search"]');
    // Focus loads the search code; `prepared` waits for it and for the search text, as a reader's first keystroke usually does.
    input.focus();
    if (prepared) for (let i = 0; i < 50 && !el.shadowRoot.querySelector('[part="count"]:not(:empty)'); i++) {
      input.value = 'x';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await frame();
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await frame();
    const times = [];
    for (const key of keys) {
      input.value = key === 'Backspace' ? input.value.slice(0, -1) : key === '{clear}' ? '' : input.value + key;
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      times.push(performance.now() - t0);
      await frame();
    }
    return { times, count: el.shadowRoot.querySelector('[part="count"]').textContent };
  }, { count: COUNT, keys: KEYS, prepared });
}

await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const all = [];
  let first = [];
  let last = '';
  for (let i = 0; i < RUNS; i++) {
    const { times, count } = await run(browser, true);
    first.push(times[0]);
    all.push(...times.slice(1));
    last = count;
  }
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push((await run(browser, false)).times[0]);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`search keystroke at ${COUNT.toLocaleString('en')} events (${RUNS} runs × ${KEYS.length} keystrokes, headless Chromium, bundle)`);
  console.log(`  per keystroke: median ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}, max ${ms(Math.max(...all))}`);
  console.log(`  first keystroke after focus (search text ready): median ${ms(quantile(first, 0.5))}`);
  console.log(`  first keystroke without focus first (builds the search text): median ${ms(quantile(cold, 0.5))}`);
  console.log(`  last count shown: ${last}`);
} finally {
  await browser.close();
  server.close();
}
