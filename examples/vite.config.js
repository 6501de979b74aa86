import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { GALLERY_PAGES, galleryNav } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../dist');

// The gallery: pages import the source through the `news-timeline` alias, except the script-tag
// page, which loads the built bundle from /dist/ exactly as a page without a build step would.
export default defineConfig({
  root: here,
  resolve: {
    alias: [
      { find: /^news-timeline\/react$/, replacement: resolve(here, '../src/react.ts') },
      { find: /^news-timeline$/, replacement: resolve(here, '../src/index.ts') },
    ],
  },
  // The React page is plain JSX with React 19's automatic runtime; no framework plugin is needed.
  oxc: { jsx: { runtime: 'automatic' } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, '../dist-gallery'),
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
        const page = html.replace('<nav class="gallery-nav" aria-label="Examples"></nav>', galleryNav(file));
        // The server-rendering page gets the article timeline rendered in Node (from the built dist/).
        if (!page.includes('<!--ssr-outlet-->')) return page;
        const markup = execFileSync(process.execPath, [resolve(here, '../scripts/render-ssr.mjs')], { cwd: resolve(here, '..'), encoding: 'utf8' });
        return page.replace('<!--ssr-outlet-->', markup);
      },
    },
    {
      name: 'serve-dist',
      configureServer(server) {
        server.middlewares.use('/dist', (req, res, next) => {
          const path = normalize(join(dist, decodeURIComponent((req.url ?? '/').split('?')[0])));
          if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : path.endsWith('.map') ? 'application/json' : 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      },
    },
  ],
});
