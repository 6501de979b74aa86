import { vi } from 'vitest';

/**
 * For the two test files that are pages of their own around the bundle's first idle moment
 * (bundle-idle-drawn.test.ts, bundle-idle-waiting.test.ts): imports the bundle, as a page without a
 * build step does, and spies on `NewsTimeline.prepare`, which `define` calls when the page is first idle.
 */
export async function importBundleWatchingPrepare() {
  const bundle = '/dist/news-timeline.bundle.js';
  await import(/* @vite-ignore */ bundle);
  const element = customElements.get('news-timeline') as unknown as { prepare(): Promise<void> };
  return vi.spyOn(element, 'prepare');
}

/** Lets the page be idle a few times over: `define`'s warm-up and readying take one idle moment each. */
export async function idleMoments(count = 4): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestIdleCallback(resolve));
}
