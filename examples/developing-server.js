// The gallery's stand-in for a newsroom's server during a developing story: one URL whose content moves
// through the seven versions in examples/data/developing/, as the story moved from 25 May to 14 July 2023.
//
//   GET  <base>/story.json   the current version, with an ETag and a Last-Modified date (the version's
//                            `updated`); 304 Not Modified when the request names the current one
//   GET  <base>/control      where the replay stands: { version, count, asOf, updated }
//   POST <base>/control?version=next|previous|first|last|<n>   moves it, and answers the same
//
// The element only ever makes plain conditional GETs of story.json; the page's controls move the version.
// Dev server only: a built gallery on a static host has no such URL, and its page says so.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A connect-style middleware (Vite's `server.middlewares.use(base, …)`) serving the versions in `dir`. */
export function developingStory(dir, count = 7) {
  let version = 1;
  const read = (n) => {
    const text = readFileSync(join(dir, `v${n}.json`), 'utf8');
    const data = JSON.parse(text);
    return { text, asOf: data.asOf, updated: data.updated, etag: `"v${n}-${createHash('sha1').update(text).digest('hex').slice(0, 12)}"` };
  };
  const state = () => {
    const { asOf, updated } = read(version);
    return JSON.stringify({ version, count, asOf, updated });
  };
  const moved = (to) => {
    const n = to === 'next' ? version + 1 : to === 'previous' ? version - 1 : to === 'first' ? 1 : to === 'last' ? count : Number(to);
    return Number.isInteger(n) ? Math.min(count, Math.max(1, n)) : null;
  };

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/story.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      const current = read(version);
      const modified = new Date(current.updated).toUTCString();
      res.setHeader('ETag', current.etag);
      res.setHeader('Last-Modified', modified);
      // Always ask again: every reader's next request is a conditional one.
      res.setHeader('Cache-Control', 'no-cache');
      const tags = req.headers['if-none-match'];
      const since = req.headers['if-modified-since'];
      // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
      const unchanged = tags !== undefined
        ? tags.split(',').map((t) => t.trim()).includes(current.etag)
        : since !== undefined && Date.parse(since) >= Date.parse(modified);
      if (unchanged) {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      return res.end(req.method === 'HEAD' ? undefined : current.text);
    }
    if (url.pathname === '/control') {
      if (req.method === 'POST') {
        const to = moved(url.searchParams.get('version') ?? 'next');
        if (to === null) {
          res.statusCode = 400;
          return res.end('version must be next, previous, first, last or a number');
        }
        version = to;
      } else if (req.method !== 'GET') {
        res.statusCode = 405;
        return res.end();
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      return res.end(state());
    }
    next();
  };
}
