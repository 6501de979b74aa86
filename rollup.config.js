import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';
import { d3Prototypes } from './build/d3-prototypes.js';
import { pureTimeIntervals } from './build/time-intervals.js';
import { zoomMethods } from './build/zoom-methods.js';
import { litProperties } from './build/lit-properties.js';

/** Resolves d3-transition and d3-interpolate to the small stand-in in build/ (see the reason there). */
const zoomWithoutTransitions = {
  name: 'zoom-without-transitions',
  resolveId: (id) =>
    id === 'd3-transition' || id === 'd3-interpolate' ? fileURLToPath(new URL('./build/zoom-without-transitions.js', import.meta.url)) : null,
};

/**
 * Swaps the table of built-in languages (src/strings/built-in.ts, all at hand) for the one that loads
 * each language but English on demand (src/strings/built-in-lazy.ts): pages in English never download
 * the other five. Only here: npm users and server rendering keep every language at hand.
 */
const lazyLanguages = {
  name: 'lazy-languages',
  resolveId: (id, importer) =>
    id === './built-in.js' && importer?.endsWith('/src/strings/pick.ts') ? fileURLToPath(new URL('./src/strings/built-in-lazy.ts', import.meta.url)) : null,
};

/**
 * Minifies css`` literals: readers download the stylesheet with every page. Comments go, and whitespace
 * that CSS does not read: runs of it, and around { } ; , > and after a colon. `0.5` becomes `.5` and a
 * block's last `;` goes. Quoted strings and ${…} interpolations are left exactly as written.
 */
const minifyCssText = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('[^']*'|"[^"]*")/).map((part, i) => (i % 2 ? part : part
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}'))).join('');

const minifyCss = {
  name: 'minify-css-literals',
  transform(code, id) {
    // TypeScript prints the tag with a space: css `…`.
    if (!id.includes('/src/') || !/\bcss ?`/.test(code)) return null;
    const out = code.replace(/\bcss ?`([^`]*)`/g, (_, body) =>
      'css`' + body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCssText(part))).join('').trim() + '`');
    return { code: out, map: null };
  },
};

// The one bundled file: everything the default timeline needs, inlined and minified, for
// <script type="module"> with no build step. npm users get the unbundled modules that `tsc` writes beside
// it. What only some pages need is a lazily loaded chunk (dist/chunks/), fetched when first needed: the
// rich-text sanitiser (data with HTML), the TimelineJS and CSV importers, each interface language but
// English, and the PNG rasteriser. The build/ plugins leave out the D3 and Lit code the bundle never runs.
export default {
  input: 'src/bundle.ts',
  // Lazy chunks import shared code from the bundle itself rather than from a separate chunk, so the
  // bundle stays one file plus what loads on demand.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'news-timeline.bundle.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    zoomWithoutTransitions,
    d3Prototypes,
    zoomMethods,
    pureTimeIntervals,
    lazyLanguages,
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true },
    }),
    // After TypeScript, which compiles from disk and would ignore an earlier transform.
    minifyCss,
    litProperties,
    // Three passes find what one pass's inlining exposes (about 0.1 KB gzipped); nothing unsafe is on.
    // The preamble is V8's explicit compile hint: Chromium compiles every function of the file while it
    // streams in, off the main thread, instead of each on its first call, which for a first render is
    // most of them (the article's first render is about a fifth quicker here). Other engines ignore it.
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
  ],
};
