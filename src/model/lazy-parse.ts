import { mayHaveRichText, needsImporters, type FormatImporters, type TimelineFormat } from './formats.js';
import { onDemand } from './on-demand.js';
import { parseTimelineWith } from './parse-core.js';
import type { TimelineParseResult } from './timeline.js';

/**
 * Parsing for the element, which keeps the TimelineJS and CSV importers and the reader of rich text
 * out of its first download: our own JSON parses at once; other formats wait for the importers'
 * chunk, and events with rich text (`body`) for the HTML reader's, each loaded once per page.
 */

const importers = onDemand(() => import('./format-importers.js'), 'the TimelineJS and CSV importers could not load');
const htmlReader = onDemand(() => import('./html-text.js'), 'the reader of rich text could not load; summaries of rich text keep only the text between tags');

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

/** When the HTML reader could not load: the text between tags, entities left as written. */
const tagsRemoved = (html: string): string => html.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Parses `input` now, or returns `null` and calls `onReady` once the code it needs has loaded
 * (then parse again). Never throws.
 */
export function parseOrLoad(input: unknown, format: TimelineFormat | null, onReady: () => void): TimelineParseResult | null {
  const waits: Promise<void>[] = [];
  if (!importers.settled && needsImporters(input, format)) waits.push(importers.load());
  // The importers read rich text too (a CSV can have a body column), so their chunk brings the HTML reader.
  const reader = htmlReader.value ?? importers.value;
  if (!reader && !htmlReader.settled && mayHaveRichText(input)) waits.push(htmlReader.load());
  if (waits.length) {
    void Promise.all(waits).then(onReady);
    return null;
  }
  return parseTimelineWith(input, { format }, importers.value?.FORMAT_IMPORTERS ?? UNAVAILABLE, reader?.htmlToText ?? tagsRemoved);
}
