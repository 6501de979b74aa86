// `npm run bench:update`: how long a developing story's update takes in headless Chromium, for 1,000, 10,000
// and 100,000 events: from `refresh()` to the frame after `news-timeline-update`, when the server sends a new
// version of `src` (1 % of the events added, 1 % changed, 1 % removed); the same when the page sets `events`;
// and a refresh answered 304, which draws nothing. Beside them, the first render of the same data (set as
// `events`, as `npm run bench` times it), measured in the same run so that a loaded machine slows both alike.
// Prints medians of five runs. A script, not a test.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { syntheticTimeline } from './synthetic.js';

const root = resolve(import.meta.dirname, '..');
const SIZES = [1_000, 10_000, 100_000];
const RUNS = 5;

/** The next version of a dataset: every hundredth event dropped, every hundredth retitled, and as many new ones. */
function nextVersion(data) {
  const n = data.events.length;
  const events = data.events
    .filter((_, i) => i % 100 !== 1)
    .map((e, i) => (i % 100 === 2 ? { ...e, title: `${e.title} (updated)`, updates: [{ date: '2025-01-02', text: 'Retitled.' }] } : e));
  for (let i = 0; i < n / 100; i++) events.push({ id: `new-${i}`, start: `2024-0${1 + (i % 9)}-1${i % 10}`, title: `New event ${i}`, group: 'politics' });
  return { ...data, events };
}

let story = { body: '', etag: '' };
const types = { '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0];
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return void res.end(`<!doctype html><html lang="en-GB"><body style="margin:0">
      <div id="box" style="width:1200px"></div>
      <script type="module">import '/dist/news-timeline.bundle.js'; window.ready = true;</script></body></html>`);
  }
  if (url === '/story.json') {
    if (req.headers['if-none-match'] === story.etag) return void res.writeHead(304, { ETag: story.etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: story.etag, 'Cache-Control': 'no-cache' });
    return void res.end(story.body);
  }
  const path = normalize(join(root, url));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const publish = (data, tag) => void (story = { body: JSON.stringify(data), etag: `"${tag}"` });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One fresh page per run: load version 1, then time one kind of update. */
async function run(size, kind) {
  const first = syntheticTimeline(size);
  const second = nextVersion(first);
  publish(first, `${size}-1`);
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready === true);
  await page.evaluate(async ({ kind, first }) => {
    const el = document.createElement('news-timeline');
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.getElementById('box').append(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t0 = performance.now();
    if (kind === 'src') el.src = '/story.json';
    else el.events = first;
    await loaded;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.firstRender = performance.now() - t0;
    el.zoomTo('2010-01-01', '2012-01-01');
    await el.updateComplete;
  }, { kind, first: kind === 'src' ? null : first });
  if (kind === 'first') return { ms: await page.evaluate(() => window.firstRender), update: null };
  if (kind === 'src') publish(second, `${size}-2`);
  const result = await page.evaluate(async ({ kind, second }) => {
    const el = document.querySelector('news-timeline');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frame();
    let update = null;
    el.addEventListener('news-timeline-update', (e) => (update = { added: e.added.length, changed: e.changed.length, removed: e.removed.length }));
    const t0 = performance.now();
    if (kind === 'events') {
      el.events = second;
      await el.updateComplete;
    } else await el.refresh();
    await frame();
    return { ms: performance.now() - t0, update };
  }, { kind, second: kind === 'events' ? second : null });
  await page.close();
  return result;
}

const rows = [];
const notes = [];
for (const size of SIZES) {
  // A file past the parser's input limit (LIMITS.inputChars) is refused, so it cannot be a version of src.
  const fits = JSON.stringify(nextVersion(syntheticTimeline(size))).length <= 10_000_000;
  if (!fits) notes.push(`${size.toLocaleString('en')} events as JSON exceed the 10,000,000-character input limit: src rows left out.`);
  for (const kind of fits ? ['first', 'src', 'events', '304'] : ['first', 'events']) {
    const times = [];
    let update = null;
    for (let i = 0; i < RUNS; i++) {
      const { ms, update: seen } = await run(size, kind === '304' ? 'src' : kind);
      times.push(ms);
      update ??= seen;
      if (kind === '304') break;
    }
    rows.push({ size, kind, times, update });
  }
  // A 304 measured on its own: the second refresh of an unchanged src.
  const row = rows.find((r) => r.size === size && r.kind === '304');
  if (!row) continue;
  row.times = [];
  for (let i = 0; i < RUNS; i++) {
    publish(syntheticTimeline(size), `${size}-same`);
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.ready === true);
    row.times.push(await page.evaluate(async () => {
      const el = document.createElement('news-timeline');
      const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
      el.src = '/story.json';
      document.getElementById('box').append(el);
      await loaded;
      // Past the renders that follow a first one (measuring, idle work), so any render counted is the refresh's.
      await new Promise((r) => setTimeout(r, 500));
      let renders = 0;
      const render = el.render.bind(el);
      el.render = () => (renders++, render());
      const t0 = performance.now();
      await el.refresh();
      const ms = performance.now() - t0;
      if (renders) throw new Error('a 304 rendered');
      return ms;
    }));
    await page.close();
  }
  row.update = null;
}
await browser.close();
server.close();

console.log('Applying an update (median of 5 runs, headless Chromium, 1200 px):');
const label = { first: 'first render (for comparison)', src: 'refresh() of src, new version', events: 'new `events`', '304': 'refresh() of src, 304' };
for (const { size, kind, times, update } of rows) {
  const what = update ? ` (+${update.added} ~${update.changed} −${update.removed})` : '';
  console.log(`  ${size.toLocaleString('en')} events · ${label[kind].padEnd(30)} ${median(times).toFixed(1).padStart(8)} ms${what}`);
}
for (const note of notes) console.log(`  ${note}`);
