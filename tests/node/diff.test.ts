import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffTimelines, hasChanges, sameEvent } from '../../src/model/diff.js';
import { parseDate } from '../../src/model/dates.js';
import type { TimelineEvent } from '../../src/model/timeline.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { NewsEvent } from '../../src/model/types.js';

const version = (n: number) => parseTimeline(JSON.parse(readFileSync(new URL(`../../examples/data/developing/v${n}.json`, import.meta.url), 'utf8'))).data;

const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const words = fc.constantFrom('Summit', 'Visit', 'Report', 'Statement', 'Talks', 'Office');
const event = (id: string) => fc.record({
  id: fc.constant(id),
  start: day,
  title: words,
  summary: fc.option(words, { nil: undefined }),
  status: fc.constantFrom('confirmed', 'expected', 'disputed', 'cancelled'),
  importance: fc.constantFrom(1, 2, 3),
  tags: fc.array(words, { maxLength: 2 }),
  sources: fc.array(fc.record({ url: fc.constantFrom('https://a.example/', 'https://b.example/'), date: fc.option(day, { nil: undefined }) }), { maxLength: 2 }),
  updates: fc.array(fc.record({ date: day, text: words }), { maxLength: 2 }),
}, { requiredKeys: ['id', 'start', 'title', 'status', 'importance', 'tags', 'sources', 'updates'] }) as fc.Arbitrary<NewsEvent>;

/** Changes to an event's content, each of which changes what a reader sees (the last one only what the card lists). */
const edits: readonly ((e: NewsEvent) => NewsEvent)[] = [
  (e) => ({ ...e, title: `${e.title} (revised)` }),
  (e) => ({ ...e, status: e.status === 'expected' ? 'confirmed' : 'expected' }),
  (e) => ({ ...e, start: e.start === '2023-12-31' ? '2023-12-30' : '2023-12-31' }),
  (e) => ({ ...e, sources: [...(e.sources ?? []), { url: 'https://c.example/', title: 'New source' }] }),
  (e) => ({ ...e, importance: e.importance === 3 ? 1 : 3 }),
  (e) => ({ ...e, updates: [...(e.updates ?? []), { date: '2023-12-31', text: 'Later news', kind: 'correction' }] }),
];

