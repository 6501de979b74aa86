import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The one bundled file: everything inlined and minified, for <script type="module"> with no build step.
// npm users get the unbundled modules that `tsc` writes beside it. The sanitiser for rich text is the
// one exception: it is a lazily loaded chunk (dist/chunks/), fetched only by pages whose data has HTML.
export default {
  input: 'src/index.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'news-timeline.bundle.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true },
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
