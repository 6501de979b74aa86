// Pan step breakdown at N events: script (zoomTo → updateComplete) vs style+layout (forced read), plus a CPU profile.
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
const root = resolve(import.meta.dirname, '..');
const N = Number(process.argv[2] ?? 1000);
const BUNDLE = process.env.BUNDLE ?? '/dist/news-timeline.bundle.js';
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0];
  if (url === '/') { res.writeHead(200, { 'Content-Type': 'text/html' }); return void res.end(`<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px;height:600px"></div><script type="module">import '${BUNDLE}'; import { syntheticTimeline } from '/bench/synthetic.js'; window.syntheticTimeline = syntheticTimeline; window.ready = true;</script></body></html>`); }
  const path = normalize(join(root, url));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': { '.js': 'text/javascript', '.json': 'application/json' }[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => window.ready === true);
await page.evaluate((x) => (window.STEP = x), Number(process.env.STEP ?? 0));
await page.evaluate((x) => (window.ZOOM = x), Boolean(process.env.ZOOM));
await page.evaluate((x) => (window.ZSTEP = x), Number(process.env.ZSTEP ?? 0));
await page.evaluate(async ([N, extra]) => {
  const el = document.createElement('news-timeline'); document.getElementById('box').append(el);
  const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
  el.events = window.syntheticTimeline(N); await loaded; window.el = el;
  if (extra) { const st = document.createElement('style'); st.textContent = extra; el.shadowRoot.append(st); }
}, [N, process.env.EXTRA ?? '']);
const run = (steps) => page.evaluate(async (steps) => {
  const el = window.el; const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const data = el.events; const times = data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
  const first = times[0], last = times[times.length - 1], width = Math.max((last - first) / 4, 86_400_000 * 30);
  const s = [], l = [];
  for (let i = 0; i < steps; i++) {
    const mid = first + (last - first) / 2, half = window.ZSTEP ? ((last - first) / 8) / window.ZSTEP ** i : ((last - first) / 4) * (i % 2 ? 2 : 0.5);
    const start = window.ZOOM ? mid - half : window.STEP ? first + width + width * window.STEP * i : first + ((last - first - width) * i) / steps;
    const end = window.ZOOM ? mid + half : start + width;
    const t = performance.now(); el.zoomTo(new Date(start), new Date(end)); await el.updateComplete;
    const t1 = performance.now(); el.shadowRoot.querySelector('svg')?.getBoundingClientRect(); const t2 = performance.now();
    s.push(t1 - t); l.push(t2 - t1); await frame();
  }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const p95 = (a) => [...a].sort((x, y) => x - y)[Math.ceil(a.length * 0.95) - 1];
  return { script: [med(s), p95(s)], layout: [med(l), p95(l)], total: [med(s.map((x, i) => x + l[i])), p95(s.map((x, i) => x + l[i]))], nodes: el.shadowRoot.querySelectorAll('*').length };
}, steps);
console.log('warm', JSON.stringify(await run(10)));
if (process.env.TRACE) {
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
  console.log('trace', JSON.stringify(await run(10)));
  await cdp.send('Tracing.end'); await done;
  const agg = new Map();
  for (const e of events) {
    if (e.ph !== 'X' && e.ph !== 'B') continue;
    const k = e.name; const a = agg.get(k) ?? { n: 0, dur: 0 }; a.n++; a.dur += (e.dur ?? 0) / 1000; agg.set(k, a);
  }
  for (const [k, a] of [...agg].sort((x, y) => y[1].dur - x[1].dur).slice(0, 25)) console.log(a.dur.toFixed(1).padStart(8), String(a.n).padStart(5), k);
  for (const e of events.filter((e) => e.name === 'Layout' && e.args?.beginData).slice(-6)) console.log('Layout', JSON.stringify(e.args.beginData), (e.dur ?? 0) / 1000);
  for (const e of events.filter((e) => e.name === 'UpdateLayoutTree').slice(-6)) console.log('Style', JSON.stringify(e.args?.elementCount ?? e.args), (e.dur ?? 0) / 1000);
  writeFileSync('/tmp/pan.trace.json', JSON.stringify(events));
}
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
console.log('prof', JSON.stringify(await run(30)));
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/pan.cpuprofile', JSON.stringify(profile));
await browser.close(); server.close();
