import { rollup } from 'rollup';
import config from '../rollup.config.js';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const bundle = await rollup({ ...config, onwarn(){}, plugins: config.plugins.filter(p => p.name !== 'terser') });
const { output } = await bundle.generate({ ...config.output, sourcemap: false });
const main = output.find(o => o.isEntry);
const variants = {
  base: { ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } },
  arrows: { ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } },
  pure_getters: { ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
  unsafe: { ecma: 2022, module: true, compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true, pure_getters: true }, format: { comments: false } },
  wrap: { ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false, wrap_func_args: false } },
};
for (const [k, o] of Object.entries(variants)) {
  const r = await minify(main.code, o);
  console.log(k, gzipSync(r.code, { level: 9 }).length);
}
