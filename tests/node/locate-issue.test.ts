import { describe, expect, test } from 'vitest';
import { locateIssue } from '../../src/model/locate-issue.js';
import { parseTimeline } from '../../src/model/parse.js';

/** Every issue of `text` with the text it points at (or null). */
const located = (text: string) => parseTimeline(text).issues.map((issue) => {
  const span = locateIssue(text, issue);
  return [issue.message.split(':')[0], span && text.slice(span.start, span.end)];
});

describe('locateIssue: where in the text a problem is', () => {
  test('CSV: the cell under the column, counting rows as the parser does (quoted line breaks, blank lines)', () => {
    const csv = 'Year,Month,Day,Headline,Text\r\n2023,5,24,Good,"two\nlines"\r\n\r\n2023,13,1,Bad month,x\r\n2023,1,1,,\n';
    expect(located(csv)).toEqual([
      ['row 4 ("Bad month"), column "Month"', '13'],
      // An empty cell is no selection: the whole row is.
      ['row 5, column "Headline"', '2023,1,1,,'],
    ]);
  });

  test('CSV with semicolons, a quoted header and a byte-order mark', () => {
    const csv = '\ufeff"Year";Month;Day;Headline\n2023;2;30;"Thirtieth; of February"\n';
    expect(located(csv)).toEqual([['row 2 ("Thirtieth; of February"), column "Day"', '30']]);
  });

  test('our JSON: the member the field names, else the event; a bare array of events too', () => {
    const json = JSON.stringify({ title: 'T', events: [{ start: '2023', title: 'a' }, { title: 'b', start: '11/07/2023', status: 'x' }] }, null, 2);
    expect(located(json)).toEqual([['events[1] ("b").start', '"start": "11/07/2023"']]);
    const array = '[{"start":"2023","title":"a"}, {"start":"2023", "title":"b", "sources": [{"url":"javascript:x","title":"s"}]}]';
    expect(located(array)).toEqual([['events[1] ("b").sources[0].url', '"sources": [{"url":"javascript:x","title":"s"}]']]);
  });

  test('TimelineJS JSON: the TimelineJS member (start_date), with strings that hold brackets and quotes', () => {
    const tl = JSON.stringify({ title: { text: { headline: 'x ] } [' } }, events: [
      { start_date: { year: '2020' }, text: { headline: 'h "]}' } },
      { start_date: { year: 'abc' }, text: { headline: 'h2' } },
    ] });
    expect(located(tl)).toEqual([['events[1] ("h2").start_date.year', '"start_date":{"year":"abc"}']]);
  });

  test('problems with the whole text have no place', () => {
    expect(located('{"events": [')).toEqual([['data', null]]);
  });
});
