import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { MAX_FILE_BYTES, runCli } from '../../src/cli/run-cli.js';
import { readHashKey, writeHashKey } from '../../src/controllers/hash-key.js';
import { xmlText } from '../../src/export/svg.js';
import { canPlace, parseDate } from '../../src/model/dates.js';
import { charsetOf, decodeText } from '../../src/model/decode.js';
import { limitNesting, MAX_DEPTH } from '../../src/model/html-nesting.js';
import { htmlToText, looksLikeHtml } from '../../src/model/html-text.js';
import { LIMITS } from '../../src/model/limits.js';
import { parseTimeline } from '../../src/model/parse.js';
import { describeIssues } from '../../src/render/notices.js';
import { ENGLISH } from '../../src/strings.js';
import { fill, HOSTILE_UNITS } from '../hostile-patterns.js';

const GOOD = [{ id: 'good-1', start: '2023-05-24', title: 'Good' }, { id: 'good-2', start: '2023-06-01', title: 'Also good' }];

describe('hostile text is read in one pass, as the browser reads it', () => {
  // On the old readers these took seconds each (`<p ` at 100 KB: 11 s); the test's own time limit fails them.
  test.each(HOSTILE_UNITS)('%j repeated to 100 KB in a body, a TimelineJS headline and a CSV cell: the good events are kept', (unit) => {
    const text = fill(unit, 100_000);
    const native = parseTimeline([...GOOD, { id: 'bad', start: '2023-07-01', title: 'Hostile', body: text }]);
    expect(native.data.events.map((e) => e.id)).toEqual(['good-1', 'good-2', 'bad']);
    const slides = parseTimeline({ events: [{ start_date: { year: 2023 }, text: { headline: 'Good' } }, { start_date: { year: 2024 }, text: { headline: text, text } }] });
    expect(slides.data.events[0]!.title).toBe('Good');
    expect(slides.data.events.every((e) => e.title.length <= LIMITS.text['title']!)).toBe(true);
    const csv = parseTimeline(`start,title,summary\n2023-05-24,Good,ok\n2023-06-01,Also good,${JSON.stringify(text)}\n`, { format: 'csv' });
    expect(csv.data.events.map((e) => e.title)).toEqual(['Good', 'Also good']);
  });

  test('an unclosed tag, comment or script hides the rest, as in the browser; quotes protect a ">"', () => {
    expect(htmlToText('Before <p after')).toBe('Before');
    expect(htmlToText('Before<!-- after')).toBe('Before');
    expect(htmlToText('Before<script>after')).toBe('Before');
    expect(htmlToText('<a title="x>y">Ada</a> and <b title=\'p>q\'>Byron</b>')).toBe('Ada and Byron');
    expect(htmlToText('3 < 4 << 5 and <3')).toBe('3 < 4 << 5 and <3');
    expect(htmlToText(fill('<p ', 99_999))).toBe('');
    expect(looksLikeHtml(fill('<p ', 99_999))).toBe(false);
    expect(looksLikeHtml(`${fill('<a', 50_000)}>`)).toBe(true);
  });

  test('a summary read from a long body is no longer than a summary may be', () => {
    const { data } = parseTimeline([{ start: '2023', title: 'T', body: `<p>${fill('word ', 90_000)}</p>` }]);
    expect(data.events[0]!.summary.length).toBeLessThanOrEqual(LIMITS.text['summary']!);
    expect(data.events[0]!.body!.length).toBe(90_007);
  });

  test('TimelineJS text is cut to its field before it is read as HTML, and the cut is reported', () => {
    const headline = `<b>${'x'.repeat(1_000)}</b>`;
    const { data, issues } = parseTimeline({ events: [{ start_date: { year: 2023 }, text: { headline } }] });
    expect(data.events[0]!.title).toBe('x'.repeat(497));
    expect(issues.map((i) => i.message)).toEqual([`events[0].text.headline: expected at most 500 characters, found ${headline.length} (cut to 500)`]);
  });

  test('limitNesting() keeps markup as it is, but no deeper than the sanitiser needs', () => {
    const deep = `${'<b>'.repeat(MAX_DEPTH + 10)}x`;
    expect(limitNesting(deep)).toBe(`${'<b>'.repeat(MAX_DEPTH)}x`);
    // Paragraphs and list items close themselves, so long stories are not cut.
    const story = '<p>a<p>b<ul><li>c<li>d</ul>'.repeat(100);
    expect(limitNesting(story)).toBe(story);
    expect(limitNesting('<div><script><b><b><b></script></div>', 2)).toBe('<div><script><b><b><b></script></div>');
  });

  test('a thousand copies of one id become x, x-2 … x-1000, the given x-3 left alone', () => {
    const events = Array.from({ length: 1_000 }, () => ({ id: 'x', start: '2023', title: 'T' }));
    events.splice(1, 0, { id: 'x-3', start: '2023', title: 'Given' });
    const ids = parseTimeline(events).data.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(1_001);
    expect(ids.slice(0, 4)).toEqual(['x', 'x-3', 'x-2', 'x-4']);
  });
});

