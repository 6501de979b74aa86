// The bundle-size gate: dist/news-timeline.bundle.js, gzipped, against the performance budget of
// 40 KB with everything the default timeline needs. What loads only when a page needs it (the
// rich-text sanitiser and HTML reader, the importers, languages other than English, the vertical
// layout, media in cards, export, the reader of lists written in the page) is in dist/chunks and not
// counted. CI fails past the budget: never raise it to let growth in.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET_BYTES = 40 * 1024;
const bytes = gzipSync(readFileSync('dist/news-timeline.bundle.js'), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.bundle.js: ${kb(bytes)} gzipped, ${bytes} bytes (budget ${kb(BUNDLE_BUDGET_BYTES)}, ${BUNDLE_BUDGET_BYTES - bytes} bytes to spare)`);
if (bytes > BUNDLE_BUDGET_BYTES) {
  console.error(`Over the performance budget by ${bytes - BUNDLE_BUDGET_BYTES} bytes: see docs/performance.md.`);
  process.exit(1);
}
