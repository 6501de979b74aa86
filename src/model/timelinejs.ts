import { parseDate } from './dates.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import type { ImportedTimeline } from './import.js';
import { withEventName, type IssueCollector, type IssueLocation } from './issues.js';
import { LIMITS } from './limits.js';
import { capEvents, cutText, isRecord, own, readArray, type UntrustedRecord } from './read.js';
import { timelineJsDate, type DateParts } from './timelinejs-date.js';

/**
 * Knight Lab's TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a `title`
 * slide, `events` with `start_date`/`end_date` parts, `text.headline`/`text.text` (HTML), `media`,
 * `group`, `display_date`, `unique_id`, and `eras`. Read into our own shape so that one validator
 * checks every format; `background`, `location` and other presentation fields are left out.
 */

/** How our fields are named in a TimelineJS file, for messages that point into it. */
export const TIMELINEJS_FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'unique_id',
  start: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  summary: 'text.text',
  body: 'text.text',
  displayDate: 'display_date',
  'media.url': 'media.url',
  'media.alt': 'media.alt',
  'media.caption': 'media.caption',
  'media.credit': 'media.credit',
};

/**
 * Reads text that may hold HTML as plain text (captions and credits are text only), after cutting
 * it to the limit of our field `key`: no reader works on more than the field can hold.
 */
function plain(value: unknown, key: string, at: IssueLocation, issues: IssueCollector): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = htmlToText(cutText(value, key, at, issues));
  return text === '' ? undefined : text;
}

function nested(record: UntrustedRecord, key: string): UntrustedRecord {
  const value = own(record, key);
  return isRecord(value) ? value : {};
}

function dateParts(value: unknown): DateParts {
  if (!isRecord(value)) return {};
  return {
    year: own(value, 'year'), month: own(value, 'month'), day: own(value, 'day'), hour: own(value, 'hour'),
    minute: own(value, 'minute'), second: own(value, 'second'), time: own(value, 'time'),
  };
}

/**
 * Turns TimelineJS date parts into ISO text, reporting a bad part (or an impossible day) as an error.
 * `null` when there is no date, `undefined` when it was reported.
 */
function importDate(parts: DateParts, key: string, at: IssueLocation, issues: IssueCollector): string | null | undefined {
  const text = timelineJsDate(parts, (part, expected, found) => issues.expected('error', at, `${key}.${part}`, expected, found));
  if (typeof text !== 'string') return text;
  const result = parseDate(text);
  if (result.ok) return text;
  if (result.unplaceable) issues.expected('error', at, `${key}.year`, 'a year that can be placed', parts.year, result.reason);
  else issues.expected('error', at, `${key}.day`, 'a day that exists', parts.day, result.reason);
  return undefined;
}

/** A headline for a slide that has none, from its text or media caption, so no event is lost. */
function fallbackHeadline(text: string | undefined, caption: string | undefined): string | undefined {
  const source = text ?? caption;
  if (!source) return undefined;
  const sentence = /^.{10,}?[.!?](?=\s|$)/s.exec(source)?.[0] ?? source;
  return sentence.length > 90 ? `${sentence.slice(0, 89).trimEnd()}…` : sentence;
}

function importEvent(slide: unknown, at: IssueLocation, issues: IssueCollector): UntrustedRecord | null {
  if (!isRecord(slide)) {
    issues.expected('error', at, undefined, 'a TimelineJS slide object with start_date and text', slide);
    return null;
  }
  const text = nested(slide, 'text');
  const media = nested(slide, 'media');
  const rawHeadline = own(text, 'headline');
  const headline = plain(rawHeadline, 'title', at, issues);
  const uniqueId = plain(own(slide, 'unique_id') ?? own(slide, 'uniqueid'), 'id', at, issues);
  const here = headline || uniqueId ? withEventName(at, uniqueId ?? headline!) : at;
  const rawText = own(text, 'text');
  const mediaUrl = own(media, 'url');
  // TimelineJS also takes a blockquote or other HTML as "media": it is text, never a URL.
  const mediaHtml = typeof mediaUrl === 'string' && mediaUrl.trim().startsWith('<') ? mediaUrl.trim() : undefined;
  const joined = [rawText, mediaHtml].filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()).join('\n');
  const textHtml = joined === '' ? undefined : cutText(joined, 'body', here, issues);
  const summary = textHtml === undefined ? undefined : htmlToText(textHtml);
  const caption = plain(own(media, 'caption'), 'media.caption', here, issues);

  // Early TimelineJS3 files name the start `date`.
  const startParts = own(slide, 'start_date') ?? own(slide, 'date');
  const start = importDate(dateParts(startParts), 'start_date', here, issues);
  const end = importDate(dateParts(own(slide, 'end_date')), 'end_date', here, issues);
  if (start === undefined || end === undefined) return null;
  if (start === null) {
    issues.expected('error', here, 'start_date.year', 'a year such as 1943', dateParts(startParts).year);
    return null;
  }

  let title = headline;
  if (title === undefined) {
    title = fallbackHeadline(summary, caption);
    if (title === undefined) {
      // Markup with no words (`<b></b>`, a script) is no headline either: say what was there.
      issues.expected('error', here, 'text.headline', 'a headline, or text or a caption to make one from', rawHeadline);
      return null;
    }
    issues.expected('warning', here, 'text.headline', 'a headline', rawHeadline, `used ${JSON.stringify(title)} from the slide`);
  }
  const event: Record<string, unknown> = {
    id: uniqueId,
    start,
    end: end ?? undefined,
    title,
    displayDate: plain(own(slide, 'display_date'), 'displayDate', here, issues),
    group: plain(own(slide, 'group'), 'group', here, issues),
  };
  if (textHtml !== undefined && looksLikeHtml(textHtml)) event['body'] = textHtml;
  else event['summary'] = summary;
  if (typeof mediaUrl === 'string' && mediaUrl.trim() !== '' && mediaHtml === undefined) {
    event['media'] = { url: mediaUrl, alt: plain(own(media, 'alt'), 'media.alt', here, issues), caption, credit: plain(own(media, 'credit'), 'media.credit', here, issues) };
  }
  return event;
}

