import { describe, expect, test } from 'vitest';
import { parseDate, type TimelineDate } from '../../src/model/dates.js';
import { formatDate, formatEventDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';

function date(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.date;
}

describe('every precision and qualifier, as a reader sees it', () => {
  test.each([
    ['2023', '2023'],
    ['2023-07', 'July 2023'],
    ['2023-05-24', '24 May 2023'],
    ['2023-05-24T15', '24 May 2023 at 15:00'],
    ['2023-05-24T15:30', '24 May 2023 at 15:30'],
    ['2023-05-24T15:30:45', '24 May 2023 at 15:30:45'],
    ['2023-05-24T15:30:45+09:00', '24 May 2023 at 15:30:45 UTC+9'],
    ['2023-05-24T15:30-05:30', '24 May 2023 at 15:30 UTC−5:30'],
    ['1984~', 'c. 1984'],
    ['1984?', '1984?'],
    ['1984%', 'c. 1984?'],
    ['1984-06~', 'c. June 1984'],
    ['1984-06-02?', '2 June 1984?'],
    ['-0043', '44 BC'],
    ['-0043-03-15', '15 March 44 BC'],
    ['0000', '1 BC'],
    ['-0499~', 'c. 500 BC'],
  ])('%s reads "%s"', (text, shown) => {
    expect(formatDate(date(text), 'en-GB')).toBe(shown);
  });

  test('a qualifier keeps the precision and the instants of the date', () => {
    const d = date('1984-06~');
    expect(d.precision).toBe('month');
    expect(d.time).toBe(date('1984-06').time);
    expect(d.endTime).toBe(date('1984-06').endTime);
  });
});

describe('open-ended ranges', () => {
  test('"2020/.." is a range that has not ended', () => {
    const { data, issues } = parseTimeline([{ start: '2020/..', title: 'War' }]);
    expect(issues).toEqual([]);
    expect(data.events[0]).toMatchObject({ end: null, openEnd: true });
    expect(data.events[0]!.start.text).toBe('2020');
    expect(formatEventDate(data.events[0]!, 'en-GB')).toBe('2020–');
  });

  test('end: ".." says the same', () => {
    const { data } = parseTimeline([{ start: '2022-02-24', end: '..', title: 'War' }]);
    expect(data.events[0]).toMatchObject({ end: null, openEnd: true });
    expect(formatEventDate(data.events[0]!, 'en-GB')).toBe('24 February 2022–');
  });

  test('"2020/2021" is a closed interval', () => {
    const { data } = parseTimeline([{ start: '2020/2021-03', title: 'T' }]);
    expect(data.events[0]!.end?.text).toBe('2021-03');
    expect(data.events[0]!.openEnd).toBe(false);
  });

  test('an interval with an end given twice keeps the interval’s, with a warning', () => {
    const { data, issues } = parseTimeline([{ start: '2020/2021', end: '2022', title: 'T' }]);
    expect(data.events[0]!.end?.text).toBe('2021');
    expect(issues.map((i) => i.message)).toEqual(['events[0] ("T").end: expected no end when start is an interval ("2020/2021"), found "2022" (the interval’s end is used)']);
  });

  test.each([
    [{ start: '2020/2021/2022', title: 'T' }, 'events[0] ("T").start: expected an ISO 8601 date such as 2023-07-11, found "2020/2021/2022"'],
    [{ start: '2021/2020', title: 'T' }, 'events[0] ("T").end: expected a date on or after start (2021), found "2020"'],
    [{ start: '2021-02-29/..', title: 'T' }, 'events[0] ("T").start: expected an ISO 8601 date such as 2023-07-11, found "2021-02-29" (February 2021 has no day 29, only 28)'],
  ])('a bad interval is an error: %j', (event, message) => {
    const { data, issues } = parseTimeline([event]);
    expect(data.events).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([message]);
  });
});
