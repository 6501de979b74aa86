// `npm run bench:compare`: our element side by side with the timeline libraries people would otherwise
// pick (issue 17). Installs them at pinned versions into an OS temp folder (cached; never dependencies
// of this package), serves them with our bundle from a local server, renders the same seeded synthetic
// events (bench/synthetic.js) with each in fresh pages of one headless Chromium, and prints per size
// each library's first render and step time and our ratio to the fastest other library, taken per
// round (adjacent runs) and then the median, so a busy machine does not skew it. A second pass does the
// same with the CPU throttled 4× (information, no budgets). Each page also takes gesture-sized steps
// (a drag's 2 % of the view, a wheel notch's 1.1×), printed as information beside the budgeted steps.
// Writes bench/results/compare-latest.json and exits non-zero when a budget is missed. The in-page half,
// with each library's "done" signal and why, is bench/compare-libs.js.
//
//   node bench/compare.mjs [--sizes 10,1000,10000,100000] [--throttled-sizes article,10,1000]
//                          [--runs 5] [--steps 20] [--timeout 30] [--quick] [--no-throttled]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { median, metrics, quantile, settle } from './page-server.mjs';
import { seededRandom } from './synthetic.js';

const root = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------------
// Settings

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'throttled-sizes': { type: 'string' },
    runs: { type: 'string' },
    steps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-throttled': { type: 'boolean', default: false },
    timeout: { type: 'string' },
  },
});
const quick = args.quick;
const parseSizes = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s === 'article' ? 'article' : Number(s.replaceAll('_', ''))))
    // Smallest first (the article first): a library that times out is skipped at the sizes after.
    .sort((a, b) => (a === 'article' ? -1 : b === 'article' ? 1 : a - b));
const SIZES = parseSizes(args.sizes ?? (quick ? '10,1000' : '10,1000,10000,100000'));
const THROTTLED_SIZES = args['no-throttled'] ? [] : parseSizes(args['throttled-sizes'] ?? (quick ? 'article' : 'article,10,1000'));
const RUNS = Number(args.runs ?? (quick ? 2 : 5));
const STEPS = Number(args.steps ?? (quick ? 8 : 20));
/** Rounds from 10,000 and from 100,000 events: a round takes minutes there with the other libraries. */
const RUNS_LARGE = Math.min(RUNS, 3);
const RUNS_HUGE = Math.min(RUNS, 2);
/** The throttled pass is information: fewer rounds and steps. */
const RUNS_THROTTLED = Math.min(RUNS, 3);
const STEPS_THROTTLED = Math.min(STEPS, 10);
const TIMEOUT_MS = Number(args.timeout ?? 30) * 1000;
/** A library whose first render took this long gets only 3 steps of each kind. */
const SLOW_RENDER_MS = 5_000;
/** Step phase per page: stop stepping once it has taken this long (the steps done so far count). */
const STEP_PHASE_MS = 12_000;
/** Kinds of timed step: the budgeted pan and zoom, and gesture-sized drags and wheel notches (information; see stepWindows in compare-libs.js). */
const STEP_KINDS = ['pan', 'zoom', 'drag', 'wheel'];
const CONTAINER = { width: 1200, height: 600 };
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
for (const size of [...SIZES, ...THROTTLED_SIZES]) {
  if (size !== 'article' && !(Number.isInteger(size) && size > 0)) throw new Error(`bad size: ${size}`);
}
if (!(RUNS >= 1 && STEPS >= 1 && TIMEOUT_MS > 0)) throw new Error('--runs and --steps must be at least 1, --timeout above 0');

// Budgets from issue 17 (unthrottled pass only): our first render ÷ the fastest other library that
// finished in the same round (median over rounds), and our pan and zoom steps' main-thread work p95.
const BUDGETS = new Map([
  [10, { ratio: 1.0, step: 16 }],
  [1_000, { ratio: 0.25, step: 16 }],
  [10_000, { ratio: 0.05, step: 16 }],
  [100_000, { ratio: 0.05, firstRender: 1_000, step: 16 }],
]);