describe('dates Date cannot hold are errors for their event', () => {
  test.each(['275761', '-999999', '+275760-09-13', '-271821-04-19', '250001'])('%s is not placed, with the reason', (text) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^year -?\d+ is outside the years a timeline can place, -250000 to 250000$/);
  });

  test('the years at the edges are placed, and canPlace() says so', () => {
    for (const text of ['250000-12-31', '-250000', '2023-05-24']) {
      const result = parseDate(text);
      expect(result.ok && canPlace(result.date), text).toBe(true);
    }
    expect(canPlace({ time: NaN, endTime: NaN })).toBe(false);
  });

  test('only that event is skipped, located and explained; the counts say what is drawn', () => {
    const { data, issues, counts } = parseTimeline([...GOOD, { id: 'far', start: '275761', title: 'Far' }, { id: 'end', start: '2023', end: '+275760-09-13', title: 'End' }]);
    expect(data.events.map((e) => e.id)).toEqual(['good-1', 'good-2']);
    expect(issues.map((i) => i.message)).toEqual([
      'events[2] ("far").start: expected an ISO 8601 date such as 2023-07-11, found "275761" (year 275761 is outside the years a timeline can place, -250000 to 250000)',
      'events[3] ("end").end: expected an ISO 8601 date such as 2023-07-11, found "+275760-09-13" (year 275760 is outside the years a timeline can place, -250000 to 250000)',
    ]);
    expect(counts).toMatchObject({ errors: 2, skippedEvents: 2 });
    expect(data.events.every((e) => Number.isFinite(e.start.time) && Number.isFinite(e.start.endTime))).toBe(true);
  });

  test('in TimelineJS, the year is named', () => {
    // Year 300000, once refused, is deep time now (issue 20); a year past a trillion still cannot be placed.
    const { issues } = parseTimeline({ events: [{ start_date: { year: 3_000_000_000_000 }, text: { headline: 'Far' } }] });
    expect(issues[0]!.message).toBe('events[0] ("Far").start_date.year: expected a year that can be placed, found 3000000000000 (year 3000000000000 is outside the years a timeline can place, -1000000000000 to 1000000000000)');
  });

  test('eras, sources and asOf with such dates are dropped with a warning', () => {
    const { data, counts } = parseTimeline({ asOf: '275761', eras: [{ start: '2020', end: '275761', title: 'E' }], events: [{ ...GOOD[0], sources: [{ title: 'S', date: '-999999' }] }] });
    expect(data.asOf).toBeNull();
    expect(data.eras).toEqual([]);
    expect(data.events[0]!.sources[0]!.date).toBeNull();
    expect(counts).toMatchObject({ errors: 0, warnings: 3 });
  });
});

