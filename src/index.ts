/**
 * news-timeline: registers `<news-timeline>` and re-exports the public API. This is the only
 * module with a side effect (besides the one-file bundle's entry, src/bundle.ts).
 */
import { defineNewsTimeline } from './define.js';

export * from './api.js';

defineNewsTimeline();
