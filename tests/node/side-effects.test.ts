import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { built } from './built.js';

// Run in a fresh Node process each, so nothing another test imported (such as the SSR DOM shim) is there.
const probe = (code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: new URL('../..', import.meta.url) }).trim();
test('the API and the data layer import without a DOM and define nothing; only the root entry defines the element', () => {
  for (const file of ['data.js', 'api.js', 'index.js']) built(file);
  expect(probe(`await import('./dist/data.js'); console.log(['window', 'document', 'customElements'].filter((k) => k in globalThis).join(',') || 'none');`)).toBe('none');
  expect(probe(`await import('./dist/api.js'); console.log(String(globalThis.customElements?.get('news-timeline')));`)).toBe('undefined');
  expect(probe(`await import('@lit-labs/ssr'); await import('./dist/index.js'); console.log(typeof customElements.get('news-timeline'));`)).toBe('function');
  // Three fresh Node processes, one after another: over 5 s when the whole suite shares two cores.
}, 30_000);
