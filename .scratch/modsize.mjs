import { rollup } from 'rollup';
import config from '../rollup.config.js';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const bundle = await rollup({ ...config, plugins: config.plugins.filter(p => p.name !== 'terser') });
const { output } = await bundle.generate({ ...config.output, sourcemap: false });
const main = output.find(o => o.isEntry);
const rows = [];
for (const [id, m] of Object.entries(main.modules)) {
  if (!m.code) continue;
  const min = await minify(m.code, { module: true, compress: false, mangle: false });
  rows.push([id.replace(/.*node_modules\//, 'nm/').replace(/.*\/work\/main\//, ''), m.renderedLength, gzipSync(min.code || '').length]);
}
rows.sort((a, b) => b[2] - a[2]);
let t = 0; for (const r of rows) { t += r[2]; console.log(String(r[2]).padStart(6), String(r[1]).padStart(7), r[0]); }
console.log('sum gz (separately)', t);
