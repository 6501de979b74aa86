import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveOrientation } from '../../src/layout/orientation.js';
import { layoutVertical, type VerticalEventRow, type VerticalLayout } from '../../src/layout/vertical.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { formatDuration } from '../../src/model/format-duration.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { NewsEvent } from '../../src/model/types.js';

const article = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'))).data;
const DAY = 86_400_000;

function lay(events: NewsEvent[] | typeof article, width = 360): VerticalLayout {
  const timeline = Array.isArray(events) ? parseTimeline(events).data : events;
  const layout = layoutVertical(timeline, {
    width, locale: 'en-GB', dateText: (e) => formatEventDate(e, 'en-GB'), asOfText: () => 'As reported',
    breakText: (ms) => `… ${formatDuration(ms, 'en-GB')}`,
  });
  if (!layout) throw new Error('no layout');
  return layout;
}
const eventRows = (layout: VerticalLayout) => layout.rows.filter((r): r is VerticalEventRow => r.kind === 'event');
/** Each row's top, in px, as the rows stack in the page. */
const tops = (layout: VerticalLayout) => {
  let y = 0;
  return layout.rows.map((r) => {
    y += r.gapBefore;
    const top = y;
    y += r.height;
    return top;
  });
};

describe('resolveOrientation()', () => {
  test('auto is vertical below the threshold and horizontal at or above it', () => {
    expect(resolveOrientation('auto', 599)).toBe('vertical');
    expect(resolveOrientation('auto', 600)).toBe('horizontal');
    expect(resolveOrientation('auto', 700, 800)).toBe('vertical');
    expect(resolveOrientation(null, 320)).toBe('vertical');
    expect(resolveOrientation('horizontal', 320)).toBe('horizontal');
    expect(resolveOrientation('vertical', 1600)).toBe('vertical');
    expect(resolveOrientation('auto', 500, Number.NaN)).toBe('vertical');
  });
});

describe('layoutVertical()', () => {
  test('keeps every event once, in date order, top to bottom', () => {
    const layout = lay(article);
    expect(eventRows(layout).map((r) => r.id)).toEqual(article.events.map((e) => e.id));
    expect(eventRows(layout).map((r) => r.index)).toEqual(article.events.map((_, i) => i));
  });

  test('spaces events in proportion to time where no break is drawn', () => {
    const events = [0, 30, 60, 120].map((d) => ({ start: new Date(Date.UTC(2023, 0, 1) + d * DAY).toISOString().slice(0, 10), title: `Day ${d}` }));
    const layout = lay(events);
    const rows = layout.rows;
    const y = tops(layout);
    const at = (title: string) => y[rows.findIndex((r) => r.kind === 'event' && r.title === title)]!;
    expect(layout.rows.some((r) => r.kind === 'break')).toBe(false);
    // 60 days take twice the space of 30 days.
    expect((at('Day 120') - at('Day 60')) / (at('Day 60') - at('Day 30'))).toBeCloseTo(2, 1);
  });

  test('compresses a long empty stretch into a labelled break', () => {
    const events = ['2020-01-10', '2020-01-20', '2020-02-01', '2020-02-12', '2021-01-15'].map((start, i) => ({ start, title: `E${i}` }));
    const layout = lay(events);
    const breaks = layout.rows.filter((r) => r.kind === 'break');
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ label: '… 11 months' });
    const i = layout.rows.indexOf(breaks[0]!);
    expect(layout.rows[i - 1]).toMatchObject({ title: 'E3' });
    expect(layout.rows.slice(i + 1).find((r) => r.kind === 'event')).toMatchObject({ title: 'E4' });
    // The whole timeline stays short: the year of nothing is not drawn to scale.
    const y = tops(layout);
    expect(y[y.length - 1]!).toBeLessThan(900);
  });

  test('heads each year, and puts the "as reported" line after the events of its day', () => {
    const layout = lay(article);
    const kinds = layout.rows.map((r) => (r.kind === 'event' ? r.id : `${r.kind}:${'label' in r ? r.label : ''}`));
    expect(kinds[0]).toBe('year:2022');
    expect(kinds).toContain('year:2023');
    const asOf = kinds.indexOf('as-of:As reported');
    expect(kinds[asOf - 1]).toBe('article-published');
    expect(kinds.slice(asOf + 1)).toEqual(['vilnius-summit']);
  });

  test('names lanes and draws ranges as bars along the spine', () => {
    const rows = eventRows(lay(article));
    const madrid = rows.find((r) => r.id === 'madrid-summit')!;
    expect(madrid.laneLabel).toBe('NATO');
    expect(madrid.barLength).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'russia-invades-ukraine')!.barLength).toBe(0);
  });

  test.each([320, 1600])('at %i px labels fit the width, never beyond a readable measure', (width) => {
    const layout = lay(article, width);
    expect(layout.labelX + layout.labelWidth).toBeLessThanOrEqual(width);
    expect(layout.labelWidth).toBeLessThanOrEqual(640);
    for (const row of layout.rows) expect(row.gapBefore).toBeGreaterThanOrEqual(0);
  });
});

test('formatDuration() words a stretch in the locale, rounding down', () => {
  expect(formatDuration(345 * DAY, 'en')).toBe('11 months');
  expect(formatDuration(800 * DAY, 'en')).toBe('2 years');
  expect(formatDuration(20 * DAY, 'en')).toBe('2 weeks');
  expect(formatDuration(345 * DAY, 'ja')).toBe(new Intl.NumberFormat('ja', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(11));
});

test('layoutVertical() marks where each era begins, before its first event', () => {
  const timeline = parseTimeline({
    eras: [{ start: '2020-03-01', end: '2020-12-31', title: 'Lockdowns' }],
    events: [{ start: '2020-01-10', title: 'A' }, { start: '2020-03-05', title: 'B' }, { start: '2020-04-01', title: 'C' }],
  }).data;
  const layout = layoutVertical(timeline, { width: 360, dateText: () => '', breakText: () => '' })!;
  const order = layout.rows.map((r) => (r.kind === 'event' ? r.title : r.kind));
  expect(order).toEqual(['year', 'A', 'era', 'B', 'C']);
  expect(layout.rows.find((r) => r.kind === 'era')).toMatchObject({ label: 'Lockdowns' });
});
