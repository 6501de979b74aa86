import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// One direction: model → layout → plan → render and controllers → the element. A layer imports only
// the layers below it (types included); render and controllers never import each other.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const BELOW: Record<string, readonly string[]> = {
  model: [],
  strings: ['model'],
  layout: ['model'],
  plan: ['layout', 'model', 'strings'],
  render: ['plan', 'layout', 'model', 'strings'],
  controllers: ['plan', 'layout', 'model', 'strings', 'export'],
  export: [],
  cli: ['model'],
  embed: ['model'],
};

/** The layer of a file under src/: its folder, with src/strings.ts counted in strings/. */
const layerOf = (file: string) => (file === 'strings.ts' ? 'strings' : file.includes('/') ? file.split('/')[0]! : null);

const files = (dir = ''): string[] => readdirSync(SRC + dir, { withFileTypes: true })
  .flatMap((f) => (f.isDirectory() ? files(`${dir}${f.name}/`) : f.name.endsWith('.ts') ? [`${dir}${f.name}`] : []));

test('every module imports only its own layer and the layers below it', () => {
  const wrong: string[] = [];
  for (const file of files()) {
    const layer = layerOf(file);
    if (layer === null || !(layer in BELOW)) continue;
    const code = readFileSync(SRC + file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier!)).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (to !== layer && !BELOW[layer]!.includes(to ?? 'the element')) wrong.push(`${file} imports ${target}`);
    }
  }
  expect(wrong).toEqual([]);
});
