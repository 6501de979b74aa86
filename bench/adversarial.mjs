// The adversarial part of `npm run bench`: inputs built to make text handling backtrack or repeat work
// (unclosed tags, nested `<a`, unclosed comments, runs of quotes, spaces, commas, digits, entities…),
// each at 10 KB and 100 KB. Every step from bytes to pixels must stay linear: a pattern fails when 10×
// the input costs more than 20× the time. Node times parseTimeline and the CLI's validate (each run in
// a worker, so a runaway one can be stopped); Chromium times the sanitiser and the element drawing
// the event with its card open. Run alone: `node bench/adversarial.mjs` (after `npm run build`).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = resolve(import.meta.dirname, '..');
const SIZES = [10_000, 100_000];
const MAX_RATIO = 20;
/** A pattern still running after this is stopped; a size it never finished counts as at least this long. */
const DEADLINE_MS = 30_000;

/** `unit` repeated to exactly `size` characters. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** One event of our JSON whose `field` holds `text` (as JSON text, the way a page or file gives it). */
const eventWith = (field, text) => JSON.stringify({ events: [{ id: 'a', start: '2023-05-24', title: 'Good', [field]: text }, { id: 'b', start: '2023-06-01', title: 'Also good' }] });
/** One TimelineJS slide whose `text[key]` holds `text`. */
const slideWith = (key, text) => JSON.stringify({ events: [{ start_date: { year: 2023 }, text: { headline: 'Good', [key]: text } }, { start_date: { year: 2024 }, text: { headline: 'Also good' } }] });
/** A CSV of our own columns with `cell` as the summary of its one row. */
const csvWith = (cell) => `start,title,summary\n2023-05-24,Good,${cell}\n2023-06-01,Also good,x\n`;
/** A JSON array of whole copies of `item`, about `size` characters long. */
const jsonArray = (item, size) => `[${Array(Math.max(1, Math.floor((size - 1) / (item.length + 1)))).fill(item).join(',')}]`;

/**
 * Each pattern makes text of a given size; `field` is where the element shows it (the sanitiser and
 * the card get a body, the rest is only parsed).
 */
