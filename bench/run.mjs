// `npm run bench`: drives headless Chromium (the system Chromium the tests use) over the budget sizes
// and prints medians and p95s of first render, pan step, zoom step, DOM nodes and heap, plus the
// bundle's gzipped size. Writes bench/results/latest.json and exits non-zero when a budget is missed.
// A script, not a test: timings never sit inside a unit test.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { runAdversarial } from './adversarial.mjs';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');

// Budgets from the performance issue (headless Chromium, 1200×600 container).
const BUDGETS = [
  { events: 7, firstRender: 20, step: 8, nodes: null, heapMB: null },
  { events: 1_000, firstRender: 60, step: 12, nodes: 2_500, heapMB: 15 },
  { events: 10_000, firstRender: 150, step: 16, nodes: 2_500, heapMB: 30 },
  { events: 100_000, firstRender: 1_000, step: 33, nodes: 2_500, heapMB: 120 },
];
const BUNDLE_BUDGET_KB = 48;
const RUNS = quick ? 2 : 5;
const STEPS = quick ? 10 : 30;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0];
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return void res.end(`<!doctype html><html lang="en-GB"><body style="margin:0">
      <div id="box" style="width:1200px;height:600px"></div>
      <script type="module">
        import '/dist/news-timeline.bundle.js';
        import { syntheticTimeline } from '/bench/synthetic.js';
        window.syntheticTimeline = syntheticTimeline;
        window.ready = true;
      </script></body></html>`);
  }
  if (url === '/blank') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return void res.end('<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px;height:600px"></div></body></html>');
  }
  const path = normalize(join(root, url));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
};
const median = (values) => quantile(values, 0.5);

/** One fresh page: set the data, wait for the frame after render, then step the view. */
async function measure(browser, size, article) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready === true);
  const result = await page.evaluate(async ({ size, article, steps: wantedSteps }) => {
    let steps = wantedSteps;
    const data = article ?? window.syntheticTimeline(size);
    const box = document.getElementById('box');
    const el = document.createElement('news-timeline');
    box.append(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The floor under any first render: two frames on this page with nothing to do.
    const floors = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await frame();
      floors.push(performance.now() - t);
    }
    const frameFloor = floors.sort((a, b) => a - b)[2];
    const waiting = el.shadowRoot.innerHTML;
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    const t0 = performance.now();
    el.events = data;
    await loaded;
    await frame();
    const firstRender = performance.now() - t0;
    // A view step that takes seconds needs few samples to be known; keep the run within minutes.
    if (firstRender > 5_000) steps = Math.min(steps, 3);
    const nodes = el.shadowRoot.querySelectorAll('*').length;
    // The markup and styles drawn, to time the browser alone showing them (renderSameDom).
    const sameDom = {
      waiting,
      html: el.shadowRoot.innerHTML,
      css: [...el.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    };
    // Pan and zoom steps: main-thread time from the call to the end of the update and its layout,
    // split into our script (to the end of the update) and the browser's style and layout.
    const stepTimes = { pan: [], zoom: [] };
    const scriptPart = { pan: [], zoom: [] };
    const step = async (kind, start, end) => {
      const t = performance.now();
      el.zoomTo(new Date(start), new Date(end));
      await el.updateComplete;
      scriptPart[kind].push(performance.now() - t);
      el.shadowRoot.querySelector('svg')?.getBoundingClientRect();
      stepTimes[kind].push(performance.now() - t);
      await frame();
    };
    if (typeof el.zoomTo === 'function' && typeof el.fit === 'function') {
      const times = data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
      const first = times[0];
      const last = times[times.length - 1];
      const width = Math.max((last - first) / 4, 86_400_000 * 30);
      // From the whole timeline to the first pan window is a zoom, and timed as one.
      await step('zoom', first, first + width);
      for (let i = 1; i <= steps; i++) {
        const start = first + ((last - first - width) * i) / steps;
        await step('pan', start, start + width);
      }
      for (let i = 0; i < steps; i++) {
        const factor = i % 2 ? 2 : 0.5;
        const mid = first + (last - first) / 2;
        const half = ((last - first) / 4) * factor;
        await step('zoom', mid - half, mid + half);
      }
    }
    return { firstRender, nodes, ...stepTimes, scriptPart, frameFloor, sameDom };
  }, { size, article, steps: STEPS });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  const { sameDom, ...rest } = result;
  return { ...rest, sameDomRender: await renderSameDom(browser, sameDom), heapMB: heap.usedSize / 1024 / 1024 };
}

/**
 * The floor under a first render of this DOM: in a fresh page without our bundle, a shadow root with
 * the same styles shows what the element showed while waiting; then the nodes the element drew (made
 * before the clock starts) replace them in one call, timed like the element (to the frame after, two
 * rAFs). No script runs, so what is left is the browser's style, layout and paint, and the frame
 * clock: whatever makes these nodes, showing them costs at least this (give or take the noise).
 */