// The other libraries, pinned (current versions on npm when this was written). `files` are served
// from the temp install; each library's own stylesheet is in the page, as its docs ask.
const OTHERS = [
  {
    name: 'd3-milestones', pkg: 'd3-milestones', version: '1.6.0',
    css: ['d3-milestones/build/d3-milestones.css'], scripts: ['d3-milestones/build/d3-milestones.min.js'],
  },
  {
    name: 'vis-timeline', pkg: 'vis-timeline', version: '8.5.4',
    css: ['vis-timeline/styles/vis-timeline-graph2d.min.css'],
    scripts: ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
  },
  {
    name: 'TimelineJS', pkg: '@knight-lab/timelinejs', version: '3.9.11',
    css: ['@knight-lab/timelinejs/dist/css/timeline.css'], scripts: ['@knight-lab/timelinejs/dist/js/timeline.js'],
    scriptPath: '@knight-lab/timelinejs/dist/js/',
  },
];
const OURS = { name: 'news-timeline', ours: true };
const OURS_WAITING = { name: 'news-timeline-waiting', ours: true, info: true };
// Our first render's nodes and stylesheet shown by the browser with none of our script (not `ours`: its
// page does not load the bundle). See `sameDomOf` below and bench/compare-libs.js.
const OURS_SAME_DOM = { name: 'news-timeline-same-dom', info: true };
// The same DOM without the event buttons' labels: its steps only (see bench/compare-libs.js).
const OURS_UNLABELLED = { name: 'news-timeline-same-dom-unlabelled', info: true };
// Ours in a page that makes its timeline as the bundle runs, before `prepare` (its page does not load the bundle first).
const OURS_COLD = { name: 'news-timeline-cold', info: true };
const LIBRARIES = [OURS, OURS_WAITING, OURS_COLD, OURS_SAME_DOM, OURS_UNLABELLED, ...OTHERS];
const INFO_LABELS = new Map([[OURS_WAITING, 'ours, connected first'], [OURS_COLD, 'ours, before the page is idle'], [OURS_SAME_DOM, 'our DOM, no script'], [OURS_UNLABELLED, 'our DOM without labels, no script']]);
const label = (lib) => (lib.version ? `${lib.name} ${lib.version}` : INFO_LABELS.get(lib) ?? 'news-timeline');

// ---------------------------------------------------------------------------------------------------
// Installing the other libraries into a temp folder, once per set of versions

