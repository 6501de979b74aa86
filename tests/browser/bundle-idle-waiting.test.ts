import { expect, test } from 'vitest';
import { idleMoments, importBundleWatchingPrepare } from './bundle-idle.js';

// A test file is a page of its own: here nothing has drawn when the page is first idle.
test('a page with no timeline drawn yet is readied for one when it is first idle, once, and keeps no node of it', async () => {
  const prepare = await importBundleWatchingPrepare();
  await idleMoments();
  expect(prepare).toHaveBeenCalledTimes(1);
  await prepare.mock.results[0]!.value;
  expect(document.body.querySelector('news-timeline')).toBeNull();
});
