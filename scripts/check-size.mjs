// The bundle-size budget: dist/news-timeline.bundle.js, gzipped, must stay within 40 KB (issue budget).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET_BYTES = 40 * 1024;
const bytes = gzipSync(readFileSync('dist/news-timeline.bundle.js'), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.bundle.js: ${kb(bytes)} gzipped (budget ${kb(BUNDLE_BUDGET_BYTES)})`);
if (bytes > BUNDLE_BUDGET_BYTES) {
  console.error('The bundle is over its size budget.');
  process.exit(1);
}
