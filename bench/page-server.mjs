// What the benchmark scripts share: a local server for the repository's files with a page of their own at
// `/` (often the synthetic events' page), the system Chromium started as the tests start it, their
// `--name value` arguments, Chromium's main-thread counters (compare.mjs, layer-move.mjs) and the
// statistics compare.mjs and dom-floor.mjs print.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';

const root = resolve(import.meta.dirname, '..');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** Serves `html` at `/` and the repository's files (dist/, bench/, examples/) below it; resolves to the origin and a close. */
export async function servePage(html) {
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return void res.end(html);
    }
    const path = normalize(join(root, url));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium from CHROMIUM_PATH or the system's, with the flags the tests use. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** `--name value` from the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};

/** A page with the bundle loaded, a 1200 px box (`boxStyle` adds to it) and `window.syntheticTimeline`; `window.ready` once both are in. */
export const syntheticPage = (boxStyle = '') => `<!doctype html><html lang="en-GB"><body style="margin:0"><div id="box" style="width:1200px${boxStyle ? `;${boxStyle}` : ''}"></div>
      <script type="module">
        import '/dist/news-timeline.bundle.js';
        import { syntheticTimeline } from '/bench/synthetic.js';
        window.syntheticTimeline = syntheticTimeline;
        window.ready = true;
      </script></body></html>`;

// Main-thread work per step: Chromium's own counters (CDP Performance.getMetrics, the renderer main
// thread's cumulative TaskDuration, ScriptDuration, LayoutDuration and RecalcStyleDuration, in
// seconds) read before the step and after the frame that follows it. Unlike a long-task observer
// this counts tasks under 50 ms, and unlike wall time it leaves out time the thread sat idle waiting
// for the next frame. It also counts the small tasks of driving the page; a step that does nothing,
// timed the same way, gives that floor. `Performance.enable` must have been sent first.
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits until the page's main thread is quiet (under 5 % busy over 100 ms, at most `maxMs`), so a
 * step is not charged with what the last one left running: TimelineJS animates its slides and time
 * navigator for a second after loading and after each zoom, d3-milestones renders again when its
 * ResizeObserver first reports, and V8 finishes collecting a large first render's garbage.
 */
export async function settle(cdp, maxMs) {
  const started = Date.now();
  let last = (await metrics(cdp)).TaskDuration;
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = (await metrics(cdp)).TaskDuration;
    if ((now - last) * 1000 < 5) return;
    last = now;
  }
}

/** The value at `q` (0.95: the p95), the smallest that at least that share of `values` are at or under; NaN for none. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
};

/** The middle value, or the mean of the two middle values (two rounds give their mean, not the lower). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
