import { afterEach, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineData } from '../../src/model/types.js';
import { searchCode } from '../../src/plan/search-code.js';
import partnersJson from '../../examples/data/indo-pacific-partners-2022-2024.json';
import { mount, part, parts, unmountAll, type NewsTimeline } from './harness.js';

const partnersData = partnersJson as TimelineData;
const partners = parseTimeline(partnersData).data;
const reachable = (el: NewsTimeline) => parts<HTMLButtonElement>(el, 'event').map((b) => b.dataset['id']!);
const cyber = partners.events.filter((e) => /cyber/i.test(`${e.title} ${e.summary} ${e.tags.join(' ')}`));

afterEach(unmountAll);

// A test file is a page of its own: here the search code is not in when the timeline is made, as on a
// page that sets `query` in its HTML. A page that called next() once the timeline loaded (the gallery's
// accessibility check does) could select an event the query leaves out, drawn before the search applied.
test('a query set by the page is applied from the first drawing: load reports only matches, and next() steps through them', async () => {
  expect(searchCode.settled).toBe(false);
  let atLoad: string[] = [];
  const el = await mount((e) => {
    e.query = 'cyber';
    e.events = partnersData;
    // One button per event, so every event drawn is counted.
    e.listView = true;
    e.addEventListener('news-timeline-load', () => (atLoad = reachable(e)), { once: true });
  }, 1000);
  expect(cyber.length).toBeGreaterThan(3);
  expect(cyber.length).toBeLessThan(partners.events.length);
  expect(atLoad).toEqual(cyber.map((e) => e.id));
  el.next();
  el.next();
  el.next();
  await el.updateComplete;
  expect(el.selected).toBe(cyber[2]!.id);
  expect(part(el, 'detail')!.querySelector('h2')!.textContent).toBe(cyber[2]!.title);
});
