// Builds dist/: ES modules and .d.ts types from tsc (lit and d3 stay external), then the standalone bundle.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const run = (bin, args) => execFileSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json']);
run('node_modules/rollup/dist/bin/rollup', ['-c', '--silent']);
chmodSync('dist/cli.js', 0o755);
