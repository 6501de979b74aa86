import { compareDates } from './dates.js';
import { deriveEventId, IdRegistry } from './ids.js';
import { IssueCollector, type IssueLocation } from './issues.js';
import { readEvent, type ParsedEventFields } from './parse-event.js';
import { importTimeline, type FormatImporters, type TimelineFormat } from './formats.js';
import type { ImportedTimeline } from './import.js';
import { LIMITS } from './limits.js';
import { capList, isRecord, own, readArray, readDate, readText, type UntrustedRecord } from './read.js';
import type { Timeline, TimelineEraSpan, TimelineEvent, TimelineParseResult } from './timeline.js';
import type { TimelineGroup } from './types.js';

/** Options for `parseTimeline`. */
export interface ParseOptions {
  /** The input's format; detected from the content when absent (JSON or CSV, ours or TimelineJS). */
  readonly format?: TimelineFormat | null;
}

/**
 * `parseTimeline` with the importers for other formats given: the element passes them once it has
 * loaded them, and only when the data needs them.
 */
export function parseTimelineWith(input: unknown, options: ParseOptions, importers: FormatImporters): TimelineParseResult {
  const issues = new IssueCollector();
  const imported = importTimeline(input, options.format ?? null, issues, importers);
  if (!imported) return { data: emptyTimeline(), issues: issues.issues };
  const { record, locate, rejected, eras = NATIVE_ERAS } = imported;
  const root: IssueLocation = { path: 'data' };

  const rawEvents = own(record, 'events');
  if (!Array.isArray(rawEvents)) issues.expected('error', root, 'events', 'an array of events', rawEvents);
  const parsed: { fields: ParsedEventFields; index: number }[] = [];
  capList(Array.isArray(rawEvents) ? rawEvents : [], LIMITS.events, root, 'events', issues).forEach((raw, index) => {
    if (rejected.has(index)) return;
    const fields = readEvent(raw, locate(index), issues);
    if (fields) parsed.push({ fields, index });
  });

  const declaredGroups = readGroups(record, issues);
  const events = settleEvents(parsed, declaredGroups, locate, issues);
  const data: Timeline = {
    title: readText(record, 'title', root, issues),
    description: readText(record, 'description', root, issues),
    asOf: readDate(record, 'asOf', root, issues, 'warning') ?? null,
    events,
    eras: readEras(record, eras, issues),
    groups: usedGroups(declaredGroups, events),
  };
  return { data, issues: issues.issues };
}

/** An empty timeline, for inputs with nothing usable. */
export function emptyTimeline(): Timeline {
  return { title: null, description: null, asOf: null, events: [], eras: [], groups: [] };
}

/** Gives every event a unique id and a lane id, then sorts them by date. */
function settleEvents(
  parsed: readonly { fields: ParsedEventFields; index: number }[],
  groups: readonly TimelineGroup[],
  locate: (index: number) => IssueLocation,
  issues: IssueCollector,
): TimelineEvent[] {
  const ids = new IdRegistry();
  // Given ids are claimed first, so a derived id never takes the name an author chose.
  const given = new Map<number, string>();
  for (const { fields, index } of parsed) {
    if (fields.givenId === null) continue;
    if (ids.has(fields.givenId)) {
      const unique = ids.claim(fields.givenId);
      issues.report('warning', { ...locate(index), eventName: fields.givenId }, 'id',
        `expected a unique id, found ${JSON.stringify(fields.givenId)} again (renamed ${JSON.stringify(unique)})`);
      given.set(index, unique);
    } else {
      given.set(index, ids.claim(fields.givenId));
    }
  }
  const byLabel = new Map(groups.map((g) => [g.label, g.id]));
  const events = parsed.map(({ fields, index }): TimelineEvent => ({
    id: given.get(index) ?? ids.claim(deriveEventId(fields.start.text, fields.title)),
    index,
    start: fields.start,
    end: fields.end,
    openEnd: fields.openEnd,
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    displayDate: fields.displayDate,
    group: fields.group === null ? null : groups.some((g) => g.id === fields.group) ? fields.group : (byLabel.get(fields.group) ?? fields.group),
    tags: fields.tags,
    status: fields.status,
    importance: fields.importance,
    sources: fields.sources,
    media: fields.media,
  }));
  return events.sort((a, b) => compareDates(a.start, b.start) || (a.end?.endTime ?? a.start.endTime) - (b.end?.endTime ?? b.start.endTime) || a.index - b.index);
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
  const used = new Set(events.map((e) => e.group));
  const lanes = declared.filter((g) => used.has(g.id));
  for (const event of events) {
    if (event.group !== null && !lanes.some((g) => g.id === event.group)) lanes.push({ id: event.group, label: event.group });
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
