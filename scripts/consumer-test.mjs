// The consumer test: pack the library as npm would publish it, install the tarball into a fresh project,
// type-check a TypeScript file that uses the element, its events and `news-timeline/data`, import the data
// layer in plain Node, build a page with Vite, and render it in headless Chromium. It catches a file
// missing from `files`, a wrong `exports` path or a broken type. It also weighs the npm route: the
// JavaScript a Vite app that only does `import 'news-timeline'` loads up front, against the one-file
// bundle, and fails past 10 % more. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';

const root = resolve(import.meta.dirname, '..');
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'news-timeline-consumer-'));
const sh = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (text) => console.log(`consumer: ${text}`);

try {
  step('npm pack');
  const tarball = join(work, sh('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());

  step('install the tarball into a fresh project');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball,
    `typescript@${ours.devDependencies.typescript}`, `vite@${ours.devDependencies.vite}`,
    `react@${ours.devDependencies.react}`, `@types/react@${ours.devDependencies['@types/react']}`]);

  step('type-check files that use the element, its events, news-timeline/data and news-timeline/react');
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', 'main.ts'), `
import 'news-timeline';
import type { NewsEvent, NewsTimeline, NewsTimelineSelectEvent } from 'news-timeline';
import { parseTimeline, type TimelineIssue } from 'news-timeline/data';

const events: NewsEvent[] = [
  { id: 'madrid', start: '2022-06-28', end: '2022-06-30', title: 'Madrid summit', group: 'nato', importance: 3 },
  { id: 'vilnius', start: '2023-07-11', end: '2023-07-12', title: 'Vilnius summit', status: 'expected' },
];
const { data, issues } = parseTimeline(events);
const problems: readonly TimelineIssue[] = issues;
const el: NewsTimeline = document.createElement('news-timeline');
el.label = 'Consumer test';
el.events = { title: 'Japan and NATO', asOf: '2023-05-25', events };
el.addEventListener('news-timeline-select', (e: NewsTimelineSelectEvent) => console.log(e.id));
el.addEventListener('news-timeline-load', (e) => {
  document.body.dataset['loaded'] = String(e.timeline.events.length + problems.length + data.events.length);
});
document.body.append(el);
`);
  // React 19: the wrapper from news-timeline/react, and the bare tag typed by importing it.
  writeFileSync(join(work, 'src', 'app.tsx'), `
import { NewsTimeline } from 'news-timeline/react';
import type { NewsTimelineSelectEvent, TimelineData } from 'news-timeline';

const data: TimelineData = { events: [{ start: '2023-05-24', title: 'Kishida: no plans to join NATO' }] };
export const Wrapped = () => <NewsTimeline events={data} label="Story" onNewsTimelineSelect={(e: NewsTimelineSelectEvent) => console.log(e.id)} />;
export const Bare = () => <news-timeline events={data} story onnews-timeline-select={(e: NewsTimelineSelectEvent) => console.log(e.id)} />;
`);
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, lib: ['ES2023', 'DOM'], noEmit: true, skipLibCheck: false, jsx: 'react-jsx' },
    include: ['src'],
  }, null, 2));
  sh(process.execPath, [join(work, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);

  step('import news-timeline/data in Node, with no DOM');
  const count = sh(process.execPath, ['--input-type=module', '-e',
    "import { parseTimeline } from 'news-timeline/data'; console.log(parseTimeline([{ start: '2023-05-24', title: 'x' }]).data.events.length);"]).trim();
  if (count !== '1') throw new Error(`news-timeline/data parsed ${count} events in Node, expected 1`);

  step('build a page with Vite');
  writeFileSync(join(work, 'index.html'), '<!doctype html><html lang="en"><body><script type="module" src="/src/main.ts"></script></body></html>');
  writeFileSync(join(work, 'minimal.html'), '<!doctype html><html lang="en"><body><script type="module" src="/src/minimal.ts"></script></body></html>');
  writeFileSync(join(work, 'src', 'minimal.ts'), "import 'news-timeline';\n");
  writeFileSync(join(work, 'vite.config.js'), `export default { build: { rollupOptions: { input: { index: 'index.html', minimal: 'minimal.html' } } } };\n`);
  sh(process.execPath, [join(work, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error']);

  step("weigh the npm route: what an app that only does `import 'news-timeline'` loads up front");
  // What the built page loads before it runs: its module script and the modules it preloads.
  const page = readFileSync(join(work, 'dist/minimal.html'), 'utf8');
  const upFront = [...page.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  if (upFront.length === 0) throw new Error(`found no module script in the built page: ${page}`);
  const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const appBytes = upFront.reduce((n, f) => n + gzipped(join(work, 'dist', f)), 0);
  const bundleBytes = gzipped(join(root, 'dist/news-timeline.bundle.js'));
  const ratio = appBytes / bundleBytes;
  console.log(`consumer: npm route ${appBytes} bytes gzipped up front, the bundle ${bundleBytes}: ${((ratio - 1) * 100).toFixed(1)} % more (at most 10 %)`);
  if (ratio > 1.1) throw new Error(`the npm route loads ${((ratio - 1) * 100).toFixed(1)} % more JavaScript than the bundle, more than 10 %`);

  step('render it in headless Chromium');
  const dist = join(work, 'dist');
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = normalize(join(dist, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : req.url.split('?')[0]));
    if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('body[data-loaded]', { timeout: 15_000 });
    const buttons = await page.locator('news-timeline').locator('button[part~="event"]').count();
    if (buttons !== 2 || errors.length) throw new Error(`expected 2 event buttons and no page errors, found ${buttons} and ${errors.join('; ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  step('passed');
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`consumer: kept ${work}`); else rmSync(work, { recursive: true, force: true });
}
