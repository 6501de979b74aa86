// The least a step can cost the browser on this machine, whatever makes the DOM: a page with no framework
// and no script of ours swaps N drawn units for N others, each a real button in a list item placed by
// inline style, and is timed as compare.mjs times a step (CDP TaskDuration from the call to the frame
// after). The units are made before the clock, so the step is only what the browser does to show them.
// Beside it, how many units our own steps put in the list at the same sizes (made, or set aside and
// brought back), counted in our element with compare.mjs's steps. Together they say whether a step
// budget can be met here by any drawing that keeps one real button per drawn event and cluster (docs/performance.md, "What a new unit costs the browser").
//
//   node bench/dom-floor.mjs                      # after a build: our counts at 1,000 and 10,000, then the floor
//   node bench/dom-floor.mjs --units 25,50,100 --pages 3 --steps 20 --sizes 1000
import { arg, launchChromium, median, metrics, quantile, servePage, settle } from './page-server.mjs';

/** Unit counts for the floor, besides those our steps put in (the first zoom's; a pan's and a later zoom's median and most). */
const UNITS = String(arg('units', '25,50,100')).split(',').map(Number);
const SIZES = String(arg('sizes', '1000,10000')).split(',').map(Number);
const PAGES = Number(arg('pages', 3));
const STEPS = Number(arg('steps', 20));
/** compare.mjs's plan: the first zoom, 20 pans, then zooms (see stepWindows in compare-libs.js). */
const PLAN_STEPS = 20;

// A unit as ours draws one, without the SVG marker (a dot inside the button stands for it): an event with
// its two-line label (title, date), an event whose label is tucked away, or a cluster with its count. The
// shares are those of our first zoom at 1,000 events (23 labelled, 30 tucked, 52 clusters of 105).
const floorPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 13px system-ui, sans-serif; }
  #box { position: relative; width: 1200px; height: 600px; overflow: hidden; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { position: absolute; }
  button { position: absolute; inset: 0; border: 0; padding: 0; background: none; font: inherit; color: inherit; }
  .dot { position: absolute; left: 0; top: 0; width: 10px; height: 10px; border-radius: 50%; background: #36c; }
  .label { position: absolute; left: 14px; top: -4px; width: 180px; text-align: start; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .label > span { display: block; }
  .date { color: #555; font-size: 12px; }
  .cluster { background: #cde; border-radius: 10px; font-size: 11px; }
</style></head><body><div id="box"><ol id="list"></ol></div><script>
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const list = document.getElementById('list');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let made = 0;
  function unit(kind, labelled) {
    const i = made++;
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    const title = 'Event ' + i + ': politics briefing number ' + Math.floor(random() * 1000);
    const date = 1 + Math.floor(random() * 28) + ' March 2001';
    if (kind === 'cluster') {
      button.className = 'cluster';
      button.textContent = String(2 + Math.floor(random() * 30));
      button.setAttribute('aria-label', button.textContent + ' events, March 2001, Politics. Zoom in to see them.');
    } else {
      const dot = document.createElement('span');
      dot.className = 'dot';
      button.append(dot);
      button.setAttribute('aria-label', title + ', ' + date + ', Politics');
      if (kind === 'labelled' && labelled) {
        const label = document.createElement('span');
        label.className = 'label';
        const t = document.createElement('span');
        t.textContent = title;
        const d = document.createElement('span');
        d.className = 'date';
        d.textContent = date;
        label.append(t, d);
        button.append(label);
      }
    }
    const cluster = kind === 'cluster';
    Object.assign(li.style, { left: Math.floor(random() * 1150) + 'px', top: 20 + Math.floor(random() * 540) + 'px', width: (cluster ? 40 : 10) + 'px', height: (cluster ? 20 : 10) + 'px' });
    li.append(button);
    return li;
  }
  function units(n, labelled) {
    return Array.from({ length: n }, (_, i) => unit(i < (n * 23) / 105 ? 'labelled' : i < (n * 53) / 105 ? 'tucked' : 'cluster', labelled));
  }
  window.show = (n, labelled) => list.replaceChildren(...units(n, labelled));
  // The next view's units are made before the step's clock, not connected: the step times only what the
  // browser does to put them in and take the others out (style, layout, paint), which no script avoids.
  let next = [];
  window.prepare = (n, labelled) => { next = units(n, labelled); };
  window.step = async () => {
    if (next.length) list.replaceChildren(...next);
    await frame();
  };
  window.ready = true;
</script></body></html>`;

// Our element with compare.mjs's adapter, and a count of the list items each step puts in: made (never in
// the list before) or brought back (set aside by a step before; a held unit shown again in place is not put in).
const oursPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body style="margin:0">
  <div id="box" style="width:1200px;height:600px"></div><script type="module">
  import '/dist/news-timeline.bundle.js';
  import { syntheticTimeline } from '/bench/synthetic.js';
  import { install } from '/bench/compare-libs.js';
  install('news-timeline', { syntheticTimeline, article: null });
  window.countUnits = () => {
    const list = document.querySelector('#box news-timeline').shadowRoot.querySelector('ol.events');
    const seen = new WeakSet(list.children);
    let made = 0;
    let inserted = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeName !== 'LI' || node.dataset.parked !== undefined) continue;
          inserted++;
          if (!seen.has(node)) { seen.add(node); made++; }
        }
      }
    }).observe(list, { childList: true });
    return () => { const n = { made, inserted }; made = inserted = 0; return n; };
  };
  window.ready = true;
  </script></body></html>`;

const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');

const browser = await launchChromium();
async function fresh(origin, work) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(origin);
    await page.waitForFunction(() => window.ready === true);
    return await work(page, cdp);
  } finally {
    await context.close();
  }
}

// 1. What our steps put in the list.
const ours = await servePage(oursPage);
console.log("Units our steps put in the event list, per step (compare.mjs's steps, 1200 px): made new + brought back from");
console.log('those set aside; median / most over the steps of each kind:\n');
console.log('| events | first zoom | later zooms | pans |');
console.log('|---|---|---|---|');
for (const size of SIZES) {
  const steps = await fresh(ours.origin, async (page, cdp) => {
    await page.evaluate(([s, n]) => window.benchPrepare(s, n), [size, PLAN_STEPS]);
    await page.evaluate((n) => window.benchRender(n), PLAN_STEPS);
    await settle(cdp, 3_000);
    await page.evaluate(() => { window.takeCount = window.countUnits(); });
    const kinds = await page.evaluate(() => window.benchSteps());
    const byKind = { first: [], pan: [], zoom: [] };
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] !== 'pan' && kinds[i] !== 'zoom') break;
      await page.evaluate((k) => window.benchBeforeStep(k), i);
      await page.evaluate((k) => window.benchStep(k), i);
      (i === 0 ? byKind.first : byKind[kinds[i]]).push(await page.evaluate(() => window.takeCount()));
    }
    return byKind;
  });
  const spread = (v) => {
    const made = v.map((c) => c.made);
    const back = v.map((c) => c.inserted - c.made);
    return v.length ? `${median(made)} + ${median(back)} / ${Math.max(...made)} + ${Math.max(...back)}` : '—';
  };
  const inserted = (kind) => steps[kind].map((c) => c.inserted);
  UNITS.push(...inserted('first'), Math.round(median(inserted('pan'))), Math.max(...inserted('pan')), Math.round(median(inserted('zoom'))), Math.max(...inserted('zoom')));
  console.log(`| ${size.toLocaleString('en')} | ${spread(steps.first)} | ${spread(steps.zoom)} | ${spread(steps.pan)} |`);
}
ours.close();

