import { expect, test } from 'vitest';
import articleJson from '../../examples/data/japan-nato-2022-2023.json';
import { idleMoments, importBundleWatchingPrepare } from './bundle-idle.js';

// A test file is a page of its own: here the first timeline draws as the bundle runs, before the page is ever idle.
test('a page whose timeline drew before it was idle is not rehearsed for: nothing is left to pay ahead', async () => {
  const prepare = await importBundleWatchingPrepare();
  const el = document.createElement('news-timeline') as HTMLElement & { events: unknown };
  const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
  el.events = articleJson;
  document.body.append(el);
  await loaded;
  await idleMoments();
  expect(prepare).not.toHaveBeenCalled();
  el.remove();
});
