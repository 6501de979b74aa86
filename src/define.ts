import { warmUp } from './model/warm-up.js';
import { NewsTimeline, timelineDrawn } from './news-timeline.js';
import { resolveLocale } from './strings/pick.js';

/**
 * Registers `<news-timeline>` once, however many copies of the library a page loads. Then, when the
 * page is next idle, builds the formatters its language needs and readies the page for its first
 * timeline (`NewsTimeline.prepare`), so a timeline made later (a page that adds one when the reader
 * scrolls to it, an app's next view, one whose data is on its way) does not wait for them.
 */
export function defineNewsTimeline(): void {
  if (customElements.get('news-timeline')) return;
  customElements.define('news-timeline', NewsTimeline);
  globalThis.requestIdleCallback?.(() => {
    warmUp(resolveLocale(null, document.documentElement));
    // In an idle moment of its own: together they would hold the main thread for a long task. Not once a
    // timeline has drawn, which paid all of it (on a phone the rehearsal is a long task, about 100 ms).
    requestIdleCallback(() => void (timelineDrawn || NewsTimeline.prepare()));
  });
}
