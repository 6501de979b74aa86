import { eventIndex } from '../layout/event-index.js';
import type { TimelineDate } from '../model/dates.js';
import { formatDeepYear } from '../model/deep-time.js';
import { utcFormatter } from '../model/format-date.js';
import type { Timeline } from '../model/timeline.js';
import type { TimelineStrings } from '../strings.js';

/** A month (or a year, for data known only to the year) for the summary sentence. */
function coarseDate(date: TimelineDate, time: number, locale: string | undefined, strings: TimelineStrings): string {
  if (date.deep) return formatDeepYear(date.year, locale, strings);
  const options: Intl.DateTimeFormatOptions = date.precision === 'year' ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
  return utcFormatter(locale, date.year <= 0 ? { ...options, era: 'short' } : options).format(new Date(time));
}

/** "Timeline of 7 events from February 2022 to July 2023, in 3 lanes." */
export function summarize(timeline: Timeline, strings: TimelineStrings, locale: string | undefined): string {
  const { events } = timeline;
  const first = events[0];
  const { last, laneKeys } = eventIndex(timeline);
  if (!first || !last) return strings.empty;
  return strings.summary(events.length, coarseDate(first.start, first.start.time, locale, strings), coarseDate(last, last.time, locale, strings), laneKeys.length);
}
