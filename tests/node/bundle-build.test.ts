import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import { describe, expect, test } from 'vitest';
import { D3_TIME_FACTORIES } from '../../build/d3-time-factories.js';

// The one-file bundle as rollup.config.js builds it (`npm test` builds first; without dist/ these fail).
const dist = new URL('../../dist/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), 'utf8');
const chunks = () => readdirSync(new URL('chunks/', dist)).filter((f) => f.endsWith('.js'));

type Node = { type: string; source?: { type: string; value?: unknown }; [key: string]: unknown };

/** Every node of a parsed program, depth first. */
function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if ('type' in node) yield node as Node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) yield* walk(item);
    else if (value && typeof value === 'object') yield* walk(value);
  }
}

/** What a module imports: static import and export-from sources, and the sources of import(). */
function importsOf(code: string) {
  const nodes = [...walk(parseAst(code))];
  const statics = nodes.filter((n) => (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source).map((n) => String(n.source!.value));
  const dynamic = nodes.filter((n) => n.type === 'ImportExpression').map((n) => (n.source!.type === 'Literal' ? String(n.source!.value) : '(computed)'));
  return { statics, dynamic };
}

describe('dist/news-timeline.bundle.js', () => {
  test('imports nothing up front: it works as one file, under any name', () => {
    expect(importsOf(read('news-timeline.bundle.js')).statics).toEqual([]);
  });

  test('loads each on-demand part by a path relative to itself, and every such file exists', () => {
    const { dynamic } = importsOf(read('news-timeline.bundle.js'));
    const parts = [...new Set(dynamic)].sort();
    expect(parts.length).toBe(15);
    for (const path of parts) {
      expect(path).toMatch(/^\.\/chunks\/[a-z-]+-[\w-]+\.js$/);
      expect(existsSync(new URL(path, dist)), path).toBe(true);
    }
    const names = parts.map((p) => /chunks\/([a-z-]+)-[\w-]+\.js$/.exec(p)![1]).sort();
    expect(names).toEqual(['de', 'developing', 'es', 'format-importers', 'fr', 'hover-labels', 'html-text', 'ja', 'links', 'raster', 'sanitizer', 'search', 'svg', 'visits', 'zh-cn']);
  });

  test('draws at every width without a chunk: the vertical layout, the printed list, media and list reading are inside', () => {
    const code = read('news-timeline.bundle.js');
    for (const rule of ['.events.vertical', '.print-list', '.detail figure']) expect(code, rule).toContain(rule);
  });
});

describe("d3-time's factories, which the bundle tells Rollup are free of side effects", () => {
  const d3Time = readFileSync(new URL('../../node_modules/d3-time/dist/d3-time.mjs', import.meta.url), 'utf8');

  test('are the functions of the exact d3-time version package.json pins', () => {
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).dependencies['d3-time'];
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/d3-time/package.json', import.meta.url), 'utf8')).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    const declared = [...walk(parseAst(d3Time))].filter((n) => n.type === 'FunctionDeclaration').map((n) => (n.id as { name: string }).name);
    expect(declared).toEqual(expect.arrayContaining([...D3_TIME_FACTORIES]));
  });

  test('leave the local-time intervals out of the bundle, and the UTC ones the axis uses in', () => {
    const code = read('news-timeline.bundle.js');
    // Local-time intervals are the only d3-time code that reads the time zone; the UTC day and month step with these.
    expect(d3Time).toContain('getTimezoneOffset');
    // Booleans, not the text: a failure names the call rather than printing the whole bundle.
    expect(code.includes('getTimezoneOffset'), 'getTimezoneOffset').toBe(false);
    for (const call of ['setUTCDate', 'setUTCMonth', 'setUTCHours']) expect(code.includes(call), call).toBe(true);
  });
});

describe('dist/chunks', () => {
  test('every on-demand part is self-contained: it imports nothing, neither the bundle nor another chunk', () => {
    expect(chunks().length).toBe(15);
    for (const file of chunks()) expect(importsOf(read(`chunks/${file}`)), file).toEqual({ statics: [], dynamic: [] });
  });

  test('no on-demand part carries a copy of Lit', () => {
    for (const file of chunks()) expect(read(`chunks/${file}`), file).not.toMatch(/_\$litType\$|litHtmlVersions|reactiveElementVersions/);
  });
});
