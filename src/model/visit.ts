import type { ChangeMark } from './diff.js';
import { serializeEvent } from './serialize.js';
import type { Timeline, TimelineEvent } from './timeline.js';

/** An event's content as text: its own JSON, every field but its place in the input. */
const contentOf = (event: TimelineEvent) => JSON.stringify(serializeEvent(event));

/**
 * What `remember` keeps of one timeline between visits: when the reader last saw it, and for each event
 * they saw, a hash of its id and one of its content. Hashes keep the record small (about 30 characters an
 * event) and hold no text of the story; nothing else is kept.
 */
export interface VisitRecord {
  /** When the reader last saw the timeline, in ms. */
  readonly at: number;
  /** Hash of each seen event's id → hash of its content as it was then. */
  readonly seen: ReadonlyMap<string, string>;
}

/**
 * A 64-bit hash of a string as text: FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/), run with two
 * offsets and two multipliers. Short and fast; a collision costs at most one missed mark.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5, b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/**
 * The record after this visit: every event of `timeline` as it is now, except those still `marked`
 * (not seen yet), which keep what `before` had for them (or stay unseen), so they are marked next time too.
 */
export function recordVisit(timeline: Timeline, marked: ReadonlyMap<string, ChangeMark>, before: VisitRecord | null, at: number): VisitRecord {
  const seen = new Map<string, string>();
  for (const event of timeline.events) {
    const id = hashText(event.id);
    const kept = marked.has(event.id) ? before?.seen.get(id) : hashText(contentOf(event));
    if (kept !== undefined) seen.set(id, kept);
  }
  return { at, seen };
}

/** The events added or changed since `record` was written. */
export function marksSince(record: VisitRecord, timeline: Timeline): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const event of timeline.events) {
    const was = record.seen.get(hashText(event.id));
    if (was === undefined) marks.set(event.id, 'new');
    else if (was !== hashText(contentOf(event))) marks.set(event.id, 'updated');
  }
  return marks;
}

/** The record as stored: `{"v":1,"at":…,"seen":"id:content,…"}`. */
export function writeVisit(record: VisitRecord): string {
  return JSON.stringify({ v: 1, at: record.at, seen: [...record.seen].map(([id, content]) => `${id}:${content}`).join(',') });
}

/** A stored record, or `null` for anything that is not one (missing, from another version, edited by hand). */
export function readVisit(text: string | null): VisitRecord | null {
  try {
    const value = JSON.parse(text ?? '') as { v?: unknown; at?: unknown; seen?: unknown };
    if (value.v !== 1 || typeof value.at !== 'number' || typeof value.seen !== 'string') return null;
    const seen = new Map<string, string>();
    for (const pair of value.seen ? value.seen.split(',') : []) {
      const [id, content] = pair.split(':');
      if (id && content) seen.set(id, content);
    }
    return { at: value.at, seen };
  } catch {
    return null;
  }
}
