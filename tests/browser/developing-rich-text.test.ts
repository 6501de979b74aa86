import { afterEach, expect, test } from 'vitest';
import type { TimelineData } from '../../src/model/types.js';
import v4json from '../../examples/data/developing/v4.json';
import v5json from '../../examples/data/developing/v5.json';
import { mount, nextFrame, parts, unmountAll } from './harness.js';

// In a file of its own: the reader of rich text loads once per page, and this is about the first time.
afterEach(() => unmountAll());

test('a new version that brings the first rich text keeps the timeline drawn while its reader loads, and is compared with the last', async () => {
  const v4 = v4json as TimelineData;
  const v5 = v5json as TimelineData;
  const el = await mount((el) => (el.events = { ...v4, events: v4.events.slice(0, -1) }), 900);
  // A first update (one event more) loads the code that compares versions.
  const first = new Promise((resolve) => el.addEventListener('news-timeline-update', resolve, { once: true }));
  el.events = v4;
  await first;
  // The next version adds events, one of them with a body of rich text: the reader of rich text is not in yet.
  const withBody = { ...v5, events: v5.events.map((e, i) => (i === 0 ? { ...e, body: '<p>Rich <strong>text</strong></p>' } : e)) } as TimelineData;
  const counts: number[] = [];
  let drawn = true;
  const watch = async () => {
    while (drawn) {
      counts.push(parts(el, 'event').length);
      await nextFrame();
    }
  };
  // It is shown as an update of the story; taken for a new story (the fault), no update event comes.
  const shown = new Promise<Event>((resolve) => {
    el.addEventListener('news-timeline-update', resolve, { once: true });
    setTimeout(() => resolve(new Event('no update within 3 s')), 3000);
  });
  el.events = withBody;
  const watching = watch();
  const update = (await shown) as Event & { added: readonly string[] };
  drawn = false;
  await watching;
  expect(update.type).toBe('news-timeline-update');
  expect(Math.min(...counts), `events drawn in each frame until the new version showed: ${counts.join(' ')}`).toBeGreaterThan(0);
  // Compared with the version before, not taken for a new story: what it adds is marked new.
  expect([...update.added].sort()).toEqual(v5.events.filter((e) => !v4.events.some((o) => o.id === e.id)).map((e) => e.id).sort());
  expect(update.added.length).toBeGreaterThan(0);
  expect(parts(el, 'event').filter((b) => b.classList.contains('is-new')).map((b) => b.dataset['id'])).toEqual(expect.arrayContaining([...update.added]));
});
