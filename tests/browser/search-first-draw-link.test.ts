import { afterEach, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineData } from '../../src/model/types.js';
import { searchCode } from '../../src/plan/search-code.js';
import partnersJson from '../../examples/data/indo-pacific-partners-2022-2024.json';
import { mount, parts, unmountAll, type NewsTimeline } from './harness.js';

const partnersData = partnersJson as TimelineData;
const partners = parseTimeline(partnersData).data;
const reachable = (el: NewsTimeline) => parts<HTMLButtonElement>(el, 'event').map((b) => b.dataset['id']!);
const startUrl = location.href;

afterEach(() => {
  unmountAll();
  history.replaceState(history.state, '', startUrl);
});

// A test file is a page of its own: neither the links' code nor the search code is in when the link is
// followed. The search is known only once the links' code reads the URL, and the drawing waits for both.
test('a link that names a search is applied from the first drawing', async () => {
  expect(searchCode.settled).toBe(false);
  history.replaceState(history.state, '', `${startUrl.split('#')[0]}#tl.q=cyber&tl.status=confirmed`);
  let atLoad: string[] = [];
  const el = await mount((e) => {
    e.id = 'tl';
    e.deepLink = true;
    e.events = partnersData;
    e.listView = true;
    e.addEventListener('news-timeline-load', () => (atLoad = reachable(e)), { once: true });
  }, 1000);
  const matches = partners.events.filter((e) => e.status === 'confirmed' && /cyber/i.test(`${e.title} ${e.summary} ${e.tags.join(' ')}`));
  expect(matches.length).toBeGreaterThan(1);
  expect(el.query).toBe('cyber');
  expect(el.filter).toEqual({ status: ['confirmed'] });
  expect(atLoad).toEqual(matches.map((e) => e.id));
});