describe('problems are capped and counted', () => {
  test('100,000 bad items: 1,000 problems kept, every one counted', () => {
    const { issues, counts } = parseTimeline(new Array(100_000).fill(1));
    expect(issues).toHaveLength(LIMITS.issues);
    expect(counts).toEqual({ errors: 100_000, warnings: 0, skippedEvents: 100_000, repairedFields: 0, dataErrors: 0 });
  });

  test('4,000 events with 100 bad tags each: the events are kept, 400,000 repaired fields counted', () => {
    const events = Array.from({ length: 4_000 }, (_, i) => ({ id: `e${i}`, start: '2023', title: 'T', tags: new Array(100).fill(1) }));
    const { data, issues, counts } = parseTimeline(events);
    expect(data.events).toHaveLength(4_000);
    expect(issues).toHaveLength(LIMITS.issues);
    expect(counts).toMatchObject({ errors: 0, warnings: 400_000, repairedFields: 400_000, skippedEvents: 0 });
  });

  test('every message is at most 300 characters, whatever the names in it', () => {
    const id = 'i'.repeat(2_000);
    const { issues } = parseTimeline([{ id, start: '2023', title: 'T', status: 's'.repeat(5_000) }]);
    expect(issues[0]!.message.length).toBeLessThanOrEqual(LIMITS.issueMessage);
    expect(issues[0]!.message.startsWith(`events[0] ("${'i'.repeat(79)}…").status: expected one of`)).toBe(true);
    const header = Array.from({ length: 100_000 }, (_, i) => `column ${i}`).join(',');
    const csv = parseTimeline(`${header}\n1,2\n`, { format: 'csv' });
    expect(csv.issues.every((i) => i.message.length <= LIMITS.issueMessage)).toBe(true);
    expect(csv.issues[0]!.message).toBe('row 1: expected at most 1000 fields, found 100000 (the first 1000 are kept)');
    expect(csv.issues[1]!.message).toMatch(/^row 1: expected a column named "start", found the columns "column 0", "column 1", .* and 990 more$/);
  });

  test('events past the limit count as skipped events, not as repaired fields', () => {
    const events = Array.from({ length: LIMITS.events + 5 }, (_, i) => ({ id: `e${i}`, start: '2023', title: 'T' }));
    expect(parseTimeline(events).counts).toMatchObject({ warnings: 1, skippedEvents: 5, repairedFields: 0 });
  });
});

describe('honest counts and words in the notice', () => {
  test('a one-row CSV whose header is bad: one event skipped, two problems with the data as a whole', () => {
    const { counts } = parseTimeline('date,headline\n2023,Hello\n', { format: 'csv' });
    expect(counts).toMatchObject({ errors: 4, skippedEvents: 1, dataErrors: 2 });
    expect(describeIssues(counts, ENGLISH)).toBe('1 event was skipped because of problems in the data. 2 problems concern the data as a whole.');
  });

  test('JSON that does not parse is not "an event skipped"', () => {
    const { counts } = parseTimeline('{"events": [');
    expect(describeIssues(counts, ENGLISH)).toBe('1 problem concerns the data as a whole.');
  });

  test('messages read as English: an object, a list with "or", an array of items', () => {
    const messages = parseTimeline([{ start: '2023', title: 'T', status: 'rumoured', sources: [{}], group: ['a', 'b'] }]).issues.map((i) => i.message);
    expect(messages).toEqual([
      'events[0] ("T").group: expected text, found an array of 2 items',
      'events[0] ("T").status: expected one of confirmed, expected, disputed or cancelled, found "rumoured"',
      'events[0] ("T").sources[0]: expected a source with a url or a title, found an object',
    ]);
    expect(parseTimeline('date\n2023\n', { format: 'csv' }).issues[0]!.message).toBe('row 1: expected a column named "start", found the column "date"');
  });
});

describe('deep-link keys in a fragment that is the page’s too', () => {
  test.each([
    ['', 'tl', 'one', 'tl=one'],
    ['#section', 'tl', 'one', 'section&tl=one'],
    ['#/route/path?x=1', 'tl', 'one', '/route/path?x=1&tl=one'],
    ['#/route/path?x=1&tl=one', 'tl', 'two', '/route/path?x=1&tl=two'],
    ['#a=1&tl=one&b=%2F', 'tl', null, 'a=1&b=%2F'],
    ['#tl=one', 'tl', null, ''],
    ['#section&tl=one', 'tl', null, 'section'],
    ['#x=a+b&&y', 'tl', 'a b/c', 'x=a+b&&y&tl=a%20b%2Fc'],
  ])('%s with %s=%s → #%s', (hash, key, value, expected) => {
    expect(writeHashKey(hash, key, value)).toBe(expected);
  });

  test('reading finds the key among other parts, decoded as a query is', () => {
    expect(readHashKey('#/route?x=1&tl=a+b%2Fc', 'tl')).toBe('a b/c');
    expect(readHashKey('#section', 'section')).toBeNull();
    expect(readHashKey('#tl=%E0%A4', 'tl')).toBe('%E0%A4');
    expect(readHashKey('#my%20id=x', 'my id')).toBe('x');
  });

  test('writing and reading back give the value, for any key and value', () => {
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (rest, key, value) => {
      const base = rest.replace(/[&=#]/g, '');
      const written = writeHashKey(base, key, value);
      expect(readHashKey(written, key)).toBe(value);
      expect(writeHashKey(written, key, null)).toBe(base);
    }));
  });
});

