// In-page half of `npm run bench:compare` (bench/compare.mjs drives it). One adapter per library:
// `prepare` turns our timeline JSON (bench/synthetic.js, or the article) into the library's own input
// before the clock starts, `render` hands it to the library and resolves on the library's own "done"
// signal, and `step` moves the view once (pan or zoom) where the library has an API for it.
//
// "Done" per library, and where it comes from:
// - news-timeline: the `news-timeline-load` event ("Data was parsed and its first render is done",
//   src/news-timeline.ts).
// - vis-timeline 8.5: the `onInitialDrawComplete` option (`onInitialDrawComplete?: () => void` in its
//   types/index.d.ts), added for "an event/function that fires when a timeline initial draw is
//   completed" (visjs/vis#3529, PR #3530, which documented it and logs it in the event-listeners
//   example). In 8.5.4's Timeline.js it is called (in a setTimeout 0) from the timeline's own handler of
//   `changed`, the event `_redraw()` emits after every redraw (visjs/vis#1592), the first time one comes
//   with items set: that handler fits the window to the items, makes the root visible (it is
//   `visibility: hidden` until then) and schedules the callback. A bare first `changed` would not do:
//   the same handler returns early for redraws made while there are no items yet.
// - TimelineJS 3.9: the `ready` event. API.md documents `loaded` ("after story slider and time
//   navigator have been loaded"); in src/js/timeline/Timeline.js `_onDataLoaded()` builds the layout
//   (which fires `loaded` from inside `_initLayout()`, before the menu bar exists and before the
//   slider's sizes are set), then binds events and fires `ready` last, in the same task. We wait for
//   `ready` and check that `loaded` came first, so we time the whole of that task.
// - d3-milestones 1.6: `render()` is synchronous, and `renderCallback()` (README: "executed after the
//   visualization is fully rendered") is called at the end of it (src/main.js). We use the callback.
//   It also observes its container with a ResizeObserver that renders again on the next frame; that
//   second render is the library's default behaviour and may land in the frame we wait for.
//
// Every library is then timed to the frame after its signal (two requestAnimationFrames), like
// bench/run.mjs: what the reader sees is painted.

/* global vis, TL, milestones */

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const dayParts = (iso) => {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return { year, month, day };
};

/** Elements in our element's shadow root and in the box (the host itself). */
const shadowNodes = (box, el) => el.shadowRoot.querySelectorAll('*').length + box.querySelectorAll('*').length;

/** Markup made into nodes of this document, not connected. */
export function parse(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return document.importNode(template.content, true);
}

/** `nodes` without the event buttons' labels (and the bridges to shown ones). */
export function unlabelled(nodes) {
  for (const span of nodes.querySelectorAll('.event > .label, .event > .bridge')) span.remove();
  return nodes;
}

/**
 * The DOM changes that would move `live` (connected) to look like `next` (nodes not connected), worked
 * out before the step's clock and returned as calls to make in order, so a step times the browser's work
 * and not the diffing: a text changed in place, attributes set or removed one by one, and children matched
 * by position, except in the two keyed lists (the event list's items and the drawing's group of markers),
 * where a child is kept by key and moved, a new one inserted and a gone one removed, as our keyed list
 * does. Lit's marker comments are left out of those lists (fewer nodes than ours: a floor, not a copy).
 */
function changesTo(live, next, ops = []) {
  if (live.nodeType !== Node.ELEMENT_NODE) {
    if (live.data !== next.data) ops.push(() => (live.data = next.data));
    return ops;
  }
  for (const { name } of live.attributes) if (!next.hasAttribute(name)) ops.push(() => live.removeAttribute(name));
  for (const { name, value } of next.attributes) if (live.getAttribute(name) !== value) ops.push(() => live.setAttribute(name, value));
  if (live.matches('ol.events, svg.chart > g[transform]')) keyedChangesTo(live, next, ops);
  else childChangesTo(live, next, ops);
  return ops;
}

