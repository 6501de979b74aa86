import { isRecord, own } from './read.js';

/**
 * Whether a parsed JSON value looks like TimelineJS rather than our own format. Kept apart from the
 * importer so that telling formats apart costs the element almost nothing; the importer loads only
 * when a page actually gives it TimelineJS.
 */
export function isTimelineJs(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const events = own(value, 'events');
  if (Array.isArray(events) && events.slice(0, 20).some((e) => isRecord(e) && (own(e, 'start_date') !== undefined || isRecord(own(e, 'text'))))) return true;
  // Early TimelineJS3: `{ "timeline": { "slides": [...] } }`.
  const early = own(value, 'timeline');
  if (events === undefined && isRecord(early) && Array.isArray(own(early, 'slides'))) return true;
  const title = own(value, 'title');
  return isRecord(title) && isRecord(own(title, 'text'));
}
