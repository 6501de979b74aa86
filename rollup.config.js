import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';

/** Resolves d3-transition to the small stand-in in build/ (see the reason there). */
const transitionLite = {
  name: 'd3-transition-lite',
  resolveId: (id) => (id === 'd3-transition' ? fileURLToPath(new URL('./build/d3-transition-lite.js', import.meta.url)) : null),
};

// The one bundled file: everything inlined and minified, for <script type="module"> with no build step.
// npm users get the unbundled modules that `tsc` writes beside it.
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/news-timeline.bundle.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    transitionLite,
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true },
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