export function childChangesTo(live, next, ops = []) {
  const wanted = [...next.childNodes];
  const have = [...live.childNodes];
  wanted.forEach((w, i) => {
    const h = have[i];
    if (!h) ops.push(() => live.append(w));
    else if (h.nodeType !== w.nodeType || h.nodeName !== w.nodeName) ops.push(() => h.replaceWith(w));
    else changesTo(h, w, ops);
  });
  for (const gone of have.slice(wanted.length)) ops.push(() => gone.remove());
  return ops;
}

/** An item's key: its button's event id or cluster key; a marker's, its markup (same markup, same node). */
const keyOf = (node) => {
  const button = node.firstElementChild;
  return button?.dataset?.id ?? button?.dataset?.cluster ?? node.outerHTML;
};

function keyedChangesTo(live, next, ops) {
  const kept = new Map();
  for (const node of live.childNodes) {
    const key = node.nodeType === Node.ELEMENT_NODE ? keyOf(node) : null;
    if (key === null || kept.has(key)) ops.push(() => node.remove());
    else kept.set(key, node);
  }
  const staying = new Set(kept.values());
  const wanted = [...next.children].map((w) => {
    const key = keyOf(w);
    const h = kept.get(key);
    if (!h) return w;
    kept.delete(key);
    changesTo(h, w, ops);
    return h;
  });
  for (const node of kept.values()) {
    staying.delete(node);
    ops.push(() => node.remove());
  }
  // The children as they stand once the gone ones are removed, kept up to date as nodes are placed.
  const order = [...staying];
  wanted.forEach((node, i) => {
    if (order[i] === node) return;
    const before = order[i] ?? null;
    ops.push(() => live.insertBefore(node, before));
    const at = order.indexOf(node);
    if (at >= 0) order.splice(at, 1);
    order.splice(i, 0, node);
  });
}

/**
 * An adapter that shows our recorded markup with no script of ours (see 'news-timeline-same-dom'), each
 * first render and step's nodes passed through `shape` first.
 */
function domOnly(shape) {
  return {
    prepare: (data) => data,
    async setup(box, size, steps) {
      const { html, css, steps: recorded } = await (await fetch(`/same-dom/${size}-${steps}`)).json();
      return { nodes: shape(parse(html)), css, recorded };
    },
    async render(box, data, { nodes, css }) {
      const host = document.createElement('news-timeline');
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.append(nodes);
      box.append(host);
      return host;
    },
    nodes: shadowNodes,
    recorded: (ready) => ready.recorded,
    beforeStep: (host, entry) => (entry.changes = childChangesTo(host.shadowRoot, shape(parse(entry.html)))),
    replay: (host, entry) => entry.changes.forEach((change) => change()),
  };
}

