import { afterEach, expect, test } from 'vitest';
import type { TimelineData } from '../../src/model/types.js';
import v4json from '../../examples/data/developing/v4.json';
import v5json from '../../examples/data/developing/v5.json';
import { mount, parts, unmountAll } from './harness.js';

// In a file of its own: the code that compares versions loads once per page, and this is about the first time.
afterEach(() => unmountAll());

test('the first update of a page waits for the code that compares versions: the first frame that shows new events marks them', async () => {
  const el = await mount((el) => (el.events = v4json as TimelineData), 900);
  const firstFrame = new Promise<string[]>((resolve) => el.addEventListener('news-timeline-load', () => {
    // Before the next paint, after everything queued with the render that drew the new version.
    requestAnimationFrame(() => resolve(parts(el, 'event').filter((b) => b.classList.contains('is-new')).map((b) => b.dataset['id']!)));
  }, { once: true }));
  el.events = v5json as TimelineData;
  expect(await firstFrame).toEqual(['communique-omits-tokyo-office', 'japan-nato-itpp']);
});
