import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysInMonth, parseDate, utcTime, type TimelineDate } from '../../src/model/dates.js';
import { formatDate, formatDateRange, formatEventDate } from '../../src/model/format-date.js';

function date(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.date;
}

describe('parseDate()', () => {
  test('the tests run in a time zone that is not UTC', () => {
    expect(new Date(2023, 4, 24).getTimezoneOffset()).not.toBe(0);
  });

  test.each([
    ['2022', 'year', utcTime(2022), utcTime(2023)],
    ['2023-07', 'month', utcTime(2023, 7), utcTime(2023, 8)],
    ['2023-05-24', 'day', utcTime(2023, 5, 24), utcTime(2023, 5, 25)],
    ['2023-05-24T15', 'hour', utcTime(2023, 5, 24, 15), utcTime(2023, 5, 24, 16)],
    ['2023-05-24T15:00', 'minute', utcTime(2023, 5, 24, 15), utcTime(2023, 5, 24, 15, 1)],
    ['2023-05-24T15:00:30', 'second', utcTime(2023, 5, 24, 15, 0, 30), utcTime(2023, 5, 24, 15, 0, 31)],
  ] as const)('%s has %s precision and spans its whole period', (text, precision, time, endTime) => {
    const d = date(text);
    expect(d.precision).toBe(precision);
    expect(d.time).toBe(time);
    expect(d.endTime).toBe(endTime);
  });

  test('a calendar day is that day in UTC, whatever the local zone', () => {
    const d = date('2023-05-24');
    expect(new Date(d.time).toISOString()).toBe('2023-05-24T00:00:00.000Z');
    expect(d.offset).toBeNull();
  });

  test('an offset places the instant and is kept for display', () => {
    const d = date('2023-05-24T15:00+08:00');
    expect(new Date(d.time).toISOString()).toBe('2023-05-24T07:00:00.000Z');
    expect(d.offset).toBe(480);
    expect(date('2023-05-24T15:00Z').offset).toBe(0);
    expect(date('2023-05-24T15:00-0530').offset).toBe(-330);
  });

  test('years before 100 are not shifted into the 1900s', () => {
    expect(new Date(date('0079-08-24').time).getUTCFullYear()).toBe(79);
    expect(date('-0043-03-15').year).toBe(-43);
  });

  test('EDTF qualifiers are read', () => {
    expect(date('1984~').qualifier).toBe('approximate');
    expect(date('1984?').qualifier).toBe('uncertain');
    expect(date('1984-06%').qualifier).toBe('uncertain-approximate');
  });

  test.each([
    ['2023-02-30', 'February 2023 has no day 30, only 28'],
    ['2024-02-30', 'February 2024 has no day 30, only 29'],
    ['2023-13', 'month 13 does not exist'],
    ['2023-00-10', 'month 00 does not exist'],
    ['2023-05-24T25:00', '25:00 is not a time of day'],
    ['11/07/2023', 'not an ISO 8601 date'],
    ['24 May 2023', 'not an ISO 8601 date'],
    ['', 'not an ISO 8601 date'],
  ])('%s is rejected: %s', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });

  test('a leap day in a leap year is accepted', () => {
    expect(date('2024-02-29').day).toBe(29);
  });

  test('a plain day (read by its characters) reads as the full pattern reads it, and fails as it fails', () => {
    // A qualifier sends the same day through the full pattern; everything else must agree.
    const char = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...'0123456789') }, { weight: 1, arbitrary: fc.constantFrom('a', ' ', '-', '+', '٣') });
    const chars = (n: number) => fc.array(char, { minLength: n, maxLength: n }).map((c) => c.join(''));
    const plainDay = fc.tuple(chars(4), chars(2), chars(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const valid = fc.record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(plainDay, valid), (text) => {
      const plain = parseDate(text);
      const full = parseDate(`${text}?`);
      if (!full.ok) {
        expect(plain).toEqual(full);
        return;
      }
      expect(plain.ok).toBe(true);
      if (plain.ok) expect({ ...plain.date, qualifier: 'uncertain', text: `${text}?` }).toEqual(full.date);
    }), { numRuns: 5_000 });
  });
});

describe('daysInMonth()', () => {
  test('agrees with the calendar of Date for every month from 500 BC to AD 2500', () => {
    for (let year = -500; year <= 2500; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0); // day 0 of the next month: this month's last day
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(date.getUTCDate());
      }
    }
  });
});

describe('formatDate()', () => {
  test('shows each precision as written', () => {
    expect(formatDate(date('2022'), 'en-GB')).toBe('2022');
    expect(formatDate(date('2023-07'), 'en-GB')).toBe('July 2023');
    expect(formatDate(date('2023-05-24'), 'en-GB')).toBe('24 May 2023');
    expect(formatDate(date('2023-05-24'), 'en-US')).toBe('May 24, 2023');
    expect(formatDate(date('2023-05-24T15:00+08:00'), 'en-GB')).toBe('24 May 2023 at 15:00 UTC+8');
    expect(formatDate(date('2023-05-24T15:00Z'), 'en-GB')).toBe('24 May 2023 at 15:00 UTC');
  });

  test('never shifts a calendar day into the reader’s zone', () => {
    // New York is behind UTC: a local-time bug would print 23 May.
    expect(formatDate(date('2023-05-24'), 'en-GB')).toContain('24 May');
    expect(formatDate(date('2023-01'), 'en-GB')).toBe('January 2023');
  });

  test('shows BC years and qualifiers', () => {
    expect(formatDate(date('-0043'), 'en-GB')).toBe('44 BC');
    expect(formatDate(date('1984~'), 'en-GB')).toBe('c. 1984');
    expect(formatDate(date('1984?'), 'en-GB')).toBe('1984?');
  });

  test('formats other locales with Intl', () => {
    expect(formatDate(date('2023-07'), 'ja')).toBe(new Intl.DateTimeFormat('ja', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 6)));
    expect(formatDate(date('2023-05-24'), 'fr')).toBe('24 mai 2023');
  });
});

// ICU versions differ on the spaces around a range's dash; the dates themselves must not.
const tight = (text: string) => text.replace(/\s*–\s*/, '–');

describe('formatDateRange()', () => {
  test('joins a range compactly', () => {
    expect(tight(formatDateRange(date('2022-06-28'), date('2022-06-30'), 'en-GB'))).toBe('28–30 June 2022');
    expect(tight(formatDateRange(date('2022-06'), date('2023-07'), 'en-GB'))).toBe('June 2022–July 2023');
    expect(tight(formatDateRange(date('2020'), date('2021-03'), 'en-GB'))).toBe('2020–March 2021');
  });

  test('displayDate overrides the formatted date', () => {
    expect(formatEventDate({ start: date('2023-06'), end: null, displayDate: 'Summer 2023' }, 'en-GB')).toBe('Summer 2023');
    expect(tight(formatEventDate({ start: date('2023-07-11'), end: date('2023-07-12'), displayDate: null }, 'en-GB'))).toBe('11–12 July 2023');
  });
});
