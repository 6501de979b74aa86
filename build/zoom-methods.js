// Trims d3-zoom in dist/news-timeline.bundle.js only: the zoom behaviour's API methods the timeline
// never calls (it sets the view with zoom.transform and reads gestures; it never calls scaleBy,
// translateTo, duration, …), and the animated-transition path. The bundle has no transitions
// (build/zoom-without-transitions.js), so `schedule` could never run: zoom.transform on a transition
// now throws, as the stand-in's interpolateZoom already did, and double-click zoom (turned off by the
// timeline) would jump. D3's code for everything else is untouched. Removed lines become empty lines,
// so the source map holds. If d3-zoom changes shape the build fails here. Tested by
// tests/browser/bundle.test.ts (gestures, touch included) and tests/node/bundle-build.test.ts.

/** zoom.<name> methods nothing in the bundle calls. */
export const ZOOM_METHODS_UNUSED = [
  'scaleBy', 'scaleTo', 'translateBy', 'translateTo', 'translateExtent', 'touchable', 'duration', 'interpolate', 'clickDistance', 'tapDistance',
];

const blank = (text) => text.replace(/[^\n]/g, '');

/** Replaces the one match of `pattern` in `code`, or fails the build. */
function replaceOnce(code, pattern, replace, what) {
  const matches = code.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`zoom-methods: expected ${what} once in d3-zoom, found it ${matches} times; check build/zoom-methods.js against this d3-zoom`);
  return code.replace(pattern, replace);
}

/** A Rollup plugin: removes the unused methods and the transition path from d3-zoom. */
export const zoomMethods = {
  name: 'd3-zoom-methods',
  transform(code, id) {
    if (!/[\\/]d3-zoom[\\/]dist[\\/]d3-zoom\.mjs$/.test(id)) return null;
    let out = code;
    for (const name of ZOOM_METHODS_UNUSED) {
      out = replaceOnce(out, new RegExp(`^  zoom\\.${name} = function\\([^)]*\\) \\{\\n[\\s\\S]*?\\n  \\};$`, 'm'), blank, `zoom.${name}`);
    }
    out = replaceOnce(out, /^ {2}function schedule\(transition, transform, point, event\) \{\n[\s\S]*?\n {2}\}$/m, blank, 'function schedule');
    out = replaceOnce(out, /^( +)schedule\(collection, transform, point, event\);$/m,
      '$1throw new Error("news-timeline: animated zoom transitions are not part of the bundle");', 'the call of schedule in zoom.transform');
    out = replaceOnce(out, /^( +)if \(duration > 0\) select\(this\)\.transition\(\)\.duration\(duration\)\.call\(schedule, t1, p0, event\);\n +else (select\(this\)\.call\(zoom\.transform, t1, p0, event\);)$/m,
      '$1$2\n', 'the transition in dblclicked');
    return { code: out, map: null };
  },
};