export const adapters = {
  // Ours, as a page would create it: made, given its data and connected in one go (the same footing
  // as another library's constructor), so the clock also covers what it does when it connects.
  'news-timeline': {
    prepare: (data) => data,
    async render(box, data) {
      const el = document.createElement('news-timeline');
      const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
      el.events = data;
      box.append(el);
      await loaded;
      return el;
    },
    nodes: shadowNodes,
    pan: (el, start, end) => el.zoomTo(new Date(start), new Date(end)),
    zoom: (el, start, end) => el.zoomTo(new Date(start), new Date(end)),
  },

  // Ours as bench/run.mjs times it: connected and waiting for data before the clock starts (it builds
  // its date formatters while it waits), then given its data. Information only, not in the ratios.
  'news-timeline-waiting': {
    prepare: (data) => data,
    async setup(box) {
      const el = document.createElement('news-timeline');
      box.append(el);
      for (let i = 0; i < 3; i++) await frame();
      return el;
    },
    async render(box, data, el) {
      const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
      el.events = data;
      await loaded;
      return el;
    },
    nodes: shadowNodes,
  },

  // Ours in a page that makes its timeline as the bundle runs, before the page has ever been idle: the
  // bundle is imported just before the clock (not timed) and the element made in the same task, so what
  // `define` leaves for the page's first idle moment (the formatters, `NewsTimeline.prepare`) has not run.
  // Information only, not in the ratios.
  'news-timeline-cold': {
    prepare: (data) => data,
    load: () => import('/dist/news-timeline.bundle.js'),
    render: (box, data) => adapters['news-timeline'].render(box, data),
    nodes: shadowNodes,
  },

  // The browser alone showing what ours showed, in a page without our bundle: the nodes and stylesheet
  // of our first render (bench/compare.mjs serialises them from a run of ours at the same size) made
  // before the clock, then a host with a shadow root, the stylesheet parsed and adopted, the nodes
  // appended and the host connected, as the element does. No script of ours runs, so what it times is
  // style, layout (fonts included) and paint of that DOM in a fresh page: the floor under any code that
  // shows it. Its steps do the same for our pan and zoom steps: the shadow root's markup after each of
  // our steps (from the same run of ours) is parsed before the step's clock, and the step moves the
  // live DOM to it with the fewest changes a keyed renderer could make (`changesTo`, worked out before
  // the step's clock: the step times the browser's work, not the diffing). Information only.
  'news-timeline-same-dom': domOnly((nodes) => nodes),

  // The same, with the labels taken out of every event button (each button keeps its name): what the
  // browser alone pays for our steps' markers (one SVG shape each) and one real button per drawn event,
  // which keyboards and screen readers need. Information only.
  'news-timeline-same-dom-unlabelled': domOnly(unlabelled),

  // Items in a DataSet with groups; ranges as `range` items, points as the default `box`. The
  // timeline is given the container's height (by default it grows to fit every stacked item).
  'vis-timeline': {
    prepare: (data) => ({
      groups: data.groups.map((g) => ({ id: g.id, content: g.label })),
      items: data.events.map((e) => ({
        id: e.id,
        group: e.group,
        content: e.title,
        start: e.start,
        ...(e.end ? { end: e.end, type: 'range' } : {}),
      })),
    }),
    render(box, { groups, items }) {
      return new Promise((resolve) => {
        const timeline = new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), {
          width: '100%',
          height: '100%',
          onInitialDrawComplete: () => resolve(timeline),
        });
      });
    },
    nodes: (box) => box.querySelectorAll('*').length,
    pan: (timeline, start, end) => timeline.setWindow(start, end, { animation: false }),
    zoom: (timeline, start, end) => timeline.setWindow(start, end, { animation: false }),
  },

  // TimelineJS JSON: a title slide and one slide per event, dates as parts, groups as `group`.
  // `script_path` points at the local copy, so its font CSS is fetched from the bench server.
  TimelineJS: {
    prepare: (data) => ({
      title: { text: { headline: data.title, text: data.description ?? '' } },
      events: data.events.map((e) => ({
        unique_id: e.id,
        start_date: dayParts(e.start),
        ...(e.end ? { end_date: dayParts(e.end) } : {}),
        text: { headline: e.title, text: e.summary ?? '' },
        group: e.group,
      })),
    }),
    render(box, json) {
      return new Promise((resolve, reject) => {
        const timeline = new TL.Timeline(box, json, { script_path: window.benchScriptPath });
        let loaded = false;
        timeline.on('loaded', () => (loaded = true));
        timeline.on('ready', () => (loaded ? resolve(timeline) : reject(new Error('TimelineJS: ready before loaded'))));
      });
    },
    nodes: (box) => box.querySelectorAll('*').length,
    // No API to move the time navigator to a given window; its zoom buttons' methods step through
    // `zoom_sequence`. A step alternates zoomIn() and zoomOut(), so it stays near where it started.
    zoomStep: (timeline, i) => (i % 2 ? timeline.zoomOut() : timeline.zoomIn()),
  },

  // One milestones row per group (its `category`/`entries` form), one day per milestone.
  'd3-milestones': {
    prepare: (data) =>
      data.groups.map((g) => ({
        category: g.label,
        entries: data.events.filter((e) => e.group === g.id).map((e) => ({ start: e.start, title: e.title })),
      })),
    render(box, rows) {
      return new Promise((resolve) => {
        const vis = milestones(box)
          .mapping({ category: 'category', entries: 'entries', timestamp: 'start', text: 'title' })
          .aggregateBy('day');
        vis.renderCallback(() => resolve(vis));
        vis.render(rows);
      });
    },
    nodes: (box) => box.querySelectorAll('*').length,
  },
};