export const PATTERNS = [
  { name: 'body: "<p " (unclosed tags)', input: (n) => eventWith('body', fill('<p ', n)), body: (n) => fill('<p ', n) },
  { name: 'body: "<a" (nested, unclosed)', input: (n) => eventWith('body', fill('<a', n)), body: (n) => fill('<a', n) },
  { name: 'body: "<a href=" (open attribute)', input: (n) => eventWith('body', fill('<a href=', n)), body: (n) => fill('<a href=', n) },
  { name: 'body: "<!--" (unclosed comments)', input: (n) => eventWith('body', fill('<!--', n)), body: (n) => fill('<!--', n) },
  { name: 'body: "<script>" (unclosed hidden)', input: (n) => eventWith('body', fill('<script>', n)), body: (n) => fill('<script>', n) },
  { name: 'body: "</p" (unclosed end tags)', input: (n) => eventWith('body', fill('</p', n)), body: (n) => fill('</p', n) },
  { name: 'body: "<" (lone angles)', input: (n) => eventWith('body', fill('<', n)), body: (n) => fill('<', n) },
  { name: 'body: "<b>" (deep nesting)', input: (n) => eventWith('body', fill('<b>', n)), body: (n) => fill('<b>', n) },
  { name: 'body: "<div><p>x" (nested blocks)', input: (n) => eventWith('body', fill('<div><p>x', n)), body: (n) => fill('<div><p>x', n) },
  { name: 'body: "&amp" (entities, no ;)', input: (n) => eventWith('body', fill('&amp', n)), body: (n) => fill('&amp', n) },
  { name: 'body: "&#1" then digits', input: (n) => eventWith('body', `&#${fill('1', n - 2)}`), body: (n) => `&#${fill('1', n - 2)}` },
  { name: 'body: spaces, then "x"', input: (n) => eventWith('body', `<p>${fill(' ', n - 4)}x`), body: (n) => `<p>${fill(' ', n - 4)}x` },
  { name: 'body: "a." (no sentence end)', input: (n) => eventWith('body', fill('a.', n)), body: (n) => fill('a.', n) },
  { name: 'TimelineJS headline: "<a"', input: (n) => slideWith('headline', fill('<a', n)) },
  { name: 'TimelineJS text: "<p "', input: (n) => slideWith('text', fill('<p ', n)) },
  { name: 'TimelineJS text: "a " (fallback headline)', input: (n) => JSON.stringify({ events: [{ start_date: { year: 2023 }, text: { text: fill('a ', n) } }] }) },
  { name: 'title: spaces', input: (n) => eventWith('title', `${fill(' ', n - 1)}x`) },
  { name: 'start: digits', input: (n) => JSON.stringify([{ start: fill('1', n), title: 'Bad' }, { start: '2023', title: 'Good' }]) },
  { name: 'start: "/" (intervals)', input: (n) => JSON.stringify([{ start: fill('2023/', n), title: 'Bad' }, { start: '2023', title: 'Good' }]) },
  // Arrays of many items are given as values, as a page sets `el.events`: JSON.parse's own time on
  // them is the engine's and jumps between 10 and 100 KB (see the table of the engine below).
  { name: 'id: the same id again', value: true, input: (n) => jsonArray('{"id":"x","start":"2023","title":"T"}', n) },
  { name: 'title: the same title, no id', value: true, input: (n) => jsonArray('{"start":"2023","title":"T"}', n) },
  { name: 'events: "1" (not events)', value: true, input: (n) => jsonArray('1', n) },
  { name: 'tags: bad tags', value: true, input: (n) => JSON.stringify([{ start: '2023', title: 'T', tags: Array.from({ length: Math.floor((n - 40) / 2) }, () => 1) }]) },
  { name: 'events: bad tags in each', value: true, input: (n) => jsonArray(`{"start":"2023","title":"T","tags":[${Array(20).fill(1)}]}`, n) },
  { name: 'JSON: "[" (deep arrays)', input: (n) => fill('[', n) },
  { name: 'JSON: "\\"" (quotes in text)', input: (n) => eventWith('summary', fill('"', n)) },
  { name: 'CSV: "\\"" (quotes)', input: (n) => csvWith(fill('"', n)) },
  { name: 'CSV: unclosed quote', input: (n) => csvWith(`"${fill('a,', n - 1)}`) },
  { name: 'CSV: "," (columns)', input: (n) => `start,title${fill(',', n)}\n2023,T\n` },
  { name: 'CSV: header "\\"" (quotes)', input: (n) => `${fill('"a', n)},start,title\n2023,T\n` },
  { name: 'CSV: blank lines', input: (n) => `start,title\n${fill('\n', n)}2023,T\n` },
  { name: 'CSV: ";" (tags)', input: (n) => `start,title,tags\n2023,T,${fill(';', n)}\n` },
  { name: 'CSV: spaces in a header name', input: (n) => `start,title,${fill(' ', n)}x\n2023,T\n` },
  { name: 'detect: "\\"body\\"" then spaces', input: (n) => `{"body"${fill(' ', n)}` },
  { name: 'detect: "\\"headline\\"" then spaces', input: (n) => `{"headline"${fill(' ', n)}` },
];

/** Patterns the CLI's `validate` is timed on too (it reads bytes, decodes them and parses). */
const CLI_PATTERNS = ['body: "<p " (unclosed tags)', 'TimelineJS headline: "<a"', 'CSV: unclosed quote', 'events: "1" (not events)'];

/** Milliseconds per call in one batch of calls of `run`, long enough for the clock (one call when it is slow). */
async function batch(run) {
  let calls = 0;
  const t = performance.now();
  do {
    await run();
    calls++;
  } while (performance.now() - t < 30);
  return (performance.now() - t) / calls;
}

