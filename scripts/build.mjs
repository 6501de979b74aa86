// Builds dist/: ES modules and .d.ts types from tsc (lit and d3 stay external), then the standalone
// bundle, which exports the same API as the package root and so shares its types.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const run = (bin, args) => execFileSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json']);
run('node_modules/rollup/dist/bin/rollup', ['-c', '--silent']);
writeFileSync('dist/news-timeline.bundle.d.ts', "export * from './bundle.js';\n");
// The embed page: one timeline filling an iframe, loading the bundle and its script from beside it.
copyFileSync('src/embed/embed.html', 'dist/embed.html');
// Keep the manifest in step with the JSDoc it is generated from (CI checks it is committed fresh).
run('node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
execFileSync(process.execPath, ['scripts/readme-reference.mjs'], { stdio: 'inherit' });
chmodSync('dist/cli.js', 0o755);