async function renderSameDom(browser, { waiting, html, css }) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/blank`);
  const time = await page.evaluate(async ({ waiting, html, css }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    document.getElementById('box').append(host);
    // What the element showed while it waited for data, as it did before its clock started.
    root.innerHTML = waiting;
    // The nodes are made before the clock starts: what is timed is only showing them.
    const template = document.createElement('template');
    template.innerHTML = html;
    const nodes = document.importNode(template.content, true);
    for (let i = 0; i < 6; i++) await frame();
    const t0 = performance.now();
    root.replaceChildren(nodes);
    await frame();
    return performance.now() - t0;
  }, { waiting, html, css });
  await page.close();
  return time;
}

await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const article = JSON.parse(readFileSync(join(root, 'examples/data/japan-nato-2022-2023.json'), 'utf8'));
const rows = [];
let failed = false;
try {
  for (const budget of BUDGETS) {
    const runs = [];
    const count = budget.events === 100_000 ? Math.min(RUNS, 3) : RUNS;
    for (let i = 0; i < count; i++) runs.push(await measure(browser, budget.events, budget.events === 7 ? article : null));
    const steps = (key) => runs.flatMap((r) => r[key]);
    const row = {
      events: budget.events === 7 ? article.events.length : budget.events,
      label: budget.events === 7 ? 'the article' : String(budget.events),
      firstRender: { median: median(runs.map((r) => r.firstRender)), p95: quantile(runs.map((r) => r.firstRender), 0.95) },
      pan: { median: median(steps('pan')), p95: quantile(steps('pan'), 0.95) },
      zoom: { median: median(steps('zoom')), p95: quantile(steps('zoom'), 0.95) },
      nodes: Math.max(...runs.map((r) => r.nodes)),
      sameDomRender: median(runs.map((r) => r.sameDomRender)),
      panScript: median(runs.flatMap((r) => r.scriptPart.pan)),
      panLayout: median(runs.flatMap((r) => r.pan.map((t, i) => t - r.scriptPart.pan[i]))),
      zoomScript: median(runs.flatMap((r) => r.scriptPart.zoom)),
      zoomLayout: median(runs.flatMap((r) => r.zoom.map((t, i) => t - r.scriptPart.zoom[i]))),
      frameFloor: median(runs.map((r) => r.frameFloor)),
      heapMB: median(runs.map((r) => r.heapMB)),
      budget,
    };
    const misses = [];
    if (row.firstRender.median > budget.firstRender) misses.push('first render');
    if (Number.isNaN(row.pan.p95)) misses.push('pan (no zoomTo API)');
    else if (row.pan.p95 > budget.step) misses.push('pan step');
    if (!Number.isNaN(row.zoom.p95) && row.zoom.p95 > budget.step) misses.push('zoom step');
    if (budget.nodes !== null && row.nodes > budget.nodes) misses.push('DOM nodes');
    if (budget.heapMB !== null && row.heapMB > budget.heapMB) misses.push('heap');
    row.misses = misses;
    failed ||= misses.length > 0;
    rows.push(row);
    console.error(`measured ${row.label}`);
  }
} finally {
  await browser.close();
  server.close();
}

const bundleKB = gzipSync(readFileSync(join(root, 'dist/news-timeline.bundle.js')), { level: 9 }).length / 1024;
const f = (n, digits = 1) => (Number.isNaN(n) ? '—' : n.toFixed(digits));
const lines = [
  '| events | first render ms (median / p95) | pan step ms (median / p95) | zoom step ms (median / p95) | DOM nodes | heap MB | budgets missed |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.label} | ${f(r.firstRender.median)} / ${f(r.firstRender.p95)} (≤ ${r.budget.firstRender}) | ${f(r.pan.median)} / ${f(r.pan.p95)} (≤ ${r.budget.step}) | ${f(r.zoom.median)} / ${f(r.zoom.p95)} | ${r.nodes}${r.budget.nodes ? ` (≤ ${r.budget.nodes})` : ''} | ${f(r.heapMB)}${r.budget.heapMB ? ` (≤ ${r.budget.heapMB})` : ''} | ${r.misses.join(', ') || 'none'} |`),
  '',
  `Bundle: dist/news-timeline.bundle.js ${f(bundleKB)} KB gzipped (≤ ${BUNDLE_BUDGET_KB}).`,
  `Two idle frames (the floor under any first render, as measured): ${f(median(rows.map((r) => r.frameFloor)))} ms median.`,
  '',
  'Where the time goes (medians). "Same DOM, no script": the browser alone showing the nodes the element',
  'drew at first render (made beforehand), in a fresh page, timed the same way. A step is our script (to',
  "the end of the update), then the browser's style and layout (the median of each part).",
  '',
  '| events | first render ms | same DOM, no script ms | pan step ms: script + layout | zoom step ms: script + layout |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.label} | ${f(r.firstRender.median)} | ${f(r.sameDomRender)} | ${f(r.panScript)} + ${f(r.panLayout)} | ${f(r.zoomScript)} + ${f(r.zoomLayout)} |`),
];
if (bundleKB > BUNDLE_BUDGET_KB) failed = true;
console.log(lines.join('\n'));
// Hostile input: every step from bytes to pixels stays linear (bench/adversarial.mjs prints its tables).
console.log('');
if (await runAdversarial()) failed = true;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const record = { date: new Date().toISOString(), runs: RUNS, steps: STEPS, bundleKB, rows, table: lines.join('\n') };
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(record, null, 2) + '\n');
process.exit(failed ? 1 : 0);