function installLibraries() {
  const specs = OTHERS.map((l) => `${l.pkg}@${l.version}`).sort();
  const hash = createHash('sha256').update(specs.join('\n')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `news-timeline-compare-${hash}`);
  const marker = join(dir, 'installed.json');
  const installed = () =>
    existsSync(marker) &&
    JSON.stringify(JSON.parse(readFileSync(marker, 'utf8'))) === JSON.stringify(specs) &&
    OTHERS.every((l) => {
      const manifest = join(dir, 'node_modules', l.pkg, 'package.json');
      return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === l.version;
    });
  if (installed()) {
    console.error(`Using ${specs.join(', ')} from ${dir}`);
    return dir;
  }
  console.error(`Installing ${specs.join(', ')} into ${dir} …`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', ...specs], {
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error(`npm install failed (${result.status ?? result.error})`);
  writeFileSync(marker, JSON.stringify(specs) + '\n');
  if (!installed()) throw new Error(`npm install did not leave ${specs.join(', ')} in ${dir}`);
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// The local server: one page per library, our files, and the temp install under /vendor/

function pageFor(lib) {
  const css = (lib.css ?? []).map((f) => `<link rel="stylesheet" href="/vendor/${f}">`).join('\n');
  const scripts = (lib.scripts ?? []).map((f) => `<script src="/vendor/${f}"></script>`).join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${css}</head><body style="margin:0">
    <div id="box" style="width:${CONTAINER.width}px;height:${CONTAINER.height}px"></div>
    ${scripts}
    <script type="module">
      ${lib.ours ? "import '/dist/news-timeline.bundle.js';" : ''}
      import { syntheticTimeline } from '/bench/synthetic.js';
      import { install } from '/bench/compare-libs.js';
      const article = await (await fetch('/examples/data/japan-nato-2022-2023.json')).json();
      window.benchScriptPath = ${lib.scriptPath ? `new URL('/vendor/${lib.scriptPath}', location.href).href` : 'null'};
      install(${JSON.stringify(lib.name)}, { syntheticTimeline, article });
      window.benchReady = true;
    </script></body></html>`;
}

function startServer(vendorDir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' };
  const vendorRoot = join(vendorDir, 'node_modules');
  const serveFile = (res, base, rel) => {
    const path = normalize(join(base, decodeURIComponent(rel)));
    if (!path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  };
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    const lib = url.startsWith('/page/') && LIBRARIES.find((l) => l.name === url.slice('/page/'.length));
    if (lib) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return void res.end(pageFor(lib));
    }
    if (url.startsWith('/vendor/')) return serveFile(res, vendorRoot, url.slice('/vendor/'.length));
    // `/same-dom/<size>-<steps>`: see `sameDomOf`.
    const sameDomKey = url.startsWith('/same-dom/') ? url.slice('/same-dom/'.length) : null;
    if (sameDomKey !== null && sameDom.has(sameDomKey)) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify(sameDom.get(sameDomKey)));
    }
    if (/^\/(dist|bench|examples\/data)\//.test(url)) return serveFile(res, root, url.slice(1));
    res.writeHead(404).end();
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

// ---------------------------------------------------------------------------------------------------
// One run: a fresh page (in its own browser context, so a renderer stuck in a library's long task
// is never shared with the next run), a first render, then the steps.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TIMED_OUT = Symbol('timed out');
const withTimeout = (promise, ms) => Promise.race([promise, sleep(ms).then(() => TIMED_OUT)]);

// Main-thread work per step and waiting for a quiet page: `metrics` and `settle` (./page-server.mjs).

/** Our first render at each size and step count, serialised: its shadow root's markup and its stylesheets' text, and the markup after each step. */
const sameDom = new Map();

/** A new page in `context` with `lib`'s bench page loaded; the page's uncaught errors go into `errors`. */
async function openBenchPage(context, baseUrl, lib, errors = []) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}/page/${lib.name}`);
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}

/**
 * Renders ours once at `size` in a page of its own and keeps the markup and stylesheet of its first
 * render (taken right after `news-timeline-load` and the frame after, before anything it does when idle),
 * for the "our DOM, no script" runs; then runs the same `steps` as a run of ours and keeps the shadow
 * root's markup after each (right after the step's frame, as a step is timed), for their steps.
 */
async function sameDomOf(browser, baseUrl, size, steps) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  try {
    const page = await openBenchPage(context, baseUrl, OURS);
    await page.evaluate(([s, n]) => window.benchPrepare(s, n), [size, steps]);
    await page.evaluate((n) => window.benchRender(n), steps);
    return await page.evaluate(async () => {
      const root = document.querySelector('#box news-timeline').shadowRoot;
      const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      const html = root.innerHTML;
      const recorded = [];
      for (const [i, kind] of window.benchSteps().entries()) {
        await window.benchStep(i);
        recorded.push({ kind, html: root.innerHTML });
      }
      return { html, css, steps: recorded };
    });
  } finally {
    await context.close();
  }
}

