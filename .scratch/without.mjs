// Bundle gz size with given modules replaced by stubs exporting the same names as no-ops.
import { rollup } from 'rollup';
import config from '../rollup.config.js';
import { gzipSync } from 'node:zlib';
const stubs = {
  'read-list.ts': 'export const readList = () => [];',
  'deep-link.ts': 'export class DeepLinkController { constructor(h){} take(){return null} write(){} }',
  'print-list.ts': 'export const renderPrintList = () => null;',
  'legend.ts': 'export const renderLegend = () => null; export const laneNames = () => []; export const statusSwatch = () => null;',
  'vertical-list.ts': 'export const renderVerticalList = () => null;',
  'vertical.ts': 'export const layoutVertical = () => null; export const rowsInBand = () => null;',
  'toolbar.ts': 'export const renderToolbar = () => null;',
  'media.ts': 'export const renderMedia = () => null;',
};
async function size(skip) {
  const plugin = { name: 'stub', load(id) { for (const k of skip) if (id.endsWith('/' + k)) return stubs[k]; return null; } };
  const b = await rollup({ ...config, onwarn() {}, plugins: [plugin, ...config.plugins] });
  const { output } = await b.generate({ ...config.output, sourcemap: false });
  return gzipSync(output.find((o) => o.isEntry).code, { level: 9 }).length;
}
const base = await size([]);
console.log('base', base);
for (const k of process.argv.slice(2)) console.log(k, base - await size(k.split(',')));
