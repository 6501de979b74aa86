import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Terser keeps template literals as written, so the readable source would ship its indentation and
 * the stylesheet's comments. This collapses whitespace and drops comments in css`` templates.
 */
const trimTemplates = {
  name: 'trim-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
    // TypeScript emits the tag as `css \``, with a space.
    const trimmed = code.replace(/css\s*`([^`]*)`/g, (_, body) => `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')}\``);
    return { code: trimmed, map: null };
  },
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
    trimTemplates,
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true },
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