async function runOnce(browser, baseUrl, lib, size, rate, stepCount) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  // The libraries' default options may reach for the network (TimelineJS's web fonts): nothing
  // outside this machine is fetched; such requests fail at once.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  try {
    const errors = [];
    const page = await openBenchPage(context, baseUrl, lib, errors);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(([s, n]) => window.benchPrepare(s, n), [size, stepCount]);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Every library starts from a quiet page: loaded a second ago, its data made, nothing left
    // running. In the first second after a load the browser is still busy with its own work (off the
    // main thread too): a first render started at once measured up to twice as long for every
    // library (ours at 10 events 230 → 105 ms, vis-timeline 190 → 100, d3-milestones 51 → 35).
    await sleep(1_000);
    await settle(cdp, 5_000);

    const render = await withTimeout(page.evaluate((n) => window.benchRender(n), stepCount), TIMEOUT_MS);
    if (render === TIMED_OUT) return { timedOut: true, errors };

    const stepsWanted = render.firstRender > SLOW_RENDER_MS ? 3 : stepCount;
    const kinds = await page.evaluate(() => window.benchSteps());
    // Three steps that do nothing: the floor of what a step's measurement counts.
    const floor = [];
    const steps = Object.fromEntries(STEP_KINDS.map((kind) => [kind, []]));
    const measureStep = async (i) => {
      await page.evaluate((k) => window.benchBeforeStep(k), i);
      await settle(cdp, 2_000);
      const before = await metrics(cdp);
      const wall = await withTimeout(page.evaluate((k) => window.benchStep(k), i), TIMEOUT_MS);
      if (wall === TIMED_OUT) return null;
      const after = await metrics(cdp);
      const d = (name) => (after[name] - before[name]) * 1000;
      return { wall, task: d('TaskDuration'), script: d('ScriptDuration'), layout: d('LayoutDuration') + d('RecalcStyleDuration') };
    };
    let stepsCut = false;
    if (kinds.length > 0) {
      await settle(cdp, 5_000);
      for (let i = 0; i < 3; i++) floor.push(await measureStep(-1));
      // The plan is the first zoom, `stepCount` pans, `stepCount` zooms, then a setup step, drags and wheel
      // notches; keep the first `stepsWanted` of each kind. The setup step is run like the others, not kept.
      const seen = Object.fromEntries(STEP_KINDS.map((kind) => [kind, 0]));
      const started = Date.now();
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        const kept = kind !== 'setup';
        if (kept && seen[kind] >= stepsWanted) continue;
        if (Date.now() - started > STEP_PHASE_MS) {
          stepsCut = true;
          break;
        }
        const step = await measureStep(i);
        if (step === null) {
          stepsCut = true;
          break;
        }
        if (kept) {
          seen[kind]++;
          steps[kind].push(step);
        }
      }
    }
    return { ...render, steps, floor: floor.filter(Boolean), stepsCut, errors };
  } finally {
    await withTimeout(context.close(), 30_000);
  }
}

// ---------------------------------------------------------------------------------------------------
// Statistics

