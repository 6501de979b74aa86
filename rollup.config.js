import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';
import { selectionMethods } from './build/selection-methods.js';

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
 * Drops comments and collapses whitespace inside css`` literals: readers download the stylesheet with
 * every page. Only whitespace between tokens goes; strings and values are untouched.
 */
const minifyCss = {
  name: 'minify-css-literals',
  transform(code, id) {
    // TypeScript prints the tag with a space: css `…`.
    if (!id.includes('/src/') || !/\bcss ?`/.test(code)) return null;
    const out = code.replace(/\bcss ?`([^`]*)`/g, (_, body) =>
      'css`' + body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').trim() + '`');
    return { code: out, map: null };
  },
};

// The one bundled file: everything inlined and minified, for <script type="module"> with no build step.
// npm users get the unbundled modules that `tsc` writes beside it. The sanitiser for rich text is the
// one exception: it is a lazily loaded chunk (dist/chunks/), fetched only by pages whose data has HTML.
export default {
  input: 'src/bundle.ts',
  // Lazy chunks (importers, sanitiser) import shared code from the bundle itself rather than from a
  // separate chunk, so the bundle stays one file plus what loads on demand.
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
    selectionMethods,
    lazyLanguages,
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true },
    }),
    // After TypeScript, which compiles from disk and would ignore an earlier transform.
    minifyCss,
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
