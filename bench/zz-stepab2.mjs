import { launchChromium, servePage } from './page-server.mjs';
const N = Number(process.env.N ?? 1000), RUNS = Number(process.env.RUNS ?? 4), STEPS = 20;
const BUILDS = (process.env.B ?? 'dist-old,dist').split(',');
const server = await servePage(`<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px;height:600px"></div>
<script type="module">
const b = new URL(location.href).searchParams.get('b');
await import('/' + b + '/news-timeline.bundle.js');
import { syntheticTimeline } from '/bench/synthetic.js';
window.syntheticTimeline = syntheticTimeline; window.ready = true;
</script></body></html>`);
const browser = await launchChromium();
const res = Object.fromEntries(BUILDS.map((b) => [b, []]));
const td = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
async function settle(cdp) { let last = await td(cdp); for (let i = 0; i < 20; i++) { await new Promise((r) => setTimeout(r, 100)); const now = await td(cdp); if ((now - last) * 1000 < 5) return; last = now; } }
for (let r = 0; r < RUNS; r++) for (const b of BUILDS) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(server.origin + '/?b=' + b); await page.waitForFunction(() => window.ready === true);
  await page.evaluate((n) => { window.data = window.syntheticTimeline(n); }, N);
  await page.waitForTimeout(1000); await settle(cdp);
  const first = await page.evaluate(async (steps) => {
    const el = document.createElement('news-timeline');
    const t0 = performance.now();
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    el.events = window.data; document.getElementById('box').append(el);
    await loaded; window.el = el;
    window.frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await window.frame();
    const times = window.data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
    const f = times[0], l = times[times.length - 1], w = Math.max((l - f) / 4, 86400000 * 30);
    const list = [['zoom', f, f + w]];
    for (let i = 1; i <= steps; i++) { const s = f + ((l - f - w) * i) / steps; list.push(['pan', s, s + w]); }
    for (let i = 0; i < steps; i++) { const mid = f + (l - f) / 2, half = ((l - f) / 4) * (i % 2 ? 2 : 0.5); list.push(['zoom', mid - half, mid + half]); }
    window.plan = list;
    return performance.now() - t0;
  }, STEPS);
  const steps = [];
  for (let i = 0; i < 1 + 2 * STEPS; i++) {
    await settle(cdp);
    const a = await td(cdp);
    const kind = await page.evaluate(async (i) => { const [k, s, e] = window.plan[i]; window.el.zoomTo(new Date(s), new Date(e)); await window.frame(); return k; }, i);
    steps.push([kind, ((await td(cdp)) - a) * 1000]);
  }
  res[b].push({ first, steps });
  await context.close();
}
const q = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];
for (const b of BUILDS) {
  const runs = res[b];
  const pans = runs.flatMap((r) => r.steps.filter((s) => s[0] === 'pan').map((s) => s[1]));
  const zooms = runs.flatMap((r) => r.steps.filter((s) => s[0] === 'zoom').map((s) => s[1]));
  console.log(N, b.padEnd(9), 'first', q(runs.map((r) => r.first), 0.5).toFixed(1), '| pan med/p95', q(pans, 0.5).toFixed(1), q(pans, 0.95).toFixed(1), '| zoom med/p95', q(zooms, 0.5).toFixed(1), q(zooms, 0.95).toFixed(1));
  console.log('   by index (median over runs):', Array.from({ length: 1 + 2 * STEPS }, (_, i) => q(runs.map((r) => r.steps[i][1]), 0.5).toFixed(0)).join(' '));
}
await browser.close(); server.close();
