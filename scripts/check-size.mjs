// The bundle-size gate. dist/news-timeline.bundle.js, gzipped, is measured against two numbers:
// - the performance budget, 40 KB (the scale issue's target): printed, and missed today;
// - the regression ceiling, which fails CI: the size this release shipped at, so nothing grows while
//   the budget work is open. Lower the ceiling as the bundle shrinks; never raise it to let growth in.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET_BYTES = 40 * 1024;
export const BUNDLE_CEILING_BYTES = 46 * 1024;
const bytes = gzipSync(readFileSync('dist/news-timeline.bundle.js'), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.bundle.js: ${kb(bytes)} gzipped (budget ${kb(BUNDLE_BUDGET_BYTES)}, ceiling ${kb(BUNDLE_CEILING_BYTES)})`);
if (bytes > BUNDLE_BUDGET_BYTES) console.log(`Over the performance budget by ${kb(bytes - BUNDLE_BUDGET_BYTES)}: see bench/ and the performance issue.`);
if (bytes > BUNDLE_CEILING_BYTES) {
  console.error('The bundle grew past its regression ceiling.');
  process.exit(1);
}