/** Extent of the data, for the step windows: the same windows as bench/run.mjs. */
function stepWindows(data, steps) {
  const times = data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  const width = Math.max((last - first) / 4, 86_400_000 * 30);
  const list = [{ kind: 'zoom', start: first, end: first + width }];
  for (let i = 1; i <= steps; i++) {
    const start = first + ((last - first - width) * i) / steps;
    list.push({ kind: 'pan', start, end: start + width });
  }
  for (let i = 0; i < steps; i++) {
    const factor = i % 2 ? 2 : 0.5;
    const mid = first + (last - first) / 2;
    const half = ((last - first) / 4) * factor;
    list.push({ kind: 'zoom', start: mid - half, end: mid + half });
  }
  // Gesture-sized steps (information): what one frame of a reader's drag or wheel asks for, where the
  // steps above jump a sixth of a view or four times in or out. A setup step (run, not timed) first
  // brings back the pan window, in the middle of the data; then drags move it 2 % of its width a step
  // (24 px at 1,200 px), and wheel notches zoom 1.1× about its middle, five in, five out, and so on.
  const gestures = Math.max(4, Math.round(steps / 2));
  let start = first + (last - first - width) / 2;
  let span = width;
  list.push({ kind: 'setup', start, end: start + span });
  for (let i = 0; i < gestures; i++) {
    start += span * 0.02;
    list.push({ kind: 'drag', start, end: start + span });
  }
  for (let i = 0; i < gestures; i++) {
    const mid = start + span / 2;
    span = i % 10 < 5 ? span / 1.1 : span * 1.1;
    start = mid - span / 2;
    list.push({ kind: 'wheel', start, end: start + span });
  }
  return list;
}

/** The adapter's method a step of `kind` calls: a drag is a pan, a wheel notch and the setup step zooms. */
const methodOf = (kind) => (kind === 'drag' ? 'pan' : kind === 'wheel' || kind === 'setup' ? 'zoom' : kind);

/**
 * Wires the page for compare.mjs: `benchPrepare(size | 'article')` makes the data, `benchRender(steps)`
 * times one first render and keeps the instance, `benchSteps()` lists the steps planned, and
 * `benchStep(i)` runs step i, timed to the frame after.
 */
export function install(name, { syntheticTimeline, article }) {
  const adapter = adapters[name];
  const box = document.getElementById('box');
  let instance = null;
  let data = null;
  let plan = [];

  let input = null;
  let ready;
  // Before the clock: the data in the library's own format, and (ours, connected first) the element.
  window.benchPrepare = async (size, steps) => {
    data = size === 'article' ? article : syntheticTimeline(size);
    input = adapter.prepare(data);
    ready = adapter.setup ? await adapter.setup(box, size, steps) : undefined;
    await frame();
  };

  window.benchRender = async (steps) => {
    // Code a library loads just before its clock (ours, cold): resolved in the task that runs it, so
    // nothing idle comes between it and the clock.
    if (adapter.load) await adapter.load();
    const t0 = performance.now();
    instance = await adapter.render(box, input, ready);
    const toDone = performance.now() - t0;
    await frame();
    const firstRender = performance.now() - t0;
    if (adapter.recorded) plan = adapter.recorded(ready);
    else if (adapter.pan || adapter.zoom) plan = stepWindows(data, steps);
    else if (adapter.zoomStep) plan = Array.from({ length: steps }, () => ({ kind: 'zoom' }));
    return { firstRender, toDone, nodes: adapter.nodes(box, instance) };
  };

  window.benchSteps = () => plan.map((s) => s.kind);

  // Before step i's clock (and before the page is let settle): what the step needs made first.
  window.benchBeforeStep = (i) => {
    if (i >= 0 && adapter.beforeStep) adapter.beforeStep(instance, plan[i]);
  };

  window.benchStep = async (i) => {
    const t = performance.now();
    // i < 0: a step that does nothing, the floor of a step's main-thread time (the frames, the calls).
    if (i >= 0 && adapter.replay) adapter.replay(instance, plan[i]);
    else if (i >= 0 && adapter.zoomStep) adapter.zoomStep(instance, i);
    else if (i >= 0) adapter[methodOf(plan[i].kind)](instance, plan[i].start, plan[i].end);
    await frame();
    return performance.now() - t;
  };
}
