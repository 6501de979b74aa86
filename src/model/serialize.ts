import type { Timeline, TimelineEvent } from './timeline.js';
import type { NewsEvent, NewsSource, TimelineData } from './types.js';

/**
 * A parsed timeline back in our own JSON format: what `news-timeline convert` prints, so a
 * TimelineJS file or a CSV can move to the native format. Defaults are left out; dates keep the
 * text (and so the precision) they were written with. Parsing the result gives the same timeline.
 */
export function serializeTimeline(timeline: Timeline): TimelineData {
  const data: TimelineData = { events: timeline.events.map(serializeEvent) };
  if (timeline.title !== null) data.title = timeline.title;
  if (timeline.description !== null) data.description = timeline.description;
  if (timeline.asOf) data.asOf = timeline.asOf.text;
  if (timeline.updated) data.updated = timeline.updated.text;
  if (timeline.groups.length) data.groups = timeline.groups.map((g) => ({ id: g.id, label: g.label }));
  if (timeline.credit !== null) data.credit = timeline.credit;
  if (timeline.eras.length) data.eras = timeline.eras.map((era) => ({ start: era.start.text, end: era.end.text, title: era.title }));
  // Key order as readers of the file expect it: title first, events last.
  const { events, ...head } = data;
  return { ...head, events };
}

/** One event in our own JSON format, defaults left out. */
export function serializeEvent(event: TimelineEvent): NewsEvent {
  const out: NewsEvent = { id: event.id, start: event.start.text, title: event.title };
  if (event.end) out.end = event.end.text;
  else if (event.openEnd) out.end = '..';
  if (event.summary) out.summary = event.summary;
  if (event.body !== null) out.body = event.body;
  if (event.displayDate !== null) out.displayDate = event.displayDate;
  if (event.group !== null) out.group = event.group;
  if (event.tags.length) out.tags = [...event.tags];
  if (event.status !== 'confirmed') out.status = event.status;
  if (event.importance !== 2) out.importance = event.importance;
  const sources = event.sources.map((s) => {
    const source: NewsSource = {};
    if (s.title !== null) source.title = s.title;
    if (s.publisher !== null) source.publisher = s.publisher;
    if (s.url !== null) source.url = s.url;
    if (s.date) source.date = s.date.text;
    return source;
  });
  if (sources.length) out.sources = sources;
  if (event.media) out.media = { ...event.media };
  if (event.updates.length) out.updates = event.updates.map((u) => (u.kind === 'update' ? { date: u.date.text, text: u.text } : { date: u.date.text, text: u.text, kind: u.kind }));
  return out;
}