// In a worker: time one pattern at every size, in alternating batches, reporting each as it ends.
if (!isMainThread) {
  const { name, kind } = workerData;
  const pattern = PATTERNS.find((p) => p.name === name);
  const { parseTimeline } = await import(pathToFileURL(join(root, 'dist/data.js')).href);
  const { runCli } = await import(pathToFileURL(join(root, 'dist/cli/run-cli.js')).href);
  const runs = SIZES.map((size) => {
    // The engine's floor: an array of one item per character of input, as a CSV of 100,000 empty fields makes.
    if (kind === 'array') return () => {
      const items = [];
      for (let i = 0; i < size; i++) items.push('');
      return items;
    };
    const input = pattern.input(size);
    const bytes = new TextEncoder().encode(input);
    const value = pattern.value ? JSON.parse(input) : input;
    return kind === 'cli'
      ? () => runCli(['validate', 'input.json'], { readFile: async () => bytes, fileSize: async () => bytes.length, out() {}, err() {} })
      : kind === 'json' ? () => void JSON.parse(input) : () => void parseTimeline(value);
  });
  const started = performance.now();
  for (let round = 0; round < 9 && (round < 3 || performance.now() - started < 3_000); round++) {
    for (let i = 0; i < runs.length; i++) {
      // The first call of each warms the engine up and is not counted.
      if (round === 0) await runs[i]();
      parentPort.postMessage({ size: i, ms: await batch(runs[i]) });
    }
  }
  parentPort.postMessage('done');
}

/**
 * Times `name` at every size in one worker, alternating between sizes so that other work on a shared
 * machine weighs on both alike; each size keeps its fastest batch (load only ever adds time). A
 * worker past the deadline is stopped: a size it never finished counts as the deadline.
 */
