import { describeValue, listOf, withEventName, type IssueCollector, type IssueLocation } from './issues.js';
import { maxTextLength } from './limits.js';
import { DATE_EXAMPLE, isRecord, own, readArray, readDate, readText, sliceWhole, type UntrustedRecord } from './read.js';
import { readUpdates } from './parse-updates.js';
import type { TimelineEvent, TimelineSource } from './timeline.js';
import { NEWS_EVENT_STATUSES, type NewsEventStatus, type NewsMedia } from './types.js';
import { safeUrl } from './urls.js';

/**
 * An event once read, before ids are settled across the whole dataset: `id` holds the given id
 * (`''` when there is none) and `group` the group as written, until settling fixes both in place.
 * One object per event from reading to the finished timeline keeps parsing 100,000 events cheap.
 */
export type ParsedEvent = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/** Shared by every event without tags or sources (frozen: nothing may add to it). */
const NONE: readonly never[] = Object.freeze([]);

const URL_EXPECTED = 'an http(s) or relative URL';

/**
 * Reads one event at `base` (its place in the input). Returns `null` (after reporting an error) when it
 * cannot be shown. `htmlToText` gives rich text (`body`) its plain-text summary when none is given.
 */
export function readEvent(value: unknown, index: number, base: IssueLocation, issues: IssueCollector, htmlToText: (html: string) => string): ParsedEvent | null {
  if (!isRecord(value)) {
    issues.expected('error', base, undefined, 'an event object with start and title', value);
    return null;
  }
  const givenId = readText(value, 'id', base, issues);
  const title = readText(value, 'title', base, issues);
  const name = givenId ?? title ?? undefined;
  const at = name === undefined ? base : withEventName(base, name);

  const range = readRange(value, at, issues);
  if (title === null) issues.expected('error', at, 'title', 'the event’s headline as text', own(value, 'title'));
  if (!range || title === null) return null;

  const body = readText(value, 'body', at, issues);
  return {
    id: givenId ?? '',
    index,
    start: range.start,
    end: range.end,
    openEnd: range.openEnd,
    title,
    // A summary read from the body is no longer than a given one could be (the body itself is kept whole).
    summary: readText(value, 'summary', at, issues) ?? (body === null ? '' : sliceWhole(htmlToText(body), maxTextLength('summary'))),
    body,
    displayDate: readText(value, 'displayDate', at, issues),
    group: readText(value, 'group', at, issues),
    tags: readTags(value, at, issues),
    status: readStatus(value, at, issues),
    importance: readImportance(value, at, issues),
    sources: readSources(value, at, issues),
    media: readMedia(value, at, issues),
    updates: readUpdates(value, at, issues),
  };
}

/** EDTF's marker for an open end: the range started and has not ended. */
const OPEN_END = '..';

/**
 * Reads `start` and `end`, where `start` may also be an EDTF interval (`2020/2021`, `2020/..`).
 * Returns `null` after reporting an error when the event has no usable dates.
 */
function readRange(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): Pick<TimelineEvent, 'start' | 'end' | 'openEnd'> | null {
  let source: UntrustedRecord = record;
  const rawStart = own(record, 'start');
  const rawEnd = own(record, 'end');
  // One slash is an EDTF interval; text such as 11/07/2023 is left for the date reader to reject.
  const slash = typeof rawStart === 'string' ? rawStart.indexOf('/') : -1;
  const interval = slash >= 0 && (rawStart as string).indexOf('/', slash + 1) < 0 ? (rawStart as string).split('/') : [];
  if (interval.length === 2) {
    if (rawEnd !== undefined && rawEnd !== null && rawEnd !== '') {
      issues.report('warning', at, 'end', `expected no end when start is an interval (${describeValue(rawStart)}), found ${describeValue(rawEnd)} (the interval’s end is used)`);
    }
    source = { start: interval[0]!.trim(), end: interval[1]!.trim() };
  }
  const openEnd = own(source, 'end') === OPEN_END;
  const start = readDate(source, 'start', at, issues, 'error');
  const end = openEnd ? null : readDate(source, 'end', at, issues, 'error');
  if (start === null) issues.expected('error', at, 'start', DATE_EXAMPLE, undefined);
  if (!start || end === undefined) return null;
  if (end && end.endTime <= start.time) {
    issues.report('error', at, 'end', `expected a date on or after start (${start.text}), found ${JSON.stringify(end.text)}`);
    return null;
  }
  return { start, end, openEnd };
}

function readStatus(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): NewsEventStatus {
  const value = own(record, 'status');
  if (value === undefined || value === null || value === '') return 'confirmed';
  const status = NEWS_EVENT_STATUSES.find((s) => s === value);
  if (status) return status;
  issues.expected('warning', at, 'status', `one of ${listOf([...NEWS_EVENT_STATUSES])}`, value);
  return 'confirmed';
}

function readImportance(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): 1 | 2 | 3 {
  const value = own(record, 'importance');
  if (value === undefined || value === null) return 2;
  if (value === 1 || value === 2 || value === 3) return value;
  issues.expected('warning', at, 'importance', '1, 2 or 3', value);
  return 2;
}

function readTags(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): readonly string[] {
  if (own(record, 'tags') === undefined) return NONE;
  const tags: string[] = [];
  readArray(record, 'tags', at, issues, 'an array of text').forEach((tag, i) => {
    if (typeof tag === 'string' && tag.trim()) tags.push(tag.trim());
    else issues.expected('warning', at, `tags[${i}]`, 'text', tag);
  });
  return tags;
}

function readSources(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): readonly TimelineSource[] {
  if (own(record, 'sources') === undefined) return NONE;
  const sources: TimelineSource[] = [];
  readArray(record, 'sources', at, issues, 'an array of sources').forEach((item, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(item)) {
      issues.expected('warning', at, field, 'a source object with a url', item);
      return;
    }
    const here: IssueLocation = { ...at, path: `${at.path}.${field}` };
    const title = readText(item, 'title', here, issues);
    const publisher = readText(item, 'publisher', here, issues);
    const rawUrl = own(item, 'url');
    const url = safeUrl(rawUrl);
    if (url === null && rawUrl !== undefined) issues.expected('warning', here, 'url', URL_EXPECTED, rawUrl, title || publisher ? 'shown without a link' : 'source dropped');
    if (url === null && !title && !publisher) {
      if (rawUrl === undefined) issues.expected('warning', at, field, 'a source with a url or a title', item);
      return;
    }
    sources.push({ title, publisher, url, date: readDate(item, 'date', here, issues, 'warning') ?? null });
  });
  return sources;
}

function readMedia(record: UntrustedRecord, at: IssueLocation, issues: IssueCollector): NewsMedia | null {
  const value = own(record, 'media');
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    issues.expected('warning', at, 'media', 'a media object with a url', value);
    return null;
  }
  const here: IssueLocation = { ...at, path: `${at.path}.media` };
  const url = safeUrl(own(value, 'url'));
  if (url === null) {
    issues.expected('warning', here, 'url', URL_EXPECTED, own(value, 'url'), 'media dropped');
    return null;
  }
  const media: { url: string; alt?: string; caption?: string; credit?: string } = { url };
  for (const key of ['alt', 'caption', 'credit'] as const) {
    const text = readText(value, key, here, issues);
    if (text !== null) media[key] = text;
  }
  return media;
}
