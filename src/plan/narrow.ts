import { eventHaystack, filterIsActive, matchesWords, matchRanges, passesFilter, queryWords, type TimelineFilter } from '../model/search.js';
import type { Timeline } from '../model/timeline.js';

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
}

/** `[start, end)` offsets of the query's words in a text. */
export type Marker = (text: string) => [number, number][];

const haystacks = new WeakMap<Timeline, readonly string[]>();

/**
 * Every event's normalised search text, built once per dataset (parsed timelines never change). The
 * element builds it when the reader first focuses the search box, so the first keystroke finds it ready.
 */
export function searchTexts(timeline: Timeline): readonly string[] {
  let texts = haystacks.get(timeline);
  if (!texts) {
    const lanes = new Map(timeline.groups.map((g) => [g.id, g.label]));
    texts = timeline.events.map((e) => eventHaystack(e, e.group === null ? null : (lanes.get(e.group) ?? e.group)));
    haystacks.set(timeline, texts);
  }
  return texts;
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
export function createNarrower(): (timeline: Timeline, query: string, filter: TimelineFilter | null) => Narrowed {
  let last: Last | null = null;
  return (timeline, query, filter) => {
    const words = queryWords(query);
    const filtering = filterIsActive(filter);
    const filterKey = filtering ? JSON.stringify([filter!.groups ?? [], filter!.tags ?? [], filter!.status ?? []]) : '';
    const total = timeline.events.length;
    if (last && last.timeline === timeline && last.filterKey === filterKey && sameWords(last.words, words)) return last.result;
    if (!words.length && !filtering) {
      last = null;
      return { timeline, matches: total, total, words, marker: null, active: false };
    }
    const narrower = last && last.timeline === timeline && last.filterKey === filterKey && refines(words, last.words);
    const candidates = narrower ? last!.indices : null;
    const texts = words.length ? searchTexts(timeline) : null;
    const { events } = timeline;
    const kept = new Uint32Array(candidates ? candidates.length : total);
    let n = 0;
    const count = candidates ? candidates.length : total;
    for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : k;
      if (texts && !matchesWords(texts[i]!, words)) continue;
      if (filtering && !candidates && !passesFilter(events[i]!, filter!)) continue;
      kept[n++] = i;
    }
    const indices = kept.slice(0, n);
    const subset: (typeof events)[number][] = [];
    if (n < total) for (let k = 0; k < n; k++) subset.push(events[indices[k]!]!);
    const marker: Marker | null = words.length ? (text) => matchRanges(text, words) : null;
    // When everything matches (the first letters of a common word), the dataset itself is shown: its index and layout are already made.
    const result: Narrowed = { timeline: n === total ? timeline : { ...timeline, events: subset }, matches: n, total, words, marker, active: true };
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
