import { deriveEventId, IdRegistry } from './ids.js';
import { IssueCollector, type IssueLocation } from './issues.js';
import { readEvent, type ParsedEvent } from './parse-event.js';
import { importTimeline, type FormatImporters, type TimelineFormat } from './formats.js';
import type { ImportedTimeline } from './import.js';
import { LIMITS } from './limits.js';
import { capEvents, isRecord, own, readArray, readDate, readText, type UntrustedRecord } from './read.js';
import type { Timeline, TimelineEraSpan, TimelineEvent, TimelineParseResult } from './timeline.js';
import type { TimelineGroup } from './types.js';

/** Options for `parseTimeline`. */
export interface ParseOptions {
  /** The input's format; detected from the content when absent (JSON or CSV, ours or TimelineJS). */
  readonly format?: TimelineFormat | null;
}

/**
 * `parseTimeline` with the importers for other formats and the reader of rich text given: the element
 * passes them once it has loaded them, and only when the data needs them.
 */
export function parseTimelineWith(input: unknown, options: ParseOptions, importers: FormatImporters, htmlToText: (html: string) => string): TimelineParseResult {
  const issues = new IssueCollector();
  const imported = importTimeline(input, options.format ?? null, issues, importers);
  if (!imported) return { data: emptyTimeline(), issues: issues.issues, counts: issues.counts };
  const { record, locate, rejected, eras = NATIVE_ERAS } = imported;
  const root: IssueLocation = { path: 'data' };

  const rawEvents = own(record, 'events');
  if (!Array.isArray(rawEvents)) issues.expected('error', root, 'events', 'an array of events', rawEvents);
  const parsed: ParsedEvent[] = [];
  capEvents(Array.isArray(rawEvents) ? rawEvents : [], root, 'events', issues).forEach((raw, index) => {
    if (rejected.has(index)) return;
    const event = readEvent(raw, index, locate(index), issues, htmlToText);
    if (event) parsed.push(event);
  });

  const declaredGroups = readGroups(record, issues);
  const events = settleEvents(parsed, declaredGroups, locate, issues);
  const data: Timeline = {
    title: readText(record, 'title', root, issues),
    description: readText(record, 'description', root, issues),
    asOf: readDate(record, 'asOf', root, issues, 'warning') ?? null,
    updated: readDate(record, 'updated', root, issues, 'warning') ?? null,
    events,
    eras: readEras(record, eras, issues),
    groups: usedGroups(declaredGroups, events),
    credit: readText(record, 'credit', root, issues),
  };
  issues.sortByRow();
  return { data, issues: issues.issues, counts: issues.counts };
}

/** An empty timeline, for inputs with nothing usable. */
export function emptyTimeline(): Timeline {
  return { title: null, description: null, asOf: null, updated: null, events: [], eras: [], groups: [], credit: null };
}

/** Gives every event a unique id and a lane id (in place), then sorts them by date. */
function settleEvents(
  parsed: ParsedEvent[],
  groups: readonly TimelineGroup[],
  locate: (index: number) => IssueLocation,
  issues: IssueCollector,
): TimelineEvent[] {
  const ids = new IdRegistry();
  // Given ids are claimed first, so a derived id never takes the name an author chose.
  for (const event of parsed) {
    if (event.id === '') continue;
    const given = event.id;
    event.id = ids.claim(given);
    if (event.id !== given) {
      issues.report('warning', { ...locate(event.index), eventName: given }, 'id',
        `expected a unique id, found ${JSON.stringify(given)} again (renamed ${JSON.stringify(event.id)})`);
    }
  }
  const declared = new Set(groups.map((g) => g.id));
  const byLabel = new Map(groups.map((g) => [g.label, g.id]));
  for (const event of parsed) {
    if (event.id === '') event.id = ids.claim(deriveEventId(event.start.text, event.title));
    if (event.group !== null && !declared.has(event.group)) event.group = byLabel.get(event.group) ?? event.group;
  }
  return sortByDate(parsed);
}

/**
 * Sorts by date: by start, then the shorter first, then input order. Input already in date order
 * (as most files are) is returned as it is. Otherwise events are counted into the distinct starts
 * (found with the engine's own numeric sort) and only events sharing a start are compared: at
 * 100,000 events this is several times faster than sorting with a comparator.
 */
