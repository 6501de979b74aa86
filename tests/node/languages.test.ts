import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { layoutTimeline } from '../../src/layout/layout.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseTimeline } from '../../src/model/parse.js';
import { ENGLISH, type TimelineStrings } from '../../src/strings.js';
import { BUILT_IN_STRINGS as AT_HAND, STRINGS_ON_DEMAND } from '../../src/strings/built-in.js';
import { canonicalLocale, loadLanguage, mergeStrings, stringsFor } from '../../src/strings/pick.js';
import { ReaderText } from '../../src/plan/reader-text.js';

// Every built-in language, loaded as a page (or a server, with loadLanguage) would load it.
const BUILT_IN_STRINGS: Record<string, TimelineStrings> = { ...AT_HAND };
beforeAll(async () => {
  for (const [tag, load] of Object.entries(STRINGS_ON_DEMAND)) {
    BUILT_IN_STRINGS[tag] = await load();
    await loadLanguage(tag);
  }
});

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;

describe('stringsFor()', () => {
  test.each([
    ['ja', '閉じる'], ['ja-JP', '閉じる'], ['zh-CN', '关闭'], ['zh-Hans-CN', '关闭'], ['fr-CA', 'Fermer'],
    ['de-AT', 'Schließen'], ['es-419', 'Cerrar'], ['en-GB', 'Close'], ['pt-BR', 'Close'], [undefined, 'Close'],
  ])('picks the interface language of %s by exact tag, then base language, else English', (locale, close) => {
    expect(stringsFor(locale).close).toBe(close);
  });

  test('every built-in language fills every entry, and its sentences use the dates they are given', () => {
    const keys = Object.keys(ENGLISH).sort();
    for (const [tag, strings] of Object.entries(BUILT_IN_STRINGS)) {
      expect(Object.keys(strings).sort(), tag).toEqual(keys);
      expect(Object.values(strings.status).every((s) => s.length > 0), tag).toBe(true);
      expect(strings.summary(7, 'FROM', 'TO', 3), tag).toMatch(/FROM[^]*TO/);
      expect(strings.summary(7, 'FROM', 'TO', 3), tag).toContain('7');
      expect(strings.asOf('DAY'), tag).toContain('DAY');
      expect(strings.statusAsOf('S', 'DAY'), tag).toMatch(/S[^]*DAY/);
      expect(strings.issuesHeading(2, 3), tag).toMatch(/2[^]*3/);
      expect(strings.gap('11'), tag).toContain('11');
    }
  });

  test.each([
    ['en', '100,000', '12,000 of 100,000'], ['de', '100.000', '12.000 von 100.000'], ['fr', '100\u202f000', '12\u202f000 sur 100\u202f000'],
    ['es', '100.000', '12.000 de 100.000'], ['ja', '100,000', '100,000件中12,000件目'], ['zh-CN', '100,000', '第 12,000 个，共 100,000 个'],
  ])('writes large counts with the digit grouping of %s', (locale, count, position) => {
    const strings = stringsFor(locale);
    expect(strings.summary(100_000, 'FROM', 'TO', 5)).toContain(count);
    expect(strings.position(12_000, 100_000)).toBe(position);
  });
});

describe('mergeStrings()', () => {
  test('replaces only the entries given, status names one by one', () => {
    const merged: TimelineStrings = mergeStrings(stringsFor('fr'), { close: 'Fermer la fiche', status: { expected: 'Attendu' } });
    expect(merged.close).toBe('Fermer la fiche');
    expect(merged.sources).toBe('Sources');
    expect(merged.status).toEqual({ confirmed: 'Confirmé', expected: 'Attendu', disputed: 'Contesté', cancelled: 'Annulé' });
    expect(mergeStrings(ENGLISH, { close: undefined }).close).toBe('Close');
  });
});

test('canonicalLocale() accepts valid tags and refuses malformed ones instead of throwing', () => {
  expect(canonicalLocale('zh-cn')).toBe('zh-CN');
  expect(canonicalLocale('not a locale!')).toBeUndefined();
  expect(canonicalLocale(null)).toBeUndefined();
});

describe('layoutTimeline() in other languages and directions', () => {
  const lay = (locale: string, rtl = false) => layoutTimeline(article, { width: 900, locale, rtl, dateText: (e) => formatEventDate(e, locale) })!;

  test('axis ticks are written by Intl in the locale', () => {
    const ja = lay('ja').axis.ticks.map((t) => t.label);
    expect(ja.some((l) => /\d+年/.test(l))).toBe(true);
    const fr = lay('fr').axis.ticks;
    const format = new Intl.DateTimeFormat('fr', { timeZone: 'UTC', month: 'short' });
    expect(fr.some((t) => t.label.includes(format.format(new Date(t.time))))).toBe(true);
  });

  test('right-to-left mirrors time: later events lie to the left, ticks never overlap, lane names sit on the right', () => {
    const ltr = lay('en');
    const rtl = lay('ar', true);
    const first = rtl.items[0]!;
    const last = rtl.items[rtl.items.length - 1]!;
    expect(first.x0).toBeGreaterThan(last.x0);
    for (const [i, item] of rtl.items.entries()) {
      expect(item.x0).toBeCloseTo(900 - ltr.items[i]!.x1, 0);
      expect(item.x1).toBeGreaterThanOrEqual(item.x0);
    }
    const ticks = [...rtl.axis.ticks].sort((a, b) => a.x - b.x);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.time).toBeLessThan(ticks[i - 1]!.time);
    expect(rtl.lanes[0]!.labelAnchor).toBe('end');
    expect(rtl.lanes[0]!.labelX).toBeGreaterThan(800);
  });
});

test('formatDateRange() keeps worded dates where ICU has no interval pattern (ja, zh-CN) and uses it where it has (fr)', async () => {
  const { formatDateRange } = await import('../../src/model/format-date.js');
  const { parseDate } = await import('../../src/model/dates.js');
  const day = (iso: string) => {
    const result = parseDate(iso);
    if (!result.ok) throw new Error(result.reason);
    return result.date;
  };
  const [start, end] = [day('2022-06-28'), day('2022-06-30')];
  expect(formatDateRange(start, end, 'ja')).toBe('2022年6月28日 – 2022年6月30日');
  expect(formatDateRange(start, end, 'zh-CN')).toBe('2022年6月28日 – 2022年6月30日');
  expect(formatDateRange(start, end, 'fr')).toBe('28–30 juin 2022');
});

describe('ReaderText', () => {
  test('names a cluster by its own dataset, even when another dataset has a cluster at the same positions', () => {
    const words = new ReaderText(ENGLISH, 'en-GB');
    const other = parseTimeline({ events: article.events.map((_, i) => ({ id: `x${i}`, title: `Other ${i}`, start: `19${50 + i}-01-01` })) }).data;
    const cluster = { key: 'k', lane: 0, row: 0, count: 3, first: 0, last: 2, span: [0, 0], x0: 0, x1: 0, y: 0, hit: { x: 0, y: 0, width: 0, height: 0 } } as const;
    const a = words.clusterName(cluster, article);
    expect(a).toMatch(/^3 events, .*2022/);
    expect(words.clusterName(cluster, article)).toBe(a);
    const b = words.clusterName(cluster, other);
    expect(b).toMatch(/^3 events, 1 January 1950 – 1 January 1952\./);
    expect(words.clusterName({ ...cluster, count: 2, last: 1 }, other)).toMatch(/^2 events, 1 January 1950 – 1 January 1951\./);
  });
});
