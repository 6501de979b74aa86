import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deepTicks } from '../../src/layout/deep-ticks.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { PLACEABLE_YEARS, parseDate, utcTime, type TimelineDate } from '../../src/model/dates.js';
import { DEEP_YEARS_LIMIT, deepYearTime, yearAtTime } from '../../src/model/deep-time.js';
import { formatDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';
import { ReaderText } from '../../src/plan/reader-text.js';
import { summarize } from '../../src/plan/summary.js';
import { CHINESE_SIMPLIFIED } from '../../src/strings/zh-cn.js';
import { ENGLISH } from '../../src/strings/en.js';
import { FRENCH } from '../../src/strings/fr.js';
import { GERMAN } from '../../src/strings/de.js';
import { JAPANESE } from '../../src/strings/ja.js';
import { SPANISH } from '../../src/strings/es.js';

function date(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.date;
}

/** A TimelineJS slide at a (historical, negative for BC) year. */
const slide = (year: number | string, headline: string) => ({ start_date: { year }, text: { headline } });

/** ISO 8601 text for an astronomical year the calendar holds: `-0043`, `2023`, `+123456`. */
const isoYear = (year: number) => (year < 0 ? '-' : year > 9999 ? '+' : '') + String(Math.abs(year)).padStart(4, '0');

/** Astronomical years: deep ones on either side, and calendar ones, so properties mix them. */
const anyYear = fc.oneof(
  fc.integer({ min: -DEEP_YEARS_LIMIT, max: PLACEABLE_YEARS.first - 1 }),
  fc.integer({ min: PLACEABLE_YEARS.first, max: PLACEABLE_YEARS.last }),
  fc.integer({ min: PLACEABLE_YEARS.last + 1, max: DEEP_YEARS_LIMIT }),
  fc.integer({ min: -5000, max: 3000 }),
);

/** An English amount read back: "13.8 billion" → 13800000000, "250,001" → 250001. */
function englishAmount(text: string): number {
  const m = /^([\d.,]+)(?: (thousand|million|billion|trillion))?$/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[m[2] ?? ''] ?? 1;
  return Math.round(Number(m[1]!.replaceAll(',', '')) * scale);
}

describe('parsing years of any size', () => {
  test('EDTF long years: deep beyond the calendar, ordinary years within it', () => {
    expect(date('Y-13800000000')).toMatchObject({ year: -13800000000, precision: 'year', deep: true });
    expect(date('Y170000000')).toMatchObject({ year: 170000000, deep: true });
    const near = date('Y-50000');
    expect(near.deep).toBeUndefined();
    expect(near.time).toBe(date('-50000').time);
    expect(date('Y-300000~').qualifier).toBe('approximate');
    expect(parseDate('Y-1e9').ok).toBe(false);
    expect(parseDate('Y-2000000000000')).toMatchObject({ ok: false, unplaceable: true });
  });

  test('property: every long year in range parses, keeps its year and spans exactly one year', () => {
    fc.assert(fc.property(anyYear, (year) => {
      const d = date(`Y${year}`);
      expect(d.year).toBe(year);
      expect(d.deep === true).toBe(year < PLACEABLE_YEARS.first || year > PLACEABLE_YEARS.last);
      expect(Number.isFinite(d.time) && d.endTime > d.time).toBe(true);
      // A mean year, within the two days by which a calendar year differs from one.
      expect(Math.abs(d.endTime - d.time - 365.2425 * 86_400_000)).toBeLessThan(2 * 86_400_000);
      expect(yearAtTime(d.time)).toBeCloseTo(year, year > 1e9 || year < -1e9 ? -1 : 2);
    }));
  });

  test('deep and calendar time meet without a seam at the calendar\'s edges', () => {
    for (const edge of [PLACEABLE_YEARS.first, PLACEABLE_YEARS.last + 1]) {
      expect(Math.abs(deepYearTime(edge) - utcTime(edge))).toBeLessThan(2 * 86_400_000);
    }
    expect(date(`Y${PLACEABLE_YEARS.first - 1}`).endTime).toBeLessThanOrEqual(date(isoYear(PLACEABLE_YEARS.first)).time + 2 * 86_400_000);
  });

  test('TimelineJS years of any size, in JSON and in the spreadsheet, with no event lost', () => {
    const json = parseTimeline({ events: [slide('-13800000000', 'Big Bang'), slide(-66000000, 'Chicxulub'), slide(-3000, 'Writing'), slide(1969, 'Moon')] });
    expect(json.issues).toEqual([]);
    expect(json.data.events.map((e) => [e.title, e.start.text])).toEqual([
      ['Big Bang', 'Y-13799999999'], ['Chicxulub', 'Y-65999999'], ['Writing', '-2999'], ['Moon', '1969'],
    ]);
    const csv = parseTimeline('Year,Headline\n-4600000000,Earth forms\n1969,Moon\n-541000000,Cambrian\n');
    expect(csv.issues).toEqual([]);
    expect(csv.data.events.map((e) => e.title)).toEqual(['Earth forms', 'Cambrian', 'Moon']);
  });
});

describe('ordering mixed deep and calendar dates', () => {
  test('property: times follow years, and a year ends before the next begins', () => {
    fc.assert(fc.property(anyYear, anyYear, fc.boolean(), fc.boolean(), (a, b, longA, longB) => {
      fc.pre(a !== b);
      // Calendar years written either way: ISO 8601 (`-0043`) or EDTF's long form (`Y-43`).
      const text = (y: number, long: boolean) => (long || y < PLACEABLE_YEARS.first || y > PLACEABLE_YEARS.last ? `Y${y}` : isoYear(y));
      const [lo, hi] = a < b ? [date(text(a, longA)), date(text(b, longB))] : [date(text(b, longB)), date(text(a, longA))];
      expect(lo.time).toBeLessThan(hi.time);
      expect(lo.endTime).toBeLessThanOrEqual(hi.time + 2 * 86_400_000);
    }));
  });

  test('property: a timeline of mixed years is sorted by year, every event kept', () => {
    fc.assert(fc.property(fc.array(anyYear, { minLength: 1, maxLength: 30 }), (years) => {
      const { data, issues } = parseTimeline(years.map((y, i) => ({ id: `e${i}`, start: `Y${y}`, title: `Year ${y}` })));
      expect(issues).toEqual([]);
      expect(data.events.map((e) => e.start.year)).toEqual([...years].sort((x, y) => x - y));
    }), { numRuns: 200 });
  });
});

describe('reading deep time as people do', () => {
  const cosmic = parseTimeline({ events: [slide('-13800000000', 'Big Bang'), slide(-66000000, 'Chicxulub'), slide(-251902000, 'Permian'), slide(-300000, 'Homo sapiens'), slide(-3000, 'Writing')] }).data;
  const read = (strings: typeof ENGLISH, locale: string) => cosmic.events.map((e) => new ReaderText(strings, locale).eventDate(e));

  test.each([
    ['english', ENGLISH, 'en', ['13.8 billion years ago', '251.902 million years ago', '66 million years ago', '300,000 years ago', '3000 BC']],
    ['french', FRENCH, 'fr', ['il y a 13,8 milliards d’années', 'il y a 251,902 millions d’années', 'il y a 66 millions d’années', 'il y a 300\u202f000 ans', '3000 av. J.-C.']],
    ['german', GERMAN, 'de', ['vor 13,8 Milliarden Jahren', 'vor 251,902 Millionen Jahren', 'vor 66 Millionen Jahren', 'vor 300.000 Jahren', '3000 v. Chr.']],
    ['spanish', SPANISH, 'es', ['hace 13,8 mil millones de años', 'hace 251,902 millones de años', 'hace 66 millones de años', 'hace 300.000 años', '3000 a. C.']],
    ['japanese', JAPANESE, 'ja', ['138億年前', '2.51902億年前', '6600万年前', '300,000年前', '紀元前3000年']],
    ['chinese_simplified', CHINESE_SIMPLIFIED, 'zh-CN', ['138亿年前', '2.51902亿年前', '6600万年前', '300,000年前', '公元前3000年']],
  ] as const)('in %s', (_name, strings, locale, expected) => {
    expect(read(strings, locale)).toEqual(expected);
  });

  test('the far future, qualifiers, ranges and the summary sentence', () => {
    expect(formatDate(date('Y170000000'), 'en')).toBe('in 170 million years');
    expect(formatDate(date('Y-13800000000~'), 'en')).toBe('c. 13.8 billion years ago');
    const range = parseTimeline([{ start: 'Y-538800000', end: 'Y-251902000', title: 'Paleozoic' }, { start: '1969-07-20', title: 'Moon' }]).data;
    const words = new ReaderText(ENGLISH, 'en');
    expect(words.eventDate(range.events[0]!)).toBe('538.8 million years ago – 251.902 million years ago');
    expect(summarize(range, FRENCH, 'fr')).toContain('il y a 538,8 millions d’années');
  });

  test('property: an English reading says how many years ago, to within the year BC and ago differ by', () => {
    fc.assert(fc.property(fc.integer({ min: -DEEP_YEARS_LIMIT, max: PLACEABLE_YEARS.first - 1 }), (year) => {
      const text = formatDate(date(`Y${year}`), 'en');
      const m = /^(.+) years ago$/.exec(text);
      expect(m, text).not.toBeNull();
      const shown = englishAmount(m![1]!);
      // Written with the digits the year was written with: "-66000000" reads 66 million, not 66,000,001.
      expect([1 - year, -year]).toContain(shown);
    }));
  });
});

describe('the axis in deep time', () => {
  test('ticks fall on round numbers of years ago, in the same units as the dates', () => {
    const ticks = deepTicks(deepYearTime(-13.8e9), deepYearTime(2026), 8, 'en');
    expect(ticks.map((t) => t.label)).toEqual([
      '12 billion years ago', '10 billion years ago', '8 billion years ago', '6 billion years ago', '4 billion years ago', '2 billion years ago', '1 AD',
    ]);
    const french = deepTicks(deepYearTime(1 - 70e6), deepYearTime(1 - 60e6), 3, 'fr', (y) => new ReaderText(FRENCH, 'fr').deepYear(y));
    expect(french.map((t) => t.label)).toEqual(['il y a 70 millions d’années', 'il y a 65 millions d’années', 'il y a 60 millions d’années']);
  });

  test('property: ticks lie in the view, in time order, with distinct labels', () => {
    fc.assert(fc.property(fc.integer({ min: -DEEP_YEARS_LIMIT, max: PLACEABLE_YEARS.first - 2 }), fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.integer({ min: 2, max: 12 }), (start, share, count) => {
      const end = start + Math.max(2, Math.round(-start * share));
      const [t0, t1] = [deepYearTime(start), deepYearTime(end)];
      const ticks = deepTicks(t0, t1, count, 'en');
      for (let i = 0; i < ticks.length; i++) {
        expect(ticks[i]!.time).toBeGreaterThanOrEqual(t0 - 1e-6 * Math.abs(t0));
        expect(ticks[i]!.time).toBeLessThanOrEqual(t1 + 1e-6 * Math.abs(t1));
        if (i > 0) expect(ticks[i]!.time).toBeGreaterThan(ticks[i - 1]!.time);
      }
      expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
    }), { numRuns: 300 });
  });

  test('a mixed timeline lays out in date order, with its axis in years ago, and zooms into the calendar', () => {
    const mixed = parseTimeline({ events: [slide('-13800000000', 'Big Bang'), slide(-4600000000, 'Earth'), slide(-66000000, 'Chicxulub'), slide(1969, 'Moon')] }).data;
    const words = new ReaderText(ENGLISH, 'en');
    const options = { width: 1000, locale: 'en', dateText: (e: (typeof mixed.events)[number]) => words.eventDate(e), deepYearText: (y: number) => words.deepYear(y) };
    const whole = layoutTimeline(mixed, options)!;
    // Drawn where their times fall: the Big Bang at the left edge, the Moon landing at the right, the rest between in order.
    const xs = whole.items.map((item) => item.x0);
    expect(whole.items.map((item) => mixed.events[item.index]!.title)).toEqual(['Big Bang', 'Earth', 'Chicxulub', 'Moon']);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(xs[1]! / xs[3]!).toBeCloseTo((13.8 - 4.6) / 13.8, 1);
    expect(whole.axis.ticks.length).toBeGreaterThan(2);
    for (const tick of whole.axis.ticks) expect(tick.label).toMatch(/ years ago$|^1 AD$/);
    const calendar = layoutTimeline(mixed, { ...options, view: [utcTime(1960), utcTime(1980)] })!;
    expect(calendar.axis.ticks.map((t) => t.label)).toContain('1970');
  });
});

describe('the vertical layout in deep time', () => {
  test('deep rows have no calendar year heading, BC years say so, and long gaps read in round years', async () => {
    const { layoutVertical } = await import('../../src/layout/vertical.js');
    const { formatDuration } = await import('../../src/model/format-duration.js');
    const mixed = parseTimeline({ events: [slide('-13800000000', 'Big Bang'), slide(-4600000000, 'Sun'), slide(-300, 'Optica'), slide(1969, 'Moon')] }).data;
    const words = new ReaderText(ENGLISH, 'en');
    const layout = layoutVertical(mixed, { width: 390, locale: 'en', dateText: (e) => words.eventDate(e), breakText: (ms) => formatDuration(ms, 'en') })!;
    const marks = layout.rows.filter((row) => row.kind !== 'event').map((row) => (row as { label: string }).label);
    expect(marks).toEqual(['300 BC', '1969']);
    expect(formatDuration(deepYearTime(-4.6e9 - 1) - deepYearTime(-13.8e9), 'en')).toBe('9,190,000,000 years');
    expect(formatDuration(utcTime(2023) - utcTime(2000), 'en')).toBe('23 years');
  });
});
