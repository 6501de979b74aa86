import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
const root = resolve(import.meta.dirname, '..');
const N = Number(process.argv[2] ?? 1000);
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0];
  if (url === '/') { res.writeHead(200, { 'Content-Type': 'text/html' }); return void res.end(`<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px;height:600px"></div><script type="module">import '/dist/news-timeline.bundle.js'; import { syntheticTimeline } from '/bench/synthetic.js'; window.syntheticTimeline = syntheticTimeline; window.ready = true;</script></body></html>`); }
  const path = normalize(join(root, url));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': { '.js': 'text/javascript', '.json': 'application/json' }[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => window.ready === true);
await page.evaluate((x) => (window.EXTRA = x), process.env.EXTRA ?? '');
console.log(await page.evaluate(async (N) => {
  const el = document.createElement('news-timeline'); document.getElementById('box').append(el);
  const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
  el.events = window.syntheticTimeline(N); await loaded;
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await frame();
  { const times = el.events.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
    const first = times[0], last = times[times.length - 1], width = (last - first) / 4;
    el.zoomTo(new Date(first + width), new Date(first + 2 * width)); await el.updateComplete; await frame(); }
  if (window.EXTRA) { const st = document.createElement('style'); st.textContent = window.EXTRA; el.shadowRoot.append(st); await frame(); }
  const root = el.shadowRoot; const force = () => root.querySelector('svg').getBoundingClientRect();
  const buttons = [...root.querySelectorAll('button.event')];
  const out = { buttons: buttons.length, clusters: root.querySelectorAll('button.cluster').length, all: root.querySelectorAll('*').length, svg: root.querySelectorAll('svg *').length, labelsVisible: root.querySelectorAll('.label:not(.tucked)').length };
  const time = async (name, fn) => { const ts = []; for (let i = 0; i < 8; i++) { fn(i); const t = performance.now(); force(); ts.push(performance.now() - t); await frame(); } ts.sort((a, b) => a - b); out[name] = ts[4].toFixed(2); };
  await time('noop', () => {});
  await time('moveAll', (i) => buttons.forEach((b) => (b.style.left = (parseFloat(b.style.left) + (i % 2 ? 1 : -1)) + 'px')));
  await time('moveOne', (i) => (buttons[5].style.left = (parseFloat(buttons[5].style.left) + (i % 2 ? 1 : -1)) + 'px'));
  const li = buttons[5].parentElement;
  await time('reinsertOne', () => li.parentElement.append(li));
  const clones = buttons.slice(0, 60).map((b) => b.parentElement);
  await time('reinsert60', () => clones.forEach((l) => l.parentElement.append(l)));
  const fresh = buttons.slice(0, 60).map((b) => b.parentElement);
  await time('clone60', () => fresh.forEach((l, k) => { const c = l.cloneNode(true); l.replaceWith(c); fresh[k] = c; }));
  return out;
}, N));
await browser.close(); server.close();
