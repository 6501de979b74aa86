import type { TimelineDate } from '../model/dates.js';
import { utcFormatter } from '../model/format-date.js';
import type { Timeline } from '../model/timeline.js';
import type { TimelineStrings } from '../strings.js';

/** A month (or a year, for data known only to the year) for the summary sentence. */
function coarseDate(date: TimelineDate, time: number, locale: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = date.precision === 'year' ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
  return utcFormatter(locale, date.year <= 0 ? { ...options, era: 'short' } : options).format(new Date(time));
}

/** "Timeline of 7 events from February 2022 to July 2023, in 3 lanes." */
export function summarize(timeline: Timeline, strings: TimelineStrings, locale: string | undefined): string {
  const { events } = timeline;
  const first = events[0];
  if (!first) return strings.empty;
  let last = first.end ?? first.start;
  for (const event of events) {
    const end = event.end ?? event.start;
    if (end.time > last.time) last = end;
  }
  const lanes = Math.max(1, timeline.groups.length + (events.some((e) => e.group === null) && timeline.groups.length ? 1 : 0));
  return strings.summary(events.length, coarseDate(first.start, first.start.time, locale), coarseDate(last, last.time, locale), lanes);
}
