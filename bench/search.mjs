// The cost of a keystroke in the search box at 100,000 events: main-thread time from the `input`
// event to the end of the update it causes (filter step, plan, render, and the style and layout of
// what it rendered), in headless Chromium, with the one-file bundle. Prints the median and p95 per
// keystroke, each kind of keystroke apart, and the first keystroke (after focus, which prepares the
// search; and without it, which loads the search chunk and builds the search text).
// Usage: npm run bench:search [-- --events 100000] [-- --profile] (the functions that took longest)
import { launchChromium, servePage, syntheticPage } from './page-server.mjs';

const arg = process.argv.indexOf('--events');
const COUNT = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const PROFILE = process.argv.includes('--profile');
const RUNS = 3;
// Typed, deleted and typed again: words that narrow, a second word, and backspaces that widen.
const KEYS = [...'briefing', ' ', ...'number 4', 'Backspace', 'Backspace', ...'7', '{clear}', ...'security 12'];

const server = await servePage(syntheticPage());

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};

async function run(browser, prepared, self) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await page.goto(server.origin);
  await page.waitForFunction(() => window.ready);
  const cdp = self ? await page.context().newCDPSession(page) : null;
  await page.evaluate(async ({ count, prepared }) => {
    const el = document.createElement('news-timeline');
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    el.events = window.syntheticTimeline(count);
    document.getElementById('box').append(el);
    await loaded;
    window.el = el;
    window.frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    await window.frame();
    const input = el.shadowRoot.querySelector('input[part="search"]');
    // Focus loads the search code and builds the search text, as coming to the box does before a reader's first keystroke.
    input.focus();
    if (prepared) await new Promise((r) => setTimeout(r, 1500));
  }, { count: COUNT, prepared });
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await page.evaluate(async ({ keys }) => {
    const { el } = window;
    const input = el.shadowRoot.querySelector('input[part="search"]');
    const count = () => el.shadowRoot.querySelector('[part="count"]').textContent;
    const times = [];
    for (const key of keys) {
      input.value = key === 'Backspace' ? input.value.slice(0, -1) : key === '{clear}' ? '' : input.value + key;
      const before = count();
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // The first keystroke without focus first waits for the search chunk: until the count changes.
      do await el.updateComplete; while (times.length === 0 && input.value && count() === before && (await new Promise((r) => setTimeout(r))) === undefined);
      // Style and layout of what the update rendered, forced here so they are counted.
      el.shadowRoot.querySelector('.plot').getBoundingClientRect();
      times.push(performance.now() - t0);
      await window.frame();
    }
    return { times, count: count() };
  }, { keys: KEYS });
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  await page.close();
  return result;
}

const browser = await launchChromium();
try {
  const all = [];
  const byKey = new Map();
  const first = [];
  const self = PROFILE ? new Map() : null;
  let last = '';
  for (let i = 0; i < RUNS; i++) {
    const { times, count } = await run(browser, true, self);
    first.push(times[0]);
    all.push(...times.slice(1));
    times.forEach((t, k) => {
      const key = KEYS[k] === ' ' ? 'space' : KEYS[k];
      const kind = key === 'Backspace' || key === '{clear}' ? key : k === 0 ? 'first' : 'typed';
      byKey.set(kind, [...(byKey.get(kind) ?? []), t]);
    });
    last = count;
  }
  if (process.argv.includes("--each")) console.log(KEYS.map((k, i) => `${k}:${all[i - 1]?.toFixed(0)}`).join(" "));
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push((await run(browser, false, null)).times[0]);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`search keystroke at ${COUNT.toLocaleString('en')} events (${RUNS} runs × ${KEYS.length} keystrokes, headless Chromium, bundle)`);
  console.log(`  per keystroke: median ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}, max ${ms(Math.max(...all))}`);
  for (const [kind, times] of byKey) if (kind !== 'first') console.log(`    ${kind.padEnd(10)} median ${ms(quantile(times, 0.5))}, max ${ms(Math.max(...times))} (${times.length})`);
  console.log(`  first keystroke after focus (search ready): median ${ms(quantile(first, 0.5))}`);
  console.log(`  first keystroke without waiting after focus (loads the search, builds its text): median ${ms(quantile(cold, 0.5))}`);
  console.log(`  last count shown: ${last}`);
  if (self) {
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`  self time over ${RUNS} runs, longest first:`);
    for (const [name, t] of top) console.log(`    ${t.toFixed(1).padStart(8)} ms  ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}
