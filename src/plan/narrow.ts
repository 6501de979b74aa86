import { eventHaystack, filterIsActive, matchesWords, matchRanges, passesFilter, queryWords, type TimelineFilter } from '../model/search.js';
import type { EventIndex } from '../layout/event-index.js';
import type { Timeline } from '../model/timeline.js';
import { subsetIndex } from './subset-index.js';

/** The events a reader's search and filters leave, as a timeline of its own that everything downstream reads. */
export interface Narrowed {
  /** The matching events (the dataset itself when nothing narrows it), with the dataset's lanes, eras and title. */
  readonly timeline: Timeline;
  /** How many events match, and how many the dataset has. */
  readonly matches: number;
  readonly total: number;
  /** The query's normalised words. */
  readonly words: readonly string[];
  /** Where the query's words are in a text (a title, a summary), for marking them; `null` without a query. */
  readonly marker: Marker | null;
  /** Whether a query or a filter narrows the events. */
  readonly active: boolean;
  /** Where each match is in the dataset, ascending, and the matches' index, picked from the dataset's; `null` when the dataset itself is shown. */
  readonly indices: Uint32Array | null;
  readonly index: EventIndex | null;
}

/** `[start, end)` offsets of the query's words in a text. */
export type Marker = (text: string) => [number, number][];

/** A dataset's search texts, made up to `done`. */
interface Texts {
  readonly texts: string[];
  readonly lanes: ReadonlyMap<string, string>;
  done: number;
}

const haystacks = new WeakMap<Timeline, Texts>();

function textsOf(timeline: Timeline): Texts {
  let entry = haystacks.get(timeline);
  if (!entry) haystacks.set(timeline, (entry = { texts: [], lanes: new Map(timeline.groups.map((g) => [g.id, g.label])), done: 0 }));
  return entry;
}

function extend(entry: Texts, { events }: Timeline, upTo: number): void {
  const { texts, lanes } = entry;
  for (let i = entry.done; i < upTo; i++) {
    const e = events[i]!;
    texts.push(eventHaystack(e, e.group === null ? null : (lanes.get(e.group) ?? e.group)));
  }
  entry.done = Math.max(entry.done, upTo);
}

/**
 * Every event's normalised search text, made once per dataset (parsed timelines never change): what
 * `prepareSearch` has not made yet is made now.
 */
export function searchTexts(timeline: Timeline): readonly string[] {
  const entry = textsOf(timeline);
  extend(entry, timeline, timeline.events.length);
  return entry.texts;
}

/**
 * Makes the search texts a few milliseconds at a time, between which the page stays responsive: the
 * element starts this when the reader comes to the search box, so the first keystroke finds them made
 * (at 100,000 events, making them costs some hundreds of milliseconds, which in one piece would be a freeze).
 */
export async function prepareSearch(timeline: Timeline): Promise<void> {
  const entry = textsOf(timeline);
  const total = timeline.events.length;
  while (entry.done < total) {
    const until = performance.now() + 8;
    while (entry.done < total && performance.now() < until) extend(entry, timeline, Math.min(total, entry.done + 256));
    await new Promise((resolve) => setTimeout(resolve));
  }
}

interface Last {
  readonly timeline: Timeline;
  readonly words: readonly string[];
  readonly filterKey: string;
  readonly indices: Uint32Array;
  readonly result: Narrowed;
}

/**
 * The filter step, loaded on demand (./search-code.ts): `(dataset, query, filter) → Narrowed`, remembered. Typing on extends the query, so
 * the next set of matches is within the last one: only those are searched again, which is what keeps a
 * keystroke at 100,000 events cheap. Lanes, eras and the "as reported" date stay the dataset's, so the
 * drawing keeps its lanes and colours while events come and go.
 */
export function createNarrower(): (timeline: Timeline, query: string, filter: TimelineFilter | null, index: EventIndex) => Narrowed {
  let last: Last | null = null;
  return (timeline, query, filter, index) => {
    const words = queryWords(query);
    const filtering = filterIsActive(filter);
    const filterKey = filtering ? JSON.stringify([filter!.groups ?? [], filter!.tags ?? [], filter!.status ?? []]) : '';
    const total = timeline.events.length;
    if (last && last.timeline === timeline && last.filterKey === filterKey && sameWords(last.words, words)) return last.result;
    if (!words.length && !filtering) {
      last = null;
      return { timeline, matches: total, total, words, marker: null, active: false, indices: null, index: null };
    }
    const narrower = last && last.timeline === timeline && last.filterKey === filterKey && refines(words, last.words);
    const candidates = narrower ? last!.indices : null;
    // The last matches have every word of the last query: only the words that are new need looking for in them.
    const sought = narrower ? words.filter((w) => !last!.words.includes(w)) : words;
    const texts = sought.length ? searchTexts(timeline) : null;
    const { events } = timeline;
    const kept = new Uint32Array(candidates ? candidates.length : total);
    let n = 0;
    const count = candidates ? candidates.length : total;
    for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : k;
      if (texts && !matchesWords(texts[i]!, sought)) continue;
      if (filtering && !candidates && !passesFilter(events[i]!, filter!)) continue;
      kept[n++] = i;
    }
    const indices = kept.slice(0, n);
    const subset: (typeof events)[number][] = [];
    if (n < total) for (let k = 0; k < n; k++) subset.push(events[indices[k]!]!);
    const marker: Marker | null = words.length ? (text) => matchRanges(text, words) : null;
    // When everything matches (the first letters of a common word), the dataset itself is shown: its index and layout are already made.
    const shown = n === total ? timeline : { ...timeline, events: subset };
    const picked = shown === timeline ? null : indices;
    const result: Narrowed = { timeline: shown, matches: n, total, words, marker, active: true, indices: picked, index: picked && subsetIndex(shown, index, picked) };
    last = { timeline, words, filterKey, indices, result };
    return result;
  };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Whether every event matching `next` matches `previous`: each earlier word is inside the word typed in its place, or a later one. */
function refines(next: readonly string[], previous: readonly string[]): boolean {
  return previous.every((word) => next.some((w) => w.includes(word)));
}
