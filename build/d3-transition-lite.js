// Stands in for d3-transition in dist/news-timeline.bundle.js only. d3-zoom imports d3-transition to
// interrupt running zoom transitions, but the timeline never starts one (zooming jumps, for readers
// who prefer reduced motion and everyone else, and double-click zoom is off), so its scheduler, timers,
// easings and colour interpolators are dead weight in the one-file bundle. npm users get the real
// module through their own bundler.
import { selection } from 'd3-selection';

/** Nothing to stop: no transition is ever scheduled. */
export function interrupt() {}

selection.prototype.interrupt = function interruptSelection() {
  return this;
};
