// `node bench/profile.mjs [--events N] [--runs N] [--cpu 4] [--cold]`: where a small timeline's first
// render goes. In fresh pages, as bench/compare.mjs times ours (the element made, given its data and
// connected in one go, a second after the page loaded, to `news-timeline-load` and the frame after), with
// a Chromium trace around it. `--cold` makes the element the moment the bundle has run, before the page
// is ever idle: what a page whose timeline is in its HTML gets. Prints the median of each kind of main-
// thread work (our script, style, layout, paint) and the script functions that took longest, with the
// cost of a page's first Intl object measured on its own. A script, not a test. Run after a build.
import { arg, launchChromium, servePage } from './page-server.mjs';
import { sourceOf } from './source-names.mjs';

const EVENTS = arg('events', 'article');
const RUNS = Number(arg('runs', 7));
const CPU = Number(arg('cpu', 1));
const COLD = process.argv.includes('--cold');

const server = await servePage(`<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px"></div>
      <script type="module">
        window.bundle = () => import('/dist/news-timeline.bundle.js');
        if (!location.search.includes('cold')) await window.bundle();
        import { syntheticTimeline } from '/bench/synthetic.js';
        window.syntheticTimeline = syntheticTimeline;
        window.article = await (await fetch('/examples/data/japan-nato-2022-2023.json')).json();
        window.ready = true;
      </script></body></html>`);
const { origin } = server;

const browser = await launchChromium();

/** Trace events by kind: what each stands for in a first render. */
const KINDS = {
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint',
  Layerize: 'paint', UpdateLayer: 'paint', CompositeLayers: 'paint', Commit: 'paint', 'ParseAuthorStyleSheet': 'style',
};

async function profileOnce() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(COLD ? `${origin}/?cold` : origin);
  await page.waitForFunction(() => window.ready === true);
  // A quiet page first, as the side-by-side benchmark starts every library.
  if (!COLD) await page.waitForTimeout(1000);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const total = await page.evaluate(async ([events, cold]) => {
    const data = events === 'article' ? window.article : window.syntheticTimeline(Number(events));
    // Cold: the bundle runs, and the element is made at once, as the parser would upgrade it.
    if (cold) await window.bundle();
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    performance.mark('start');
    const t0 = performance.now();
    const el = document.createElement('news-timeline');
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    el.events = data;
    document.getElementById('box').append(el);
    await loaded;
    const load = performance.now() - t0;
    await frame();
    performance.mark('end');
    return { load, total: performance.now() - t0 };
  }, [EVENTS, COLD]);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  await page.close();

  const start = events.find((e) => e.name === 'start' && e.ph === 'R' || e.name === 'start' && e.cat.includes('user_timing'))?.ts;
  const end = events.find((e) => e.name === 'end' && e.cat.includes('user_timing'))?.ts;
  const within = (e) => e.ph === 'X' && e.ts >= start && e.ts + e.dur <= end;
  const kinds = { script: 0, style: 0, layout: 0, paint: 0 };
  // Top-level work only: a Layout inside a FunctionCall is the script's forced layout, counted once, as layout.
  for (const e of events.filter(within)) {
    const kind = KINDS[e.name];
    if (kind) kinds[kind] += e.dur / 1000;
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction' || e.name === 'RunMicrotasks') kinds.script += e.dur / 1000;
  }
  // Script includes forced style and layout inside it: take those out.
  const forced = events.filter(within).filter((e) => KINDS[e.name] && events.some((p) => (p.name === 'FunctionCall' || p.name === 'RunMicrotasks') && p.ph === 'X' && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur))
    .reduce((n, e) => n + e.dur / 1000, 0);
  kinds.script -= forced;

  // Self time per function from the CPU profile, and time inside Intl constructors and format calls.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const key = `${node.callFrame.functionName || '(anonymous)'} ${sourceOf(node.callFrame)}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return { ...total, ...kinds, self };
}

/** A page's first Intl object, alone: what ICU's data costs the first formatter of a page. */
async function firstIntl() {
  const page = await browser.newPage();
  await page.goto(`${origin}/?cold`);
  await page.waitForFunction(() => window.ready === true);
  const ms = await page.evaluate(() => {
    const t = performance.now();
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(0);
    return performance.now() - t;
  });
  await page.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = [];
const intl = [];
for (let i = 0; i < RUNS; i++) {
  runs.push(await profileOnce());
  intl.push(await firstIntl());
}
await browser.close();
server.close();

const f = (n) => n.toFixed(1).padStart(7);
console.log(`First render of ${EVENTS === 'article' ? 'the article' : `${EVENTS} events`}${COLD ? ', cold (made as the bundle runs)' : ', a second after load'}${CPU > 1 ? `, CPU throttled ${CPU}×` : ''}: median of ${RUNS} fresh pages (ms)`);
console.log('  to load   to frame  script   style  layout   paint');
console.log(`${f(median(runs.map((r) => r.load)))}  ${f(median(runs.map((r) => r.total)))} ${f(median(runs.map((r) => r.script)))} ${f(median(runs.map((r) => r.style)))} ${f(median(runs.map((r) => r.layout)))} ${f(median(runs.map((r) => r.paint)))}`);
console.log(`A page's first Intl.DateTimeFormat, alone: ${f(median(intl))}`);
const functions = new Map();
for (const run of runs) for (const [key, ms] of run.self) functions.set(key, (functions.get(key) ?? 0) + ms / RUNS);
console.log('\nScript self time by function (mean per run, top 15):');
for (const [key, ms] of [...functions].filter(([key]) => !/^\((idle|program|garbage collector)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, Number(arg("top", 15)))) console.log(`${f(ms)}  ${key}`);