function importEra(era: unknown, at: IssueLocation, issues: IssueCollector): UntrustedRecord | null {
  if (!isRecord(era)) {
    issues.expected('warning', at, undefined, 'an era with start_date, end_date and text', era);
    return null;
  }
  const start = timelineJsDate(dateParts(own(era, 'start_date')), (part, expected, found) => issues.expected('warning', at, `start_date.${part}`, expected, found));
  const end = timelineJsDate(dateParts(own(era, 'end_date')), (part, expected, found) => issues.expected('warning', at, `end_date.${part}`, expected, found));
  return { start: start ?? undefined, end: end ?? undefined, title: plain(own(nested(era, 'text'), 'headline'), 'title', at, issues) };
}

/**
 * Early TimelineJS3 files (its first cosmological examples) wrap the slides as
 * `{ "timeline": { "slides": [...] } }`; they read as a document whose `events` are those slides.
 */
function unwrapEarlyFormat(value: UntrustedRecord): UntrustedRecord {
  const inner = own(value, 'timeline');
  if (own(value, 'events') !== undefined || !isRecord(inner) || !Array.isArray(own(inner, 'slides'))) return value;
  return { title: own(inner, 'title'), eras: own(inner, 'eras'), events: own(inner, 'slides') };
}

/**
 * Reads a TimelineJS3 document. `locate` and `locateEra` say where slide or era `i` is in the file
 * (the CSV importer passes rows and column names); by default `events[i]` and `eras[i]` with
 * TimelineJS's field names.
 */
export function importTimelineJs(
  document: UntrustedRecord,
  issues: IssueCollector,
  locate: (index: number) => IssueLocation = (index) => ({ path: `events[${index}]`, eventIndex: index, fieldNames: TIMELINEJS_FIELD_NAMES }),
  locateEra: (index: number) => IssueLocation = (index) => ({ path: `eras[${index}]`, fieldNames: TIMELINEJS_FIELD_NAMES }),
): ImportedTimeline {
  const value = unwrapEarlyFormat(document);
  const titleText = nested(nested(value, 'title'), 'text');
  const root: IssueLocation = { path: 'data' };
  const rawSlides = own(value, 'events');
  if (!Array.isArray(rawSlides)) issues.expected('error', root, 'events', 'an array of TimelineJS slides', rawSlides);
  const slides = capEvents(Array.isArray(rawSlides) ? rawSlides : [], root, 'events', issues);
  const rejectedEras = new Set<number>();
  const eras = readArray(value, 'eras', root, issues, 'an array of TimelineJS eras', LIMITS.eras).map((era, i) => {
    const imported = importEra(era, locateEra(i), issues);
    if (imported === null) rejectedEras.add(i);
    return imported;
  });

  const rejected = new Set<number>();
  const events = slides.map((slide, index) => {
    const event = importEvent(slide, locate(index), issues);
    if (event === null) rejected.add(index);
    return event;
  });
  const record: UntrustedRecord = {
    title: plain(own(titleText, 'headline'), 'title', root, issues),
    description: plain(own(titleText, 'text'), 'description', root, issues),
    events,
    eras,
  };
  return { record, locate, rejected, eras: { locate: locateEra, rejected: rejectedEras } };
}
