import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The path of a file of the build, which some tests run. A test that needs it fails, rather than
 * skips, when it is missing: `npm test` builds first, and so does CI.
 */
export function built(file: string): string {
  const path = fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (\`npm test\` does).`);
  return path;
}