// `quantile` and `median`: ./page-server.mjs.
const fmt = (n, digits = 0) => (!Number.isFinite(n) ? '—' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const sizeLabel = (size) => (size === 'article' ? 'the article (9)' : size.toLocaleString('en-GB'));

// ---------------------------------------------------------------------------------------------------
// A pass: every size, rounds of every library back to back (order shuffled each round)

/**
 * A round's order: shuffled, seeded by the size and the round, so a rerun repeats it. A fixed order
 * rotated each round put the same library before each one in every round (ours always after TimelineJS,
 * d3-milestones always after our DOM-only page). In an A/B of the two fixed orders (10 events, 2 × 9
 * rounds each, 3 December) d3-milestones took 26 ms (median) after that light page and 28.5 after
 * TimelineJS; ours 28.5 and 29. A shuffle gives no library a neighbour of its own.
 */
function roundOrder(size, round) {
  const random = seededRandom((size === 'article' ? 9 : size) * 1_000 + round + 1);
  const order = [...LIBRARIES];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

async function runPass(browser, baseUrl, { name, rate, sizes }) {
  const timedOutAt = new Map(); // library → first size it timed out at: skipped from there on
  const rows = [];
  for (const size of sizes) {
    const events = size === 'article' ? 0 : size;
    const rounds = rate !== 1 ? RUNS_THROTTLED : events >= 100_000 ? RUNS_HUGE : events >= 10_000 ? RUNS_LARGE : RUNS;
    const results = new Map(LIBRARIES.map((l) => [l.name, []]));
    const stepCount = rate === 1 ? STEPS : STEPS_THROTTLED;
    const domKey = `${size}-${stepCount}`;
    if (!sameDom.has(domKey)) sameDom.set(domKey, await sameDomOf(browser, baseUrl, size, stepCount));
    const ratios = [];
    const bounds = []; // rounds where no other library finished: ours ÷ the timeout, an upper bound
    for (let round = 0; round < rounds; round++) {
      const order = roundOrder(size, round);
      const inRound = new Map();
      for (const lib of order) {
        if (timedOutAt.has(lib.name)) {
          inRound.set(lib.name, { timedOut: true, skipped: true });
          continue;
        }
        const started = Date.now();
        const result = await runOnce(browser, baseUrl, lib, size, rate, stepCount);
        inRound.set(lib.name, result);
        if (result.timedOut) timedOutAt.set(lib.name, size);
        const shown = result.timedOut ? `> ${TIMEOUT_MS / 1000} s` : `${fmt(result.firstRender)} ms`;
        console.error(`[${name}] ${sizeLabel(size)} events, round ${round + 1}/${rounds}: ${label(lib)} ${shown} (run took ${fmt((Date.now() - started) / 1000, 1)} s)${result.errors?.length ? `; page errors: ${result.errors.slice(0, 2).join(' | ')}` : ''}`);
      }
      for (const [lib, result] of inRound) results.get(lib).push(result);
      const ours = inRound.get(OURS.name);
      const others = OTHERS.map((l) => inRound.get(l.name)).filter((r) => !r.timedOut).map((r) => r.firstRender);
      ratios.push(ours.timedOut || others.length === 0 ? NaN : ours.firstRender / Math.min(...others));
      if (!ours.timedOut && others.length === 0) bounds.push(ours.firstRender / TIMEOUT_MS);
    }
    rows.push(summarise(size, rate, results, ratios, bounds));
  }
  return { name, rate, rows };
}

function summarise(size, rate, results, ratios, bounds) {
  const libs = {};
  for (const lib of LIBRARIES) {
    const runs = results.get(lib.name);
    const finished = runs.filter((r) => !r.timedOut);
    const stepStats = (kind, key) => {
      const values = finished.flatMap((r) => r.steps[kind].map((s) => s[key]));
      return { median: median(values), p95: quantile(values, 0.95), count: values.length };
    };
    const hasSteps = finished.some((r) => r.steps.pan.length + r.steps.zoom.length > 0);
    libs[lib.name] = {
      label: label(lib),
      runs: runs.length,
      finished: finished.length,
      timedOut: runs.length - finished.length,
      firstRender: finished.map((r) => r.firstRender),
      firstRenderMedian: median(finished.map((r) => r.firstRender)),
      toDoneMedian: median(finished.map((r) => r.toDone)),
      nodes: median(finished.map((r) => r.nodes)),
      steps: hasSteps
        ? {
            ...Object.fromEntries(STEP_KINDS.map((kind) => [kind, { work: stepStats(kind, 'task'), wall: stepStats(kind, 'wall'), script: stepStats(kind, 'script'), layout: stepStats(kind, 'layout') }])),
            floor: median(finished.flatMap((r) => r.floor.map((s) => s.task))),
            cut: finished.some((r) => r.stepsCut),
          }
        : null,
      errors: [...new Set(runs.flatMap((r) => r.errors ?? []))].slice(0, 5),
    };
  }
  const valid = ratios.filter((r) => !Number.isNaN(r));
  const row = { size, label: sizeLabel(size), ratios, ratioMedian: median(valid), ratioBound: Math.max(...bounds), libs, misses: [] };
  const budget = rate === 1 ? BUDGETS.get(size) : undefined;
  if (budget) {
    row.budget = budget;
    const ours = libs[OURS.name];
    if (ours.finished === 0) row.misses.push(`${row.label} events: our first render did not finish in ${TIMEOUT_MS / 1000} s`);
    if (valid.length > 0 && row.ratioMedian > budget.ratio)
      row.misses.push(`${row.label} events: first render ratio ${fmt(row.ratioMedian, 3)} > ${budget.ratio} (over by ${fmt(row.ratioMedian - budget.ratio, 3)}, ×${fmt(row.ratioMedian / budget.ratio, 2)})`);
    if (budget.firstRender && ours.firstRenderMedian > budget.firstRender)
      row.misses.push(`${row.label} events: first render ${fmt(ours.firstRenderMedian)} ms > ${fmt(budget.firstRender)} ms (over by ${fmt(ours.firstRenderMedian - budget.firstRender)} ms)`);
    for (const kind of ['pan', 'zoom']) {
      const p95 = ours.steps?.[kind].work.p95;
      if (p95 === undefined || Number.isNaN(p95)) row.misses.push(`${row.label} events: no ${kind} steps measured`);
      else if (p95 > budget.step) row.misses.push(`${row.label} events: ${kind} step main-thread work p95 ${fmt(p95, 1)} ms > ${budget.step} ms (over by ${fmt(p95 - budget.step, 1)} ms)`);
    }
  }
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Tables

function tables(pass) {
  const renderCell = (l) => {
    if (l.runs === 0) return '—';
    if (l.finished === 0) return `> ${TIMEOUT_MS / 1000} s`;
    const shown = fmt(l.firstRenderMedian);
    return l.timedOut > 0 ? `${shown} (${l.timedOut} of ${l.runs} > ${TIMEOUT_MS / 1000} s)` : shown;
  };
  const throttled = pass.rate !== 1;
  const lines = [
    `First render, ms (median of the rounds; data handed over → library's "done" → the frame after)${throttled ? `, CPU throttled ${pass.rate}×` : ''}:`,
    '',
    `| events | ${OTHERS.map(label).join(' | ')} | news-timeline | ours ÷ fastest other, per round → median |${throttled ? '' : ' budget | met? |'} ours, connected first (info) | ours, before the page is idle (info) | our DOM, no script (info) |`,
    `|---|${OTHERS.map(() => '---|').join('')}---|---|${throttled ? '' : '---|---|'}---|---|---|`,
  ];
  for (const row of pass.rows) {
    const perRound = row.ratios.map((r) => fmt(r, 3)).join(', ');
    const ratio = Number.isNaN(row.ratioMedian)
      ? `— (no other finished: < ${fmt(row.ratioBound, 3)})`
      : `**${fmt(row.ratioMedian, 3)}** (${perRound}${row.ratios.some(Number.isNaN) ? '; — where no other finished' : ''})`;
    let budget = '';
    if (!throttled) {
      const b = row.budget;
      const text = b ? [`≤ ${b.ratio}`, b.firstRender ? `≤ ${fmt(b.firstRender)} ms` : null].filter(Boolean).join(', ') : '—';
      const renderMisses = row.misses.filter((m) => /first render/.test(m));
      const met = !b ? '—' : renderMisses.length ? 'no' : Number.isNaN(row.ratioMedian) && !b.firstRender ? 'n/a (ratio: no other finished)' : 'yes';
      budget = ` ${text} | ${met} |`;
    }
    lines.push(`| ${row.label} | ${OTHERS.map((l) => renderCell(row.libs[l.name])).join(' | ')} | ${renderCell(row.libs[OURS.name])} | ${ratio} |${budget} ${renderCell(row.libs[OURS_WAITING.name])} | ${renderCell(row.libs[OURS_COLD.name])} | ${renderCell(row.libs[OURS_SAME_DOM.name])} |`);
  }
  const stepCell = (l, kind) => {
    const s = l.steps?.[kind]?.work;
    if (!s || s.count === 0) return '—';
    return `${fmt(s.median, 1)} / ${fmt(s.p95, 1)}${l.steps.cut ? '*' : ''}`;
  };
  lines.push(
    '',
    `Step, main-thread work per step, ms (median / p95; CDP TaskDuration from the call to the frame after)${throttled ? `, CPU throttled ${pass.rate}×` : ''}:`,
    '',
    `| events | news-timeline pan | news-timeline zoom |${throttled ? '' : ' budget (p95) | met? |'} vis-timeline pan | vis-timeline zoom | TimelineJS zoom | d3-milestones | our DOM, no script: pan; zoom (info) | our DOM without labels, no script: pan; zoom (info) | step floor (ours / vis / TL) |`,
    `|---|---|---|${throttled ? '' : '---|---|'}---|---|---|---|---|---|---|`,
  );
  for (const row of pass.rows) {
    const ours = row.libs[OURS.name];
    const vis = row.libs['vis-timeline'];
    const tl = row.libs.TimelineJS;
    let budget = '';
    if (!throttled) {
      const stepMisses = row.misses.filter((m) => /step/.test(m));
      budget = row.budget ? ` ≤ ${row.budget.step} | ${stepMisses.length ? 'no' : 'yes'} |` : ' — | — |';
    }
    const floors = [ours, vis, tl].map((l) => fmt(l.steps?.floor, 1)).join(' / ');
    const dom = row.libs[OURS_SAME_DOM.name];
    const bare = row.libs[OURS_UNLABELLED.name];
    lines.push(`| ${row.label} | ${stepCell(ours, 'pan')} | ${stepCell(ours, 'zoom')} |${budget} ${stepCell(vis, 'pan')} | ${stepCell(vis, 'zoom')} | ${stepCell(tl, 'zoom')} | — (no zoom API) | ${stepCell(dom, 'pan')}; ${stepCell(dom, 'zoom')} | ${stepCell(bare, 'pan')}; ${stepCell(bare, 'zoom')} | ${floors} |`);
  }
  if (pass.rows.some((row) => row.libs[OURS.name].steps?.drag.work.count > 0)) {
    lines.push(
      '',
      `Gesture-sized steps, main-thread work per step, ms (median / p95; information, no budget): a drag moves the pan window 2 % of its width a step, a wheel notch zooms it 1.1×${throttled ? `, CPU throttled ${pass.rate}×` : ''}:`,
      '',
      '| events | news-timeline drag | news-timeline wheel | vis-timeline drag | vis-timeline wheel | our DOM, no script: drag; wheel | our DOM without labels, no script: drag; wheel |',
      '|---|---|---|---|---|---|---|',
    );
    for (const row of pass.rows) {
      const [ours, vis, dom, bare] = [OURS.name, 'vis-timeline', OURS_SAME_DOM.name, OURS_UNLABELLED.name].map((name) => row.libs[name]);
      lines.push(`| ${row.label} | ${stepCell(ours, 'drag')} | ${stepCell(ours, 'wheel')} | ${stepCell(vis, 'drag')} | ${stepCell(vis, 'wheel')} | ${stepCell(dom, 'drag')}; ${stepCell(dom, 'wheel')} | ${stepCell(bare, 'drag')}; ${stepCell(bare, 'wheel')} |`);
    }
  }
  lines.push(
    '',
    'Also from the same runs, median wall time per step to the frame after (ms; pan / zoom): ' +
      pass.rows
        .map((row) => {
          const o = row.libs[OURS.name].steps;
          const v = row.libs['vis-timeline'].steps;
          const t = row.libs.TimelineJS.steps;
          return `${row.label}: ours ${fmt(o?.pan.wall.median, 1)} / ${fmt(o?.zoom.wall.median, 1)}, vis-timeline ${fmt(v?.pan.wall.median, 1)} / ${fmt(v?.zoom.wall.median, 1)}, TimelineJS — / ${fmt(t?.zoom.wall.median, 1)}`;
        })
        .join('; ') + '.',
    // Where a first render's time goes: a library that reads sizes while it draws has laid out by its
    // "done"; one that does not lays out (and loads its fonts) in the frame after.
    'First render split, median ms to the library\'s own "done" + the frame after: ' +
      pass.rows.map((row) => `${row.label}: ${[OURS, OURS_COLD, OURS_SAME_DOM, ...OTHERS].filter((l) => row.libs[l.name].firstRenderMedian).map((l) => {
        const { toDoneMedian: done, firstRenderMedian: all } = row.libs[l.name];
        return `${label(l)} ${fmt(done)} + ${fmt(all - done)}`;
      }).join(', ')}`).join('; ') + '.',
    'DOM nodes after first render (median): ' +
      pass.rows.map((row) => `${row.label}: ${[OURS, ...OTHERS].map((l) => `${l.name} ${fmt(row.libs[l.name].nodes)}`).join(', ')}`).join('; ') + '.',
  );
  if (pass.rows.some((row) => Object.values(row.libs).some((l) => l.steps?.cut)))
    lines.push(`* steps cut short: the step phase of a page stops after ${STEP_PHASE_MS / 1000} s (or a step over ${TIMEOUT_MS / 1000} s).`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Main

if (!existsSync(join(root, 'dist/news-timeline.bundle.js'))) throw new Error('dist/news-timeline.bundle.js is missing: run `npm run build` first');
const vendorDir = installLibraries();
const server = await startServer(vendorDir);
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const passes = [];
const began = Date.now();
try {
  console.error(`Chromium ${chromiumVersion}; sizes ${SIZES.join(', ')}; throttled ${THROTTLED_SIZES.join(', ') || 'none'}; rounds ${RUNS} (${RUNS_LARGE} from 10,000, ${RUNS_HUGE} from 100,000, ${RUNS_THROTTLED} throttled); ${STEPS} pan and ${STEPS} zoom steps (${STEPS_THROTTLED} throttled)`);
  passes.push(await runPass(browser, baseUrl, { name: 'unthrottled', rate: 1, sizes: SIZES }));
  if (THROTTLED_SIZES.length > 0) passes.push(await runPass(browser, baseUrl, { name: 'CPU 4×', rate: 4, sizes: THROTTLED_SIZES }));
} finally {
  await browser.close();
  server.close();
}

const misses = passes.flatMap((p) => (p.rate === 1 ? p.rows.flatMap((r) => r.misses) : []));
const header = [
  `Chromium ${chromiumVersion}, ${CONTAINER.width}×${CONTAINER.height} container, each run in a fresh page; rounds per size: ${RUNS} (${RUNS_LARGE} from 10,000 events, ${RUNS_HUGE} from 100,000, ${RUNS_THROTTLED} throttled); up to ${STEPS} pan and ${STEPS} zoom steps per page (${STEPS_THROTTLED} throttled);`,
  `a library not done in ${TIMEOUT_MS / 1000} s is "> ${TIMEOUT_MS / 1000} s", left out of "fastest other" and skipped at larger sizes. Took ${fmt((Date.now() - began) / 60_000, 1)} min.`,
].join('\n');
const text = [
  header,
  ...passes.map((p) => `\n## ${p.rate === 1 ? 'Unthrottled' : `CPU throttled ${p.rate}× (information, no budgets)`}\n\n${tables(p)}`),
  '',
  misses.length ? `Budgets missed (${misses.length}):\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every budget met.',
].join('\n');
console.log(text);

mkdirSync(join(root, 'bench/results'), { recursive: true });
const record = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  versions: Object.fromEntries(OTHERS.map((l) => [l.pkg, l.version])),
  settings: { sizes: SIZES, throttledSizes: THROTTLED_SIZES, runs: RUNS, runsLarge: RUNS_LARGE, runsHuge: RUNS_HUGE, runsThrottled: RUNS_THROTTLED, steps: STEPS, stepsThrottled: STEPS_THROTTLED, timeoutMs: TIMEOUT_MS, container: CONTAINER },
  passes,
  misses,
  text,
};
writeFileSync(join(root, 'bench/results/compare-latest.json'), JSON.stringify(record, null, 2) + '\n');
process.exit(misses.length ? 1 : 0);