function timeInWorker(name, kind) {
  return new Promise((done, fail) => {
    const best = SIZES.map(() => Infinity);
    const worker = new Worker(new URL(import.meta.url), { workerData: { name, kind } });
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
      done(best);
    };
    const timer = setTimeout(finish, DEADLINE_MS);
    worker.on('message', (message) => {
      if (message === 'done') finish();
      else best[message.size] = Math.min(best[message.size], message.ms);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
  });
}

const f = (ms) => (ms === Infinity ? `> ${DEADLINE_MS / 1000} s` : ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const ratioOf = (small, large) => (large === Infinity ? Infinity : large / Math.max(small, 1e-3));

/** One table: a row per pattern with its two times and their ratio; returns whether any row failed. */
function table(title, rows) {
  const lines = [`${title}`, '', '| pattern | 10 KB ms | 100 KB ms | ratio (fails > 20) |', '|---|---|---|---|'];
  let failed = false;
  for (const { name, times } of rows) {
    const ratio = ratioOf(times[0], times[1]);
    const bad = ratio > MAX_RATIO;
    failed ||= bad;
    lines.push(`| ${name} | ${f(times[0])} | ${f(times[1])} | ${ratio === Infinity ? '∞' : ratio.toFixed(1)}${bad ? ' **FAIL**' : ''} |`);
  }
  console.log(lines.join('\n') + '\n');
  return failed;
}

/** Chromium: the sanitiser alone, and the element from data to its card drawn, for each body pattern. */
async function browserRows() {
  const { chromium } = await import('playwright');
  const chunk = readdirSync(join(root, 'dist/chunks')).find((file) => /^sanitizer-.*\.js$/.test(file));
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return void res.end(`<!doctype html><html lang="en-GB"><body><div id="box" style="width:1000px"></div><script type="module">
        import '/dist/news-timeline.bundle.js';
        window.sanitizer = await import('/dist/chunks/${chunk}');
        window.ready = true;
      </script></body></html>`);
    }
    const path = normalize(join(root, url));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': { '.js': 'text/javascript', '.map': 'application/json' }[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const sanitised = [];
  const drawn = [];
  try {
    for (const pattern of PATTERNS.filter((p) => p.body)) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.ready === true);
      const bodies = SIZES.map((size) => pattern.body(size));
      const result = await Promise.race([
        page.evaluate(async (bodies) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          // The sanitiser alone: batches long enough for the page's coarse clock, alternating between
          // sizes so that other work on the machine weighs on both alike; each keeps its fastest.
          const sanitiser = bodies.map((body) => (window.sanitizer.sanitizeRichText(body), Infinity));
          const started = performance.now();
          for (let round = 0; round < 9 && (round < 3 || performance.now() - started < 3_000); round++) {
            bodies.forEach((body, i) => {
              const t = performance.now();
              let n = 0;
              do {
                window.sanitizer.sanitizeRichText(body);
                n++;
              } while (performance.now() - t < 30);
              sanitiser[i] = Math.min(sanitiser[i], (performance.now() - t) / n);
            });
          }
          // The element: from data to the card with this body drawn. A first dataset with rich text
          // loads the reader of rich text and the sanitiser, so only the data's own cost is timed.
          const element = [];
          for (const body of bodies) {
            const el = document.createElement('news-timeline');
            document.getElementById('box').replaceChildren(el);
            const warm = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
            el.events = [{ id: 'w', start: '2020', title: 'Warm', body: '<p>x</p>' }];
            el.selected = 'w';
            await warm;
            for (let i = 0; i < 200 && !el.shadowRoot.querySelector('.rich'); i++) await frame();
            const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
            const t0 = performance.now();
            el.events = [{ id: 'a', start: '2023-05-24', title: 'Good', body }, { id: 'b', start: '2023-06-01', title: 'Also good' }];
            el.selected = 'a';
            await loaded;
            await el.updateComplete;
            await frame();
            element.push(performance.now() - t0);
            if (!el.shadowRoot.querySelector('[part~="detail"] .rich')) throw new Error('the card was not drawn with its rich text');
          }
          return { sanitiser, element };
        }, bodies),
        new Promise((r) => setTimeout(() => r(null), DEADLINE_MS * 2)),
      ]);
      await page.close();
      sanitised.push({ name: pattern.name, times: result ? result.sanitiser : SIZES.map(() => Infinity) });
      drawn.push({ name: pattern.name, times: result ? result.element : SIZES.map(() => Infinity) });
      console.error(`measured ${pattern.name} in Chromium`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { sanitised, drawn };
}

/** Runs every table; resolves to whether any pattern grew faster than the limit. */
export async function runAdversarial({ browser = true } = {}) {
  const parsed = [];
  for (const pattern of PATTERNS) {
    parsed.push({ name: pattern.name, times: await timeInWorker(pattern.name, 'parse') });
    console.error(`measured ${pattern.name}`);
  }
  const validated = [];
  for (const name of CLI_PATTERNS) validated.push({ name, times: await timeInWorker(name, 'cli') });
  const engine = [];
  for (const pattern of PATTERNS.filter((p) => p.value)) engine.push({ name: `JSON.parse: ${pattern.name}`, times: await timeInWorker(pattern.name, 'json') });
  engine.push({ name: 'an array of one item per character (push)', times: await timeInWorker(PATTERNS[0].name, 'array') });
  console.log('## Adversarial input: time per call at 10 KB and 100 KB (linear is a ratio near 10)\n');
  let failed = table('parseTimeline (Node)', parsed);
  failed = table('news-timeline validate (Node, from the file\'s bytes)', validated) || failed;
  // Shown, not gated: where the engine itself steps up between these sizes. A JavaScript array of 100,000
  // items lives in V8's large-object space, whose fresh pages can cost far more than ten arrays of 10,000
  // (on some machines 100x); JSON.parse of long arrays steps up with it. Rows above that make such arrays
  // (a CSV of 100,000 fields or lines) carry that step; compare them with this table.
  table('The engine alone (not gated: not our code)', engine);
  if (browser) {
    const { sanitised, drawn } = await browserRows();
    failed = table('The sanitiser, sanitizeRichText (Chromium)', sanitised) || failed;
    failed = table('The element, from data to the card drawn (Chromium)', drawn) || failed;
  }
  return failed;
}

if (isMainThread && process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const failed = await runAdversarial({ browser: !process.argv.includes('--node-only') });
  process.exit(failed ? 1 : 0);
}
