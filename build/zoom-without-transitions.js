// Stands in for d3-transition and d3-interpolate in dist/news-timeline.bundle.js only. d3-zoom imports
// them to run and interrupt animated zoom transitions, but the timeline never starts one: zooming jumps
// (for readers who prefer reduced motion, and everyone else) and double-click zoom is off. Their
// scheduler, timers, easings, interpolators and colour space are dead weight in the one-file bundle
// (about 9 KB gzipped). npm users get the real modules through their own bundler. The bundle's
// gestures are tested in tests/browser/bundle.test.ts.
import { selection } from 'd3-selection';

/** Nothing to stop: no transition is ever scheduled. */
export function interrupt() {}

selection.prototype.interrupt = function interruptSelection() {
  return this;
};

/** Only a zoom transition interpolates; reaching this means one was started, which the timeline never does. */
export function interpolateZoom() {
  throw new Error('news-timeline: animated zoom transitions are not part of the bundle');
}
