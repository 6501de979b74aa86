import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { serializeTimeline } from '../../src/model/serialize.js';
import type { Timeline } from '../../src/model/timeline.js';

/** A timeline without input positions, which change when events are written back in date order. */
const comparable = (timeline: Timeline) => ({ ...timeline, events: timeline.events.map(({ index: _index, ...event }) => event) });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = fc
  .record({
    year: fc.integer({ min: -2000, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    precision: fc.integer({ min: 0, max: 4 }),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, month, day, hour, minute, precision, qualifier }) => {
    const y = (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
    const parts = [y, `${y}-${pad(month)}`, `${y}-${pad(month)}-${pad(day)}`, `${y}-${pad(month)}-${pad(day)}T${pad(hour)}`, `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}+02:00`];
    return parts[precision]! + (precision < 3 ? qualifier : '');
  });
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && s.trim() === s);
const url = fc.constantFrom('https://www.nato.int/', 'http://example.org/a?b=c', './notes.html', '/abs/path');
const event = fc.record(
  {
    id: text,
    start: isoDate,
    title: text,
    summary: text,
    body: fc.constantFrom('<p>Hello <a href="https://x.org/">x</a></p>', '<blockquote>Q <cite>C</cite></blockquote>'),
    displayDate: text,
    group: fc.constantFrom('japan', 'nato', 'china'),
    tags: fc.array(text, { maxLength: 3 }),
    status: fc.constantFrom('confirmed', 'expected', 'disputed', 'cancelled'),
    importance: fc.constantFrom(1, 2, 3),
    sources: fc.array(fc.record({ url, title: text, publisher: text, date: isoDate }, { requiredKeys: ['url'] }), { maxLength: 2 }),
    media: fc.record({ url, alt: text, caption: text, credit: text }, { requiredKeys: ['url'] }),
    updates: fc.array(fc.record({ date: isoDate, text, kind: fc.constantFrom('update', 'correction') }, { requiredKeys: ['date', 'text'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['start', 'title'] },
);

describe('parseTimeline() properties', () => {
  test('never throws on any JSON value, and always returns a timeline and a list of issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseTimeline(value);
        expect(Array.isArray(result.data.events)).toBe(true);
        expect(Array.isArray(result.issues)).toBe(true);
        const asText = parseTimeline(JSON.stringify(value));
        expect(asText.data.events.length).toBe(result.data.events.length);
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on objects shaped like events, TimelineJS slides or CSV text', () => {
    const anything = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 });
    const slide = fc.record({ start_date: fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'time'), anything), text: anything, media: anything });
    fc.assert(fc.property(fc.array(fc.dictionary(fc.constantFrom('start', 'end', 'title', 'sources', 'media', 'tags', '__proto__', 'constructor'), anything)), (events) => {
      parseTimeline({ events });
    }));
    fc.assert(fc.property(fc.array(slide), (events) => {
      parseTimeline({ events }, { format: 'timelinejs' });
    }));
    fc.assert(fc.property(fc.string(), fc.string(), (header, body) => {
      parseTimeline(`${header}\n${body}`, { format: 'csv' });
    }));
  });

  test('a valid dataset survives parse → serialise → parse unchanged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 8 }), fc.option(isoDate, { nil: undefined }), fc.option(isoDate, { nil: undefined }), (events, asOf, updated) => {
        const first = parseTimeline({ title: 'T', asOf, updated, events });
        expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const written = serializeTimeline(first.data);
        const second = parseTimeline(JSON.parse(JSON.stringify(written)));
        expect(second.issues).toEqual([]);
        expect(comparable(second.data)).toEqual(comparable(first.data));
        expect(serializeTimeline(second.data)).toEqual(written);
      }),
      { numRuns: 200 },
    );
  });

  test('events come out by start, then the shorter first, then input order, however they come in', () => {
    // Few distinct dates, so many events share a start (and some a whole span).
    const day = fc.constantFrom('2022-06-28', '2022-06-29', '2022-06', '2022', '2023-05-24', '2023-05-24T09:00', '1999-12-31');
    const ending = fc.constantFrom(undefined, '2022-06-30', '2023-07-12', '2023');
    const dated = fc.record({ start: day, end: ending }).map(({ start, end }) => (end !== undefined && end > start ? { start, end } : { start }));
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 60 }), (dates) => {
        const events = dates.map((d, i) => ({ ...d, title: `E${i}` }));
        const { data, issues } = parseTimeline({ events });
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        const key = (e: Timeline['events'][number]) => [e.start.time, e.start.endTime, e.end?.endTime ?? e.start.endTime, e.index];
        const compare = (a: Timeline['events'][number], b: Timeline['events'][number]) => {
          const [ka, kb] = [key(a), key(b)];
          for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
          return 0;
        };
        const titles = data.events.map((e) => e.title);
        expect(titles).toEqual([...data.events].sort(compare).map((e) => e.title));
        expect(new Set(titles)).toEqual(new Set(events.map((e) => e.title)));
      }),
      { numRuns: 500 },
    );
  });

  test('the TimelineJS fixtures survive conversion to our format', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of ['marktwain.json', 'eras.json', 'my-own-timeline.csv']) {
      const first = parseTimeline(readFileSync(new URL(`../../examples/data/timelinejs/${name}`, import.meta.url), 'utf8'));
      const second = parseTimeline(JSON.stringify(serializeTimeline(first.data)));
      expect(second.issues, name).toEqual([]);
      expect(comparable(second.data), name).toEqual(comparable(first.data));
    }
  });
});
