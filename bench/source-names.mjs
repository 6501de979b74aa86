// Names a CPU profile's frames by where they are in our sources: the bundle is minified, so its own
// names (`qi`, `cs`) say nothing; its source map says `src/plan/view-text.ts:13`.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const bundleMap = new SourceMap(JSON.parse(readFileSync(new URL('../dist/news-timeline.bundle.js.map', import.meta.url), 'utf8')));

/** "file:line" of a profile's call frame; in the bundle, the source file and line it was built from. */
export function sourceOf({ url, lineNumber, columnNumber }) {
  const file = url.split('/').pop();
  if (file !== 'news-timeline.bundle.js') return `${file}:${lineNumber + 1}`;
  const entry = bundleMap.findEntry(lineNumber, columnNumber);
  return entry.originalSource ? `${entry.originalSource.replace(/^.*?(src|node_modules)\//, '$1/')}:${entry.originalLine + 1}` : `${file}:${lineNumber + 1}`;
}
