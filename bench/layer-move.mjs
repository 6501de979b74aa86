// `node bench/layer-move.mjs [--sizes 1000,10000,100000] [--rounds 3] [--steps 12]`: what a pan step would
// cost if it only moved the drawn layer, against a real pan step, in the same pages. A script, not a test;
// run after a build.
//
// The question it answers is the design one left open by the speed issue (docs/performance.md, "Not done: reusing a view's layout"):
// a layout of a band wider than the view, moved as one layer while the view stays inside it. Each round
// draws N synthetic events at 1200 px, zooms to a quarter of them, then times three kinds of step, each
// as bench/compare.mjs times a step (CDP TaskDuration from the call to the frame after, the page left
// quiet before each):
//   real   `zoomTo` a window 15 % of a view further on: today's pan step (layout, render, browser);
//   move   only the event list's `transform` and the markers' group `transform` changed by 9 px, what a
//          pan inside an already laid-out band would change;
//   layer  the same with `will-change: transform` on both, so the browser moves composited layers.
// The moves reach into the element's shadow root, so they check that the list and the markers really
// moved on screen, and stop with an error if they did not (markup changed under this script).
import { arg, launchChromium, metrics, servePage, settle, syntheticPage } from './page-server.mjs';

const SIZES = String(arg('sizes', '1000,10000,100000')).split(',').map(Number);
const ROUNDS = Number(arg('rounds', 3));
const STEPS = Number(arg('steps', 12));
const KINDS = ['real', 'move', 'layer'];

const server = await servePage(syntheticPage('height:600px'));
const browser = await launchChromium();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const taskMs = async (cdp) => (await metrics(cdp)).TaskDuration * 1000;

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
console.log(`Pan steps, main-thread work (ms, median / p95 over ${ROUNDS} fresh pages × ${STEPS} steps), 1200 px, a quarter of the events in view:`);
console.log('events      real pan        layer moved     composited layer moved');
for (const size of SIZES) {
  const times = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.ready === true);
    await page.evaluate(async (n) => {
      const el = document.createElement('news-timeline');
      el.events = window.syntheticTimeline(n);
      const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
      document.getElementById('box').append(el);
      await loaded;
      const times = el.events.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
      window.bench = { el, first: times[0], width: (times[times.length - 1] - times[0]) / 4, dx: 0 };
      window.frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.zoomTo(new Date(times[0]), new Date(times[0] + window.bench.width));
      await window.frame();
    }, size);
    await sleep(1000);
    for (const kind of KINDS) {
      for (let i = 0; i < STEPS; i++) {
        await settle(cdp, 2_000);
        const before = await taskMs(cdp);
        const moved = await page.evaluate(async ([kind, i]) => {
          const { el, first, width } = window.bench;
          if (kind === 'real') {
            const start = first + width * 0.15 * (i + 1);
            el.zoomTo(new Date(start), new Date(start + width));
            await window.frame();
            return null;
          }
          const root = el.shadowRoot;
          const list = root.querySelector('ol.events');
          const group = root.querySelector('svg.chart > g[transform]');
          const button = root.querySelector('ol.events button');
          const marker = group?.querySelector('.mark, .cluster-mark');
          if (!list || !group || !button || !marker) return 'no list, markers group, button or mark found';
          const was = [button.getBoundingClientRect().left, marker.getBoundingClientRect().left];
          if (kind === 'layer') list.style.willChange = group.style.willChange = 'transform';
          // The list and the group keep their layout's origin in their transforms: move both 9 px further.
          const dx = (window.bench.dx -= 9);
          list.style.transform = `translateX(${window.bench.origin + dx}px)`;
          group.setAttribute('transform', `translate(${window.bench.origin + dx},0)`);
          await window.frame();
          const now = [button.getBoundingClientRect().left, marker.getBoundingClientRect().left];
          return now.every((x, k) => Math.abs(x - was[k] + 9) < 0.5) ? null : `moved by ${now.map((x, k) => (x - was[k]).toFixed(1))}, not -9`;
        }, [kind, i]);
        if (moved) throw new Error(`${kind} step at ${size} events: ${moved}`);
        times[kind].push((await taskMs(cdp)) - before);
      }
      // The moves start from the layout the last real step left, at its origin.
      if (kind === 'real') await page.evaluate(() => { window.bench.origin = new DOMMatrix(getComputedStyle(window.bench.el.shadowRoot.querySelector('ol.events')).transform).m41; });
    }
    await context.close();
  }
  const cell = (k) => `${quantile(times[k], 0.5).toFixed(1)} / ${quantile(times[k], 0.95).toFixed(1)}`.padEnd(16);
  console.log(`${String(size).padEnd(12)}${cell('real')}${cell('move')}${cell('layer')}`);
}
await browser.close();
server.close();
