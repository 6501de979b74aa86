import { needsImporters, type FormatImporters, type TimelineFormat } from './formats.js';
import { parseTimelineWith } from './parse-core.js';
import type { TimelineParseResult } from './timeline.js';

/**
 * Parsing for the element, which keeps the TimelineJS and CSV importers out of its first download:
 * our own JSON parses at once; other formats wait for the importers' chunk, which loads once per page.
 */

let importers: FormatImporters | null = null;
let loading: Promise<void> | null = null;

/** Used when the importers could not load (offline, blocked): the data is reported, not silently lost. */
const UNAVAILABLE: FormatImporters = {
  timelinejs: (_value, issues) => {
    issues.report('error', { path: 'data' }, undefined, 'expected the TimelineJS importer to load, but it could not (the data was not read)');
    return null;
  },
  csv: (_text, issues) => {
    issues.report('error', { path: 'data' }, undefined, 'expected the CSV importer to load, but it could not (the data was not read)');
    return null;
  },
};

/**
 * Parses `input` now, or returns `null` and calls `onReady` once the importers it needs have loaded
 * (then parse again). Never throws.
 */
export function parseOrLoad(input: unknown, format: TimelineFormat | null, onReady: () => void): TimelineParseResult | null {
  if (!importers && needsImporters(input, format)) {
    loading ??= import('./format-importers.js').then(
      (module) => void (importers = module.FORMAT_IMPORTERS),
      () => void (importers = UNAVAILABLE),
    );
    void loading.then(onReady);
    return null;
  }
  return parseTimelineWith(input, { format }, importers ?? UNAVAILABLE);
}
