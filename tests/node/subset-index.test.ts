import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adoptIndex, eventIndex } from '../../src/layout/event-index.js';
import { widestTitles } from '../../src/layout/label-shapes.js';
import { parseTimeline } from '../../src/model/parse.js';
import { markSubset } from '../../src/model/subset.js';
import { createNarrower, prepareSearch, searchTexts } from '../../src/plan/narrow.js';
import { subsetIndex } from '../../src/plan/subset-index.js';

const partners = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/indo-pacific-partners-2022-2024.json', import.meta.url), 'utf8'))).data;
const n = partners.events.length;

/** The subset of `partners` at `indices`, as the element makes it from the search's matches. */
function subset(indices: number[]) {
  const timeline = { ...partners, events: indices.map((i) => partners.events[i]!) };
  const picked = Uint32Array.from(indices);
  markSubset(timeline, { parent: partners, indices: picked });
  adoptIndex(subsetIndex(timeline, eventIndex(partners), picked));
  return timeline;
}

describe("a search's matches are indexed from the dataset's index", () => {
  test('the same starts, ends, lanes, statuses, last date and id places as indexing them afresh; the span and rows stay the dataset\'s', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat(n - 1), { minLength: 1 }), (picked) => {
      const indices = [...picked].sort((a, b) => a - b);
      const narrowed = subset(indices);
      const drawn = eventIndex(narrowed);
      const fresh = eventIndex({ ...narrowed });
      expect([...drawn.starts]).toEqual([...fresh.starts]);
      expect([...drawn.ends]).toEqual([...fresh.ends]);
      expect([...drawn.lanes]).toEqual([...fresh.lanes]);
      // Each lane's events, by their place in the subset, for its lanes: the dataset's.
      expect(drawn.byLane.map((lane) => [...lane])).toEqual(drawn.laneKeys.map((_, l) => indices.flatMap((_, k) => (drawn.lanes[k] === l ? [k] : []))));
      expect(drawn.statuses).toEqual(fresh.statuses);
      expect(drawn.last).toBe(fresh.last);
      for (const [k, event] of narrowed.events.entries()) expect(drawn.byId.get(event.id)).toBe(k);
      const absent = partners.events.find((_, i) => !indices.includes(i));
      if (absent) expect(drawn.byId.get(absent.id)).toBeUndefined();
      expect(drawn.extent).toBe(eventIndex(partners).extent);
      expect(widestTitles(narrowed, drawn)).toBe(widestTitles(partners, eventIndex(partners)));
    }), { numRuns: 50 });
  });

  test('the narrower says where its matches are in the dataset, and nothing when it shows the dataset itself', () => {
    const narrow = createNarrower();
    const some = narrow(partners, 'summit', null, eventIndex(partners));
    expect(some.indices).not.toBeNull();
    expect([...some.index!.starts]).toEqual([...eventIndex({ ...some.timeline }).starts]);
    expect([...some.indices!].map((i) => partners.events[i]!.id)).toEqual(some.timeline.events.map((e) => e.id));
    expect(narrow(partners, '', { groups: partners.groups.map((g) => g.id) }, eventIndex(partners)).index).toBeNull();
  });

  test('search texts made a few at a time are the same as made at once', async () => {
    const copy = { ...partners };
    await prepareSearch(copy);
    expect(searchTexts(copy)).toEqual(searchTexts(partners));
  });
});
