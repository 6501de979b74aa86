// The bundle-size gate: dist/news-timeline.bundle.js, gzipped, against the budget of 48 KB for the one
// file that draws a news timeline at every width on its own (the drawing, the phone's vertical layout,
// keys, story mode, the printed list, media in cards, lists written in the page). What loads only when
// a page needs it (the TimelineJS and CSV importers, the reader of rich text and its sanitiser, export,
// languages other than English) is in dist/chunks and not counted. CI fails past the budget: never raise
// it to let growth in.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET_BYTES = 48 * 1024;
const bytes = gzipSync(readFileSync('dist/news-timeline.bundle.js'), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.bundle.js: ${kb(bytes)} gzipped, ${bytes} bytes (budget ${kb(BUNDLE_BUDGET_BYTES)}, ${BUNDLE_BUDGET_BYTES - bytes} bytes to spare)`);
if (bytes > BUNDLE_BUDGET_BYTES) {
  console.error(`Over the budget by ${bytes - BUNDLE_BUDGET_BYTES} bytes: see docs/performance.md.`);
  process.exit(1);
}

// The host script of iframe embeds goes on every article page that embeds a timeline: a few hundred bytes.
export const EMBED_HOST_BUDGET_BYTES = 512;
const host = gzipSync(readFileSync('dist/news-timeline-embed.js'), { level: 9 }).length;
console.log(`dist/news-timeline-embed.js: ${host} bytes gzipped (budget ${EMBED_HOST_BUDGET_BYTES})`);
if (host > EMBED_HOST_BUDGET_BYTES) {
  console.error(`The embed host script is over its budget by ${host - EMBED_HOST_BUDGET_BYTES} bytes.`);
  process.exit(1);
}
