// `node bench/steps.mjs [--events N] [--steps N] [--zoom-factor 1.5] [--cpu 4] [--callers NAME]`: where a pan or zoom step goes. Draws N
// synthetic events (default 1000) at 1200 px, then pans across the data and zooms in and out, one step
// per frame, with a Chromium trace around them. Prints, per step, the median and p95 of each kind of
// main-thread work (our script, style, layout, paint) from the call to the frame after, and the script
// functions that took longest. A script, not a test. Run after a build.
import { arg, launchChromium, servePage, syntheticPage } from './page-server.mjs';
import { sourceOf as where } from './source-names.mjs';

const EVENTS = Number(arg('events', 1000));
const STEPS = Number(arg('steps', 30));
const CPU = Number(arg('cpu', 1));
/** How much each zoom step zooms in or out: 1.5 is the toolbar's step, a wheel's notch is nearer 1.1. */
const FACTOR = Number(arg('zoom-factor', 1.5));

const server = await servePage(syntheticPage());

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
await page.goto(`${server.origin}/`);
await page.waitForFunction(() => window.ready === true);
await page.evaluate(async (n) => {
  const el = document.createElement('news-timeline');
  el.events = window.syntheticTimeline(n);
  const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
  document.getElementById('box').append(el);
  await loaded;
  window.el = el;
}, EVENTS);
await page.waitForTimeout(1000);

await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const trace = [];
cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
await cdp.send('Profiler.start');
await page.evaluate(async ([steps, factor]) => {
  const el = window.el;
  const times = el.events.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  const width = (last - first) / 4;
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const step = async (name, i, start, end) => {
    performance.mark(`${name}-${i}-start`);
    el.zoomTo(new Date(start), new Date(end));
    await frame();
    performance.mark(`${name}-${i}-end`);
  };
  el.zoomTo(new Date(first), new Date(first + width));
  await frame();
  // Pans: a twentieth of the window each, as a drag or an arrow key moves it.
  for (let i = 0; i < steps; i++) {
    const start = first + (width / 20) * (i + 1);
    await step('pan', i, start, start + width);
  }
  // Zooms: in and out by the toolbar's factor about the middle.
  for (let i = 0; i < steps; i++) {
    const middle = (first + last) / 2;
    const half = (width / 2) * (i % 2 ? 1 : 1 / factor);
    await step('zoom', i, middle - half, middle + half);
  }
}, [STEPS, FACTOR]);
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await done;
await browser.close();
server.close();

const KINDS = { UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', UpdateLayer: 'paint', Commit: 'paint' };
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire']);
const mark = (name) => trace.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
const complete = trace.filter((e) => e.ph === 'X' && e.dur !== undefined);
const scripts = complete.filter((e) => SCRIPT.has(e.name));
function breakdown(name, i) {
  const start = mark(`${name}-${i}-start`);
  const end = mark(`${name}-${i}-end`);
  // The step's own work is what falls between its marks: a task that began before the first (the
  // frame callback that made the call) counts from the mark on.
  const clipped = (e) => Math.max(0, Math.min(end, e.ts + e.dur) - Math.max(start, e.ts)) / 1000;
  const overlaps = (e) => e.ts < end && e.ts + e.dur > start;
  const kinds = { script: 0, style: 0, layout: 0, paint: 0 };
  const top = scripts.filter(overlaps).filter((e) => !scripts.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur));
  for (const e of top) kinds.script += clipped(e);
  for (const e of complete.filter(overlaps)) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    kinds[kind] += clipped(e);
    // Style and layout a script forced are inside its time: count them once, as what they are.
    if (top.some((p) => p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur)) kinds.script -= clipped(e);
  }
  // How many layout objects the step made dirty: the work layout had, whatever the machine's speed.
  const dirty = complete.filter(overlaps).filter((e) => e.name === 'Layout').reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  return { ...kinds, total: kinds.script + kinds.style + kinds.layout + kinds.paint, dirty };
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const f = (n) => n.toFixed(1).padStart(7);
console.log(`Steps at ${EVENTS} events, 1200 px${CPU > 1 ? `, CPU throttled ${CPU}×` : ''}: main-thread work per step (ms), ${STEPS} of each`);
console.log('        work median / p95   script  style  layout  paint (medians)  objects laid out');
for (const name of ['pan', 'zoom']) {
  const steps = Array.from({ length: STEPS }, (_, i) => breakdown(name, i));
  const m = (key) => quantile(steps.map((s) => s[key]), 0.5);
  console.log(`${name.padEnd(5)} ${f(m('total'))} / ${f(quantile(steps.map((s) => s.total), 0.95))}  ${f(m('script'))}${f(m('style'))}${f(m('layout'))}${f(m('paint'))}  ${String(m('dirty')).padStart(8)}`);
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const key = `${callFrame.functionName || '(anonymous)'} ${where(callFrame)}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log(`\nScript self time by function over all ${STEPS * 2} steps (top 12, ms):`);
for (const [key, ms] of [...self].filter(([key]) => !/^\((idle|program|garbage collector)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, Number(arg("top", 12)))) console.log(`${f(ms)}  ${key}`);

// `--callers NAME`: where the time of a function (say importNode or setAttribute) comes from: the
// nearest frame above it and the nearest two in our sources.
const callersOf = arg('callers', null);
if (callersOf) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map();
  profile.samples.forEach((id, i) => {
    if (byId.get(id).callFrame.functionName !== callersOf) return;
    const chain = [];
    let ours = 0;
    for (let p = parent.get(id); p !== undefined && ours < 2; p = parent.get(p)) {
      const { callFrame } = byId.get(p);
      const at = where(callFrame);
      if (chain.length && !at.startsWith('src/')) continue;
      if (at.startsWith('src/')) ours++;
      chain.push(`${callFrame.functionName || '(anonymous)'} ${at}`);
    }
    const key = chain.join(' ← ');
    stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\n${callersOf}, by its callers (ms):`);
  for (const [key, ms] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${f(ms)}  ${key}`);
}
