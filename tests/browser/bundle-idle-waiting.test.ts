import { afterEach, expect, test, vi } from 'vitest';
import { importBundleWatchingPrepare } from './bundle-idle.js';

afterEach(() => vi.unstubAllGlobals());

// A test file is a page of its own: here nothing has drawn when the page is first idle.
test('a page with no timeline drawn yet is readied for one when it is first idle, once, and keeps no node of it', async () => {
  const { prepare, idle } = await importBundleWatchingPrepare();
  idle();
  expect(prepare).toHaveBeenCalledTimes(1);
  // Its second half (laying the rehearsal out, hidden) waits for an idle moment of its own.
  let done = false;
  void prepare.mock.results[0]!.value.then(() => (done = true));
  await vi.waitUntil(() => {
    idle();
    return done;
  });
  expect(document.querySelector('news-timeline')).toBeNull();
});