// 2. The floor: as many units, made by hand before the clock and put in with nothing else running.
const floorUnits = [...new Set(UNITS.filter((n) => n > 0))].sort((a, b) => a - b);
const floor = await servePage(floorPage);
const rows = [];
for (const [n, labelled] of [[0, false], ...floorUnits.flatMap((n) => [[n, true], [n, false]])]) {
  const work = [];
  for (let p = 0; p < PAGES; p++) {
    await fresh(floor.origin, async (page, cdp) => {
      await page.evaluate(([k, l]) => window.show(k, l), [n, labelled]);
      await settle(cdp, 3_000);
      for (let i = 0; i < STEPS; i++) {
        await page.evaluate(([k, l]) => window.prepare(k, l), [n, labelled]);
        await settle(cdp, 2_000);
        const before = await metrics(cdp);
        await page.evaluate(() => window.step());
        const after = await metrics(cdp);
        work.push((after.TaskDuration - before.TaskDuration) * 1000);
      }
    });
  }
  rows.push({ n, labelled, work });
}
floor.close();
await browser.close();

console.log(`\nA step that puts N units in the list (made before its clock) and takes out the N before, no framework, no\nscript of ours; main-thread work, ms (${PAGES} fresh pages × ${STEPS} steps):\n`);
console.log('| units in | with labels: median / p95 | without labels: median / p95 |');
console.log('|---|---|---|');
const cell = (n, labelled) => { const r = rows.find((x) => x.n === n && x.labelled === labelled); return `${fmt(median(r.work))} / ${fmt(quantile(r.work, 0.95))}`; };
console.log(`| 0 (a step that does nothing) | ${cell(0, false)} | |`);
for (const n of floorUnits) console.log(`| ${n} | ${cell(n, true)} | ${cell(n, false)} |`);
