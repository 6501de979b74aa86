import { countBetween, eventIndex } from '../layout/event-index.js';
import { emptyWindow } from '../layout/nearest.js';
import type { TimeWindow } from '../layout/view.js';
import { yearAtTime } from '../model/deep-time.js';
import { precisionFormatter } from '../model/format-date.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { ReaderText } from './reader-text.js';

const DAY = 86_400_000;
/** The furthest a Date (and so Intl) reaches from 1970, in ms: beyond it is deep time, said in years ago. */
const DATE_LIMIT = 8.64e15;

/** The dates a window shows, only as precise as its width needs: "2010 – 2014", "March – June 2023", "June 3 – 9, 2023". */
export function viewDates(words: ReaderText, [start, end]: TimeWindow): string {
  if (Math.abs(start) > DATE_LIMIT || Math.abs(end) > DATE_LIMIT) return `${words.deepYear(yearAtTime(start))} – ${words.deepYear(yearAtTime(end))}`;
  const days = (end - start) / DAY;
  // The formatters of the dates' own precisions, cached and warmed: an empty window names its dates on
  // every pan step, and building a formatter costs far more than using it. Dates are wall-clock times
  // kept in UTC (see model/dates.ts).
  return precisionFormatter(days > 3 * 366 ? 'year' : days > 62 ? 'month' : 'day', words.locale).formatRange(start, end);
}

/** An offer of the nearest event either side of an empty window: its event and what its button says. */
export interface NearestOffer {
  readonly event: TimelineEvent;
  readonly text: string;
}

/** The nearest events before and after a window with no event, as offered (none when the window shows any). */
export function nearestOffers(words: ReaderText, timeline: Timeline, view: TimeWindow): NearestOffer[] {
  const empty = emptyWindow(eventIndex(timeline), view);
  if (!empty) return [];
  const offer = (at: number | null, text: (title: string, date: string) => string) => {
    const event = at === null ? undefined : timeline.events[at];
    return event ? [{ event, text: text(event.title, words.eventDate(event)) }] : [];
  };
  return [...offer(empty.before, words.strings.earlier), ...offer(empty.after, words.strings.later)];
}

/** Said once a reader's zoom or pan settles: "Showing March – June 2023, 12 events."; with none, the nearest either side. */
export function viewSummary(words: ReaderText, timeline: Timeline, view: TimeWindow): string {
  const count = countBetween(eventIndex(timeline), view[0], view[1]);
  const nearest = count ? [] : nearestOffers(words, timeline, view).map((o) => o.text);
  return words.strings.showing(viewDates(words, view), count, nearest);
}
