import { NewsTimeline } from './news-timeline.js';

/** Registers `<news-timeline>` once, however many copies of the library a page loads. */
export function defineNewsTimeline(): void {
  if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
}
