import { FORMAT_IMPORTERS } from './format-importers.js';
import { htmlToText } from './html-text.js';
import { parseTimelineWith, type ParseOptions } from './parse-core.js';
import type { TimelineParseResult } from './timeline.js';

export { emptyTimeline, type ParseOptions } from './parse-core.js';

/**
 * Turns untrusted input (our `TimelineData`, a bare array of events, TimelineJS3 JSON, or CSV; as
 * values or as text) into a `Timeline`. Never throws: problems become issues, bad events are
 * skipped, good ones are kept.
 */
export function parseTimeline(input: unknown, options: ParseOptions = {}): TimelineParseResult {
  return parseTimelineWith(input, options, FORMAT_IMPORTERS, htmlToText);
}
