import { afterEach, expect, test, vi } from 'vitest';
import articleJson from '../../examples/data/japan-nato-2022-2023.json';
import { importBundleWatchingPrepare } from './bundle-idle.js';

afterEach(() => vi.unstubAllGlobals());

// A test file is a page of its own: here the first timeline draws as the bundle runs, before the page is ever idle.
test('a page whose timeline drew before it was idle is not rehearsed for: nothing is left to pay ahead', async () => {
  const { prepare, idle } = await importBundleWatchingPrepare();
  const el = document.createElement('news-timeline') as HTMLElement & { events: unknown };
  const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
  el.events = articleJson;
  document.body.append(el);
  await loaded;
  idle();
  expect(prepare).not.toHaveBeenCalled();
  el.remove();
});
