import { afterEach, expect, test, vi } from 'vitest';
import { importBundleWatchingPrepare } from './bundle-idle.js';

afterEach(() => vi.unstubAllGlobals());

// A test file is a page of its own: here nothing has drawn when the page is first idle.
test('a page with no timeline drawn yet is readied for one when it is first idle, once, and keeps no node of it', async () => {
  const { prepare, idle } = await importBundleWatchingPrepare();
  idle();
  expect(prepare).toHaveBeenCalledTimes(1);
  await prepare.mock.results[0]!.value;
  expect(document.querySelector('news-timeline')).toBeNull();
});
