/**
 * news-timeline: registers `<news-timeline>` and re-exports the public API. This is the only
 * module with a side effect.
 */
import { NewsTimeline } from './news-timeline.js';

export * from './api.js';

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
