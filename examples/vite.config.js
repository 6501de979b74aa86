import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { developingStory } from './developing-server.js';
import { GALLERY_PAGES, galleryNav, NAV_PLACEHOLDER } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../dist');
const outDir = resolve(here, '../dist-gallery');
const sourceEntries = new Set([resolve(here, '../src/index.ts'), resolve(here, '../src/react.ts')]);

// The gallery: pages import the source through the `news-timeline` alias, except the script-tag
// page, which loads the built bundle from /dist/ exactly as a page without a build step would.
export default defineConfig({
  root: here,
  resolve: {
    alias: [
      { find: /^news-timeline\/react$/, replacement: resolve(here, '../src/react.ts') },
      { find: /^news-timeline\/data$/, replacement: resolve(here, '../src/data.ts') },
      { find: /^news-timeline$/, replacement: resolve(here, '../src/index.ts') },
    ],
  },
  // The React page is plain JSX with React 19's automatic runtime; no framework plugin is needed.
  oxc: { jsx: { runtime: 'automatic' } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(GALLERY_PAGES.map(({ file }) => [file.replace('.html', ''), resolve(here, file)])),
    },
  },
  plugins: [
    {
      // One navigation for every page, written into the HTML itself so it works without JavaScript.
      name: 'gallery-nav',
      transformIndexHtml(html, ctx) {
        const file = ctx.path === '/' ? 'index.html' : ctx.path.replace(/^\//, '');
        const page = html.replace(NAV_PLACEHOLDER, (_, compact) => galleryNav(file, Boolean(compact)));
        // The server-rendering page gets the article timeline rendered in Node (from the built dist/).
        if (!page.includes('<!--ssr-outlet-->')) return page;
        const markup = execFileSync(process.execPath, [resolve(here, '../scripts/render-ssr.mjs')], { cwd: resolve(here, '..'), encoding: 'utf8' });
        return page.replace('<!--ssr-outlet-->', markup);
      },
    },
    {
      // The package's `sideEffects` names the dist/ modules that register the element; the gallery builds
      // from src/, so their sources are marked here, or the build drops a bare `import 'news-timeline'`.
      name: 'source-side-effects',
      apply: 'build',
      transform(code, id) {
        if (sourceEntries.has(id)) return { code, map: null, moduleSideEffects: true };
      },
    },
    {
      // The built gallery: the script-tag page (its tag kept as written, see below) gets the bundle and its
      // chunks (and the embed page with its scripts) beside the pages, at /dist/ as the dev server serves
      // them; the data files that pages name in `src` attributes (which Vite does not follow) are copied as they are.
      name: 'build-dist',
      apply: 'build',
      writeBundle() {
        for (const file of ['news-timeline.bundle.js', 'embed.html', 'news-timeline-embed-page.js', 'news-timeline-embed.js']) cpSync(resolve(dist, file), resolve(outDir, 'dist', file));
        cpSync(resolve(dist, 'chunks'), resolve(outDir, 'dist/chunks'), { recursive: true, filter: (path) => !path.endsWith('.map') });
        cpSync(resolve(here, 'data'), resolve(outDir, 'data'), { recursive: true });
      },
    },
    {
      // The developing story's one URL, moving through its versions with ETags and 304s (developing.html).
      name: 'developing-story',
      configureServer(server) {
        server.middlewares.use('/developing', developingStory(resolve(here, 'data/developing')));
      },
    },
    {
      // Pages that load the built bundle keep their tag as written: a build would bundle it, and the dev
      // server would look for /dist/ under the gallery's root and log an error for a file the next plugin serves.
      name: 'dist-script-as-written',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replaceAll('<script type="module" src="/dist/', '<script vite-ignore type="module" src="/dist/'),
      },
    },
    {
      name: 'serve-dist',
      configureServer(server) {
        server.middlewares.use('/dist', (req, res, next) => {
          const path = normalize(join(dist, decodeURIComponent((req.url ?? '/').split('?')[0])));
          if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) return next();
          const type = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8' }[extname(path)];
          res.setHeader('Content-Type', type ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      },
    },
  ],
});
