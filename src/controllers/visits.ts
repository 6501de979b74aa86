import type { ChangeMark } from '../model/diff.js';
import type { Timeline } from '../model/timeline.js';
import { formatClock } from '../model/format-date.js';
import { marksSince, readVisit, recordVisit, writeVisit, type VisitRecord } from '../model/visit.js';
import type { ReaderText } from '../plan/reader-text.js';

/** How long after a change the record is written: a reader opening several events writes it once. */
const WRITE_DELAY_MS = 1_000;

/**
 * `remember`: the reader's last visit to one timeline, kept in localStorage under `key` and nowhere
 * else (nothing is sent anywhere). Storage that throws (private browsing, a full quota, a blocked
 * origin) only means nothing is remembered: the page never breaks.
 */
export class VisitStore {
  /** The visit before this one, as read at the start (`null` on a first visit). */
  readonly last: VisitRecord | null;
  private record: VisitRecord | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => VisitRecord) | null = null;

  constructor(private readonly key: string) {
    this.last = readVisit(attempt(() => localStorage.getItem(key)) ?? null);
    this.record = this.last;
  }

  /** The events added or changed since the last visit (none on a first visit). */
  changesIn(timeline: Timeline): Map<string, ChangeMark> {
    return this.last ? marksSince(this.last, timeline) : new Map();
  }

  /** What to announce about `marks` from `changesIn`: "Since your last visit (3 Jun 2025, 14:05): 2 new events, 1 updated", or nothing. */
  greeting(marks: ReadonlyMap<string, ChangeMark>, words: ReaderText): string | null {
    if (!this.last || !marks.size) return null;
    const added = [...marks.values()].filter((m) => m === 'new').length;
    return words.strings.sinceLastVisit(words.strings.updateAnnouncement(added, marks.size - added, 0), formatClock(this.last.at, Date.now(), words.locale));
  }

  /** Records this visit soon: `timeline` as seen, except the events still `marked`. */
  seen(timeline: Timeline, marked: ReadonlyMap<string, ChangeMark>): void {
    this.pending = () => recordVisit(timeline, marked, this.record, Date.now());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
  }

  /** Writes what is pending now (the element is leaving the page). */
  flush(): void {
    clearTimeout(this.timer);
    if (!this.pending) return;
    this.record = this.pending();
    this.pending = null;
    const text = writeVisit(this.record);
    if (!attempt(() => (localStorage.setItem(this.key, text), true))) console.warn(`news-timeline: could not remember this visit (${this.key}); events will not be marked as new next time`);
  }
}

/** `run()`, or `undefined` when it throws (storage that is disabled, full or blocked). */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
