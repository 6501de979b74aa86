import { vi } from 'vitest';

/**
 * For the two test files that are pages of their own around the bundle's first idle moment
 * (bundle-idle-drawn.test.ts, bundle-idle-waiting.test.ts): imports the bundle, as a page without a
 * build step does, and spies on `NewsTimeline.prepare`, which `define` calls when the page is first idle.
 * The page's idle callbacks are held and run by `idle()`: with the whole suite running, a test page may
 * not be idle for a long time, and the test is about what runs then, not when.
 */
export async function importBundleWatchingPrepare() {
  const held: ((deadline: IdleDeadline) => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) => held.push(run));
  const bundle = '/dist/news-timeline.bundle.js';
  await import(/* @vite-ignore */ bundle);
  const element = customElements.get('news-timeline') as unknown as { prepare(): Promise<void> };
  const prepare = vi.spyOn(element, 'prepare');
  /** Runs every idle callback held, and those they ask for in turn, as idle moments would (each of 50 ms, the most a browser gives). */
  const idle = () => {
    const deadline = { didTimeout: false, timeRemaining: () => 50 };
    for (let run = held.shift(); run; run = held.shift()) run(deadline);
  };
  return { prepare, idle };
}
