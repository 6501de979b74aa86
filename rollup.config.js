import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';
import { D3_TIME_FACTORIES } from './build/d3-time-factories.js';
import { minifyCss } from './build/minify-css.js';

/**
 * The parts of the one-file bundle a page loads only when it needs them, by file name in dist/chunks/:
 * the TimelineJS and CSV importers, the reader of rich text and its sanitiser, export, developing stories
 * (comparing versions, polling `src`) and the memory of past visits (`remember`), the interface
 * languages other than English, matching for search and filters, deep links (`deep-link`), and following hover
 * and focus to place the labels they show. Each is built on its own with everything it uses inside it, so it
 * imports nothing, least of all the bundle by its file name: a page may rename the bundle, serve it
 * from another origin, or leave the chunks out, and only the feature that needs a missing part says
 * so. None of them uses Lit: what they give the element is plain data, functions and strings.
 */
export const ON_DEMAND = {
  'format-importers': 'src/model/format-importers.ts',
  'html-text': 'src/model/html-text.ts',
  sanitizer: 'src/render/sanitizer.ts',
  svg: 'src/controllers/graphic-exporter.ts',
  raster: 'src/export/raster.ts',
  developing: 'src/controllers/developing.ts',
  visits: 'src/controllers/visits.ts',
  ja: 'src/strings/ja.ts',
  'zh-cn': 'src/strings/zh-cn.ts',
  fr: 'src/strings/fr.ts',
  de: 'src/strings/de.ts',
  es: 'src/strings/es.ts',
  search: 'src/plan/narrow.ts',
  links: 'src/controllers/deep-link.ts',
  'hover-labels': 'src/controllers/hover-tracker.ts',
};

const path = (file) => fileURLToPath(new URL(file, import.meta.url));
/** Each part's output file, once it is built (the parts build first, then the bundle that names them). */
const built = new Map();

const compile = (outDir) => typescript({
  tsconfig: './tsconfig.json',
  compilerOptions: { declaration: false, declarationMap: false, outDir, sourceMap: true },
});
// Three passes find what one pass's inlining exposes; nothing unsafe is on.
const minify = (options = {}) => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false, ...options } });

/** Fails the build if an on-demand part would carry Lit: two copies of it on a page would not share their state. */
const withoutLit = (name) => ({
  name: 'on-demand-without-lit',
  resolveId(id) {
    if (/^(lit|lit-html|lit-element|@lit\/)/.test(id)) throw new Error(`dist/chunks/${name}: ${id} is imported, but an on-demand part must not use Lit (see rollup.config.js)`);
    return null;
  },
});

/** The bundle's `import()` of an on-demand part becomes `import('./chunks/<file>')`: relative to the bundle's own URL. */
const onDemandParts = {
  name: 'on-demand-parts',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !importer) return null;
    const target = fileURLToPath(new URL(specifier.replace(/\.js$/, '.ts'), `file://${importer}`));
    const name = Object.keys(ON_DEMAND).find((key) => path(ON_DEMAND[key]) === target);
    return name ? { id: `on-demand:${name}`, external: true } : null;
  },
  renderStart() {
    for (const name of Object.keys(ON_DEMAND)) if (!built.has(name)) throw new Error(`dist/chunks/${name} was not built before the bundle`);
  },
};

const parts = Object.entries(ON_DEMAND).map(([name, input]) => ({
  input,
  output: { dir: 'dist/chunks', entryFileNames: `${name}-[hash].js`, format: 'es', sourcemap: true },
  plugins: [
    withoutLit(name),
    nodeResolve(),
    compile('dist/chunks'),
    minify(),
    { name: 'record-part', generateBundle: (_, bundle) => void built.set(name, Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry).fileName) },
  ],
}));

// The one bundled file: everything a news page needs at every width (the drawing, the phone's vertical
// layout, keys, story mode, the printed list, media in cards, lists written in the page), minified, for
// <script type="module"> with no build step. npm users get the unbundled modules that `tsc` writes beside it.
const bundle = {
  input: 'src/bundle.ts',
  // d3-time's one module makes every interval at its top level, local time and UTC alike, and Rollup
  // keeps a call it cannot prove free of side effects even when nothing reads its result. These d3-time
  // functions only build and return an interval (or a ticker), so Rollup is told so (its documented
  // `manualPureFunctions`), and the local-time intervals we never use drop out: 342 bytes gzipped. The code
  // that stays is d3-time's own, unedited. The names are d3-time 3.1.1's, pinned exactly in package.json;
  // tests/node/bundle-build.test.ts fails if they change or if local time comes back.
  treeshake: { manualPureFunctions: [...D3_TIME_FACTORIES] },
  output: {
    file: 'dist/news-timeline.bundle.js',
    format: 'es',
    sourcemap: true,
    paths: (id) => (id.startsWith('on-demand:') ? `./chunks/${built.get(id.slice('on-demand:'.length))}` : id),
  },
  plugins: [
    onDemandParts,
    nodeResolve(),
    compile('dist'),
    // Our stylesheets without their comments and spare white space (build/minify-css.js, tested).
    minifyCss({ root: path('src/') }),
    // The preamble is V8's explicit compile hint: Chromium compiles every function of the file while it
    // streams in, off the main thread, instead of each on its first call, which for a first render is
    // most of them. Other engines ignore it.
    minify({ preamble: '//# allFunctionsCalledOnLoad' }),
  ],
};

// The embed page's script (it finds the element the bundle defined) and the host page's script that sizes
// its iframes: each one small file of its own, beside the bundle in dist/, with nothing to import.
const embedPage = {
  input: 'src/embed/embed-page.ts',
  output: { file: 'dist/news-timeline-embed-page.js', format: 'es' },
  plugins: [compile('dist'), minify()],
};
const embedHost = {
  input: 'src/embed/host.ts',
  output: { file: 'dist/news-timeline-embed.js', format: 'iife' },
  plugins: [compile('dist'), minify()],
};

export default [...parts, bundle, embedPage, embedHost];