function sortByDate(events: TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const start = new Float64Array(n);
  const startEnd = new Float64Array(n);
  const end = new Float64Array(n);
  events.forEach((e, i) => {
    start[i] = e.start.time;
    startEnd[i] = e.start.endTime;
    end[i] = e.end?.endTime ?? e.start.endTime;
  });
  // Positions are in input order (`index`), so the position breaks ties.
  const byDate = (a: number, b: number) => start[a]! - start[b]! || startEnd[a]! - startEnd[b]! || end[a]! - end[b]! || a - b;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = byDate(i - 1, i) < 0;
  if (sorted) return events;

  // Each distinct start's rank in date order, looked up once per event (d3's binary search was about a
  // twentieth of a cold parse).
  const starts = start.slice().sort();
  const rankOf = new Map<number, number>();
  for (let i = 0; i < n; i++) if (i === 0 || starts[i] !== starts[i - 1]) rankOf.set(starts[i]!, rankOf.size);
  const distinct = rankOf.size;
  // Counting sort by start: `first[k]` is where the events starting at the k-th distinct start begin.
  const rank = new Uint32Array(n);
  const first = new Uint32Array(distinct + 1);
  for (let i = 0; i < n; i++) {
    rank[i] = rankOf.get(start[i]!)!;
    first[rank[i]! + 1]!++;
  }
  for (let k = 0; k < distinct; k++) first[k + 1]! += first[k]!;
  const order = new Uint32Array(n);
  const fill = first.slice(0, distinct);
  for (let i = 0; i < n; i++) order[fill[rank[i]!]!++] = i;
  for (let k = 0; k < distinct; k++) {
    if (first[k + 1]! - first[k]! > 1) order.subarray(first[k]!, first[k + 1]!).sort(byDate);
  }
  return Array.from(order, (i) => events[i]!);
}

function readGroups(record: UntrustedRecord, issues: IssueCollector): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  readArray(record, 'groups', { path: 'data' }, issues, 'an array of { id, label }', LIMITS.groups).forEach((item, i) => {
    const at: IssueLocation = { path: `groups[${i}]` };
    const id = isRecord(item) ? readText(item, 'id', at, issues) : null;
    if (!isRecord(item) || id === null) {
      issues.expected('warning', at, undefined, 'a group with an id and a label', item);
      return;
    }
    if (groups.some((g) => g.id === id)) {
      issues.report('warning', at, 'id', `expected a unique group id, found ${JSON.stringify(id)} again (ignored)`);
      return;
    }
    groups.push({ id, label: readText(item, 'label', at, issues) ?? id });
  });
  return groups;
}

/** Declared lanes that events use, in their order, then lanes that only events name. */
function usedGroups(declared: readonly TimelineGroup[], events: readonly TimelineEvent[]): TimelineGroup[] {
  const used = new Set<string | null>();
  for (const event of events) used.add(event.group);
  const lanes = declared.filter((g) => used.has(g.id));
  const named = new Set(lanes.map((g) => g.id));
  for (const group of used) {
    if (group !== null && !named.has(group)) lanes.push({ id: group, label: group });
  }
  return lanes;
}

const NATIVE_ERAS: NonNullable<ImportedTimeline['eras']> = { locate: (i) => ({ path: `eras[${i}]` }), rejected: new Set() };

function readEras(record: UntrustedRecord, origin: NonNullable<ImportedTimeline['eras']>, issues: IssueCollector): TimelineEraSpan[] {
  const eras: TimelineEraSpan[] = [];
  readArray(record, 'eras', { path: 'data' }, issues, 'an array of { start, end, title }', LIMITS.eras).forEach((item, i) => {
    if (origin.rejected.has(i)) return;
    const at = origin.locate(i);
    if (!isRecord(item)) {
      issues.expected('warning', at, undefined, 'an era with start, end and title', item);
      return;
    }
    const start = readDate(item, 'start', at, issues, 'warning');
    const end = readDate(item, 'end', at, issues, 'warning');
    const title = readText(item, 'title', at, issues) ?? '';
    if (!start || !end) {
      if (start === null || end === null) issues.report('warning', at, start === null ? 'start' : 'end', 'expected a date, found nothing (era skipped)');
      return;
    }
    if (end.endTime <= start.time) {
      issues.report('warning', at, 'end', `expected a date on or after start (${start.text}), found ${JSON.stringify(end.text)} (era skipped)`);
      return;
    }
    eras.push({ start, end, title });
  });
  return eras;
}
