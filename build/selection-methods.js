// Trims d3-selection's Selection prototype in dist/news-timeline.bundle.js only. The prototype is one
// object literal naming every method (data joins, append, attr, classed, text, html, sort, …), so a
// bundler keeps them all, although the bundle's only selections are the ones d3-zoom and d3-drag make
// for gestures. This leaves out the methods nothing in the bundle calls (about 2.4 KB gzipped); D3's
// own code for the rest is untouched. npm users get the whole module through their own bundler.
// If d3-selection changes shape, or a method to keep goes missing, the build fails here rather than
// ship a bundle that throws mid-gesture. The bundle's gestures are tested in tests/browser/bundle.test.ts.

/** Every Selection method something in the bundle calls, and who calls it. */
export const SELECTION_METHODS_USED = [
  'constructor',
  'call', // src/controllers/zoom.ts; d3-zoom's double-click and transform()
  'on', // src/controllers/zoom.ts; d3-zoom and d3-drag: every gesture listener
  'property', // d3-zoom: the element's __zoom transform; datum() reads through it
  'datum', // d3-zoom: each zoom event's subject
  'filter', // d3-zoom: touch listeners only on touchable elements
  'style', // d3-zoom: -webkit-tap-highlight-color
  'each', // d3-zoom's transform(); on(), property() and style() run through it
  'node', // on(), property(), style() and datum() read through it
  'selection', // d3-zoom's transform() asks a transition for its selection
];

const PROTOTYPE = /(Selection\.prototype = selection\.prototype = \{\n)([\s\S]*?)(\n\};)/;

/** A Rollup plugin: rewrites d3-selection's prototype literal to the methods in SELECTION_METHODS_USED. */
export const selectionMethods = {
  name: 'd3-selection-methods',
  transform(code, id) {
    if (!/[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/.test(id)) return null;
    const match = PROTOTYPE.exec(code);
    if (!match) throw new Error('d3-selection-methods: the Selection prototype literal was not found; check build/selection-methods.js against this d3-selection');
    const entries = match[2].split('\n').map((line) => {
      const name = /^\s*(\w+|\[Symbol\.iterator\]):\s*\w+,?$/.exec(line)?.[1];
      if (!name) throw new Error(`d3-selection-methods: unexpected line in the Selection prototype: ${line}`);
      return { name, line };
    });
    const missing = SELECTION_METHODS_USED.filter((name) => !entries.some((e) => e.name === name));
    if (missing.length) throw new Error(`d3-selection-methods: d3-selection no longer has ${missing.join(', ')}`);
    // A dropped method leaves an empty line, so every line keeps its number (and the source map holds).
    const body = entries.map((e) => (SELECTION_METHODS_USED.includes(e.name) ? e.line.replace(/,?$/, ',') : '')).join('\n');
    return { code: code.replace(PROTOTYPE, (_, open, _body, close) => open + body + close), map: null };
  },
};