/** A story and its next version: some events kept as they were, some edited, some removed, some added. */
const versions = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(
  fc.tuple(...Array.from({ length: n }, (_, i) => event(`e${i}`))),
  fc.array(fc.constantFrom('keep', 'edit', 'remove'), { minLength: n, maxLength: n }),
  fc.array(fc.integer({ min: 0, max: edits.length - 1 }), { minLength: n, maxLength: n }),
  fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 5 }).chain((ids) => fc.tuple(...[...new Set(ids)].map((i) => event(`new${i}`)))),
  fc.boolean(),
)).map(([before, fates, which, added, shuffle]) => {
  const after = before.flatMap((e, i) => (fates[i] === 'remove' ? [] : fates[i] === 'edit' ? [edits[which[i]!]!(e)] : [e]));
  // Input order never counts: only content does.
  const next = [...(shuffle ? after.reverse() : after), ...added];
  const expected = {
    added: added.map((e) => e.id!),
    changed: before.filter((_, i) => fates[i] === 'edit').map((e) => e.id!),
    removed: before.filter((_, i) => fates[i] === 'remove').map((e) => e.id!),
  };
  return { before, after: next, expected };
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('sameEvent()', () => {
  const date = (text: string) => (parseDate(text) as { date: NonNullable<TimelineEvent['end']> }).date;
  const [event] = parseTimeline([{
    id: 'x', start: '2023-07-11', end: '2023-07-12', title: 'T', summary: 'S', body: '<p>B</p>', displayDate: 'D', group: 'g', tags: ['a'],
    status: 'expected', importance: 3, sources: [{ url: 'https://a.example/', title: 'A', publisher: 'P', date: '2023' }],
    media: { url: 'https://a.example/i.png', alt: 'A', caption: 'C', credit: 'R' }, updates: [{ date: '2023-07-11', text: 'U', kind: 'correction' }],
  }]).data.events as [TimelineEvent];
  /** A different value for every field of a parsed event; a field missing here is a field the diff may not see. */
  const other: Record<keyof TimelineEvent, (e: TimelineEvent) => unknown> = {
    id: () => 'y',
    index: () => 9,
    start: () => date('2023-07-10'),
    end: () => null,
    openEnd: () => true,
    title: () => 'T2',
    summary: () => 'S2',
    body: () => '<p>B2</p>',
    displayDate: () => null,
    group: () => 'h',
    tags: () => ['a', 'b'],
    status: () => 'confirmed',
    importance: () => 2,
    sources: (e) => [{ ...e.sources[0]!, url: 'https://b.example/' }],
    media: (e) => ({ ...e.media!, credit: 'R2' }),
    updates: (e) => [{ ...e.updates[0]!, kind: 'update' }],
  };

  test('tells a change in any field of an event, and only its place in the input does not count', () => {
    for (const key of Object.keys(event) as (keyof TimelineEvent)[]) {
      expect(other, `a change of ${key}`).toHaveProperty(key);
      expect(sameEvent(event, { ...event, [key]: other[key](event) }), key).toBe(key === 'index');
    }
    expect(sameEvent(event, { ...event })).toBe(true);
  });

  test('looks inside sources, media and updates, field by field', () => {
    const source = event.sources[0]!;
    for (const change of [{ title: 'A2' }, { publisher: 'P2' }, { date: date('2024') }, { date: null }]) {
      expect(sameEvent(event, { ...event, sources: [{ ...source, ...change }] }), JSON.stringify(change)).toBe(false);
    }
    for (const change of [{ url: 'https://b.example/i.png' }, { alt: 'A2' }, { caption: 'C2' }]) {
      expect(sameEvent(event, { ...event, media: { ...event.media!, ...change } }), JSON.stringify(change)).toBe(false);
    }
    expect(sameEvent(event, { ...event, media: null })).toBe(false);
    const update = event.updates[0]!;
    for (const change of [{ text: 'U2' }, { date: date('2023-07-12') }]) {
      expect(sameEvent(event, { ...event, updates: [{ ...update, ...change }] }), JSON.stringify(change)).toBe(false);
    }
    // The same date written the same way, in another object, is the same.
    expect(sameEvent(event, { ...event, start: date('2023-07-11'), sources: [{ ...source }], updates: [{ ...update }] })).toBe(true);
  });
});

// Hundreds of generated versions each: a shared, busy machine may need more than the default 5 s.
describe('diffTimelines()', { timeout: 30_000 }, () => {
  test('finds exactly the events added, changed (in any field) and removed, by id', () => {
    fc.assert(fc.property(versions, ({ before, after, expected }) => {
      const diff = diffTimelines(parseTimeline(before).data, parseTimeline(after).data);
      expect(sorted(diff.added)).toEqual(sorted(expected.added));
      expect(sorted(diff.changed)).toEqual(sorted(expected.changed));
      expect(sorted(diff.removed)).toEqual(sorted(expected.removed));
    }), { numRuns: 300 });
  });

  test('lists added and changed events in the new version’s date order, removed ones in the old one’s', () => {
    fc.assert(fc.property(versions, ({ before, after }) => {
      const [old, next] = [parseTimeline(before).data, parseTimeline(after).data];
      const diff = diffTimelines(old, next);
      const order = (ids: readonly string[], events: typeof old.events) => events.map((e) => e.id).filter((id) => ids.includes(id));
      expect(diff.added).toEqual(order(diff.added, next.events));
      expect(diff.changed).toEqual(order(diff.changed, next.events));
      expect(diff.removed).toEqual(order(diff.removed, old.events));
    }), { numRuns: 200 });
  });

  test('is symmetric: what one way adds, the other removes; what changes one way changes back', () => {
    fc.assert(fc.property(versions, ({ before, after }) => {
      const [a, b] = [parseTimeline(before).data, parseTimeline(after).data];
      const there = diffTimelines(a, b);
      const back = diffTimelines(b, a);
      expect(sorted(back.removed)).toEqual(sorted(there.added));
      expect(sorted(back.added)).toEqual(sorted(there.removed));
      expect(sorted(back.changed)).toEqual(sorted(there.changed));
    }), { numRuns: 200 });
  });

  test('finds nothing between two parses of the same data, whatever its order', () => {
    fc.assert(fc.property(versions, ({ before }) => {
      const diff = diffTimelines(parseTimeline(before).data, parseTimeline([...before].reverse()).data);
      expect(hasChanges(diff)).toBe(false);
    }), { numRuns: 200 });
  });

  test('the developing story, version by version', () => {
    expect(diffTimelines(version(1), version(2))).toEqual({ added: ['france-objects-ft-report', 'wang-wenbin-june-6'], changed: [], removed: [] });
    expect(diffTimelines(version(2), version(3))).toEqual({ added: ['kishida-announces-attendance'], changed: ['vilnius-summit'], removed: [] });
    expect(diffTimelines(version(4), version(5))).toEqual({ added: ['communique-omits-tokyo-office', 'japan-nato-itpp'], changed: ['vilnius-summit'], removed: [] });
    expect(diffTimelines(version(6), version(7))).toEqual({ added: [], changed: ['china-rejects-communique', 'kishida-zelenskyy-meeting'], removed: [] });
    expect(diffTimelines(version(7), version(1)).removed).toHaveLength(14);
  });
});
