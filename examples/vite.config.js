import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../dist');

// The gallery: pages import the source through the `news-timeline` alias, except the script-tag
// page, which loads the built bundle from /dist/ exactly as a page without a build step would.
export default defineConfig({
  root: here,
  resolve: { alias: { 'news-timeline': resolve(here, '../src/index.ts') } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, '../dist-gallery'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        'script-tag': resolve(here, 'script-tag.html'),
        javascript: resolve(here, 'javascript.html'),
        languages: resolve(here, 'languages.html'),
        phone: resolve(here, 'phone.html'),
        themes: resolve(here, 'themes.html'),
        'print-export': resolve(here, 'print-export.html'),
      },
    },
  },
  plugins: [
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