describe('export text', () => {
  test('xmlText() drops what XML cannot hold: control characters, lone surrogates', () => {
    expect(xmlText('a\u0001b\u0000c\u001f\td\ne\rf')).toBe('abc\td\ne\rf');
    expect(xmlText('x\ud800y\udc00z😀\ufffe\uffff')).toBe('xyz😀');
  });
});

describe('encodings', () => {
  const json = JSON.stringify([{ start: '2023', title: 'Café 東京' }]);
  const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(bytes.buffer);
    const units = (bom ? '\ufeff' : '') + text;
    for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), !bigEndian);
    return bytes;
  };
  const utf8 = (text: string, bom: boolean) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

  test.each([
    ['UTF-8', utf8(json, false)], ['UTF-8 with a BOM', utf8(json, true)],
    ['UTF-16LE with a BOM', utf16(json, false, true)], ['UTF-16BE with a BOM', utf16(json, true, true)],
    ['UTF-16LE without a BOM', utf16(json, false, false)], ['UTF-16BE without a BOM', utf16(json, true, false)],
  ])('%s decodes to the same text', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(json);
  });

  test('a server\'s charset is used when there is no byte-order mark', () => {
    expect(charsetOf('text/csv; charset="UTF-16LE"')).toBe('utf-16le');
    expect(charsetOf('application/json')).toBeNull();
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'iso-8859-1')).toBe('café');
    expect(decodeText(new Uint8Array([0x61]), 'no-such-charset')).toBe('a');
  });

  const io = (bytes: Uint8Array | string, size: number | null = typeof bytes === 'string' ? null : bytes.length) => {
    const out: string[] = [];
    const err: string[] = [];
    const readFile = vi.fn(async () => bytes);
    return { out, err, readFile, io: { readFile, fileSize: async () => size, out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  test('the CLI reads UTF-16 with a byte-order mark as the JSON it is', async () => {
    const run = io(utf16(json, false, true));
    expect(await runCli(['validate', 'data.json'], run.io)).toBe(0);
    expect(run.err).toEqual(['data.json: 1 event read as json, 0 errors, 0 warnings']);
    const csv = io(utf16('start,title\n2023,Café\n', true, true));
    expect(await runCli(['convert', 'data.csv'], csv.io)).toBe(0);
    expect(JSON.parse(csv.out.join('\n')).events[0].title).toBe('Café');
  });

  test('the CLI checks a file\'s size before it reads it', async () => {
    const run = io(new Uint8Array(0), MAX_FILE_BYTES + 1);
    expect(await runCli(['validate', 'huge.json'], run.io)).toBe(1);
    expect(run.readFile).not.toHaveBeenCalled();
    expect(run.out).toEqual([`huge.json: error: data: expected at most ${LIMITS.inputChars} characters, found a file of ${MAX_FILE_BYTES + 1} bytes (not read)`]);
  });

  test('the CLI counts every problem and says how many it did not list', async () => {
    const run = io(JSON.stringify(new Array(5_000).fill(1)));
    expect(await runCli(['validate', 'ones.json'], run.io)).toBe(1);
    expect(run.out).toHaveLength(LIMITS.issues + 1);
    expect(run.out.at(-1)).toBe('ones.json: …and 4000 more (only the first 1000 are listed)');
    expect(run.err).toEqual(['ones.json: 0 events read as json, 5000 errors, 0 warnings (5000 events skipped)']);
  });

  test('validate reports a date Date cannot hold as an error', async () => {
    const run = io(JSON.stringify([{ start: '275761', title: 'Far' }, { start: '2023', title: 'Near' }]));
    expect(await runCli(['validate', 'far.json'], run.io)).toBe(1);
    expect(run.err).toEqual(['far.json: 1 event read as json, 1 error, 0 warnings (1 event skipped)']);
  });
});
