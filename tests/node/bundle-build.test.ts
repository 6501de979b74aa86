import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The one-file bundle's build steps (rollup.config.js), tested on their own.
type Transform = (code: string, id: string) => { code: string } | null;
const { trimPrototypes, PROTOTYPES } = (await import('../../build/d3-prototypes.js' as string)) as {
  trimPrototypes: (code: string, ast: unknown, spec: Record<string, string[] | null>, module: string) => string;
  PROTOTYPES: Record<string, Record<string, string[] | null>>;
};
const { pureTimeIntervals } = (await import('../../build/time-intervals.js' as string)) as { pureTimeIntervals: { transform: Transform } };
const { zoomMethods, ZOOM_METHODS_UNUSED } = (await import('../../build/zoom-methods.js' as string)) as {
  zoomMethods: { transform: Transform };
  ZOOM_METHODS_UNUSED: string[];
};

const { litProperties } = (await import('../../build/lit-properties.js' as string)) as { litProperties: { transform: Transform } };

/** Evaluates a transformed d3 module, its bare imports resolved from here. */
const load = (text: string) =>
  import(`data:text/javascript,${encodeURIComponent(text.replace(/from '(d3-[a-z]+)'/g, (_, name: string) => `from '${import.meta.resolve(name)}'`))}`);
const sources = (dir: URL): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((f) => (f.isDirectory() ? sources(new URL(`${f.name}/`, dir)) : f.name.endsWith('.ts') ? [readFileSync(new URL(f.name, dir), 'utf8')] : []));

describe('build/d3-prototypes.js', () => {
  /** The export whose prototype each constructor's is. */
  const EXPORTED: Record<string, string> = { Selection: 'selection', Dispatch: 'dispatch', Transform: 'ZoomTransform' };
  const trim = (module: string, code = readFileSync(fileURLToPath(import.meta.resolve(module)), 'utf8')) =>
    trimPrototypes(code, parseAst(code), PROTOTYPES[module]!, module);

  test.each(Object.keys(PROTOTYPES))('leaves %s with exactly the prototype methods the bundle calls, every line in its place', async (module) => {
    const source = readFileSync(fileURLToPath(import.meta.resolve(module)), 'utf8');
    const code = trim(module);
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    const trimmed = await load(code);
    for (const [name, keep] of Object.entries(PROTOTYPES[module]!)) {
      if (keep === null) expect(code, name).not.toMatch(new RegExp(`^${name}\\.prototype =`, 'm'));
      else expect(Object.keys(trimmed[EXPORTED[name]!].prototype).sort(), name).toEqual([...keep].sort());
    }
  });

  test('the trimmed selection, dispatcher and transform still work', async () => {
    const { select } = await load(trim('d3-selection'));
    const { dispatch } = await load(trim('d3-dispatch'));
    const { zoomIdentity } = await load(trim('d3-zoom'));
    const t = zoomIdentity.translate(10, 0).scale(2);
    expect([t.k, t.x, t.invertX(30), t.invert([30, 4]), String(t)]).toEqual([2, 10, 10, [10, 2], 'translate(10,0) scale(2)']);
    const node = { __data__: 1, style: { setProperty: () => {}, removeProperty: () => {} }, addEventListener: () => {}, removeEventListener: () => {} };
    const selection = select(node).property('__zoom', 'k').on('wheel.zoom', () => {}, { passive: false });
    expect([selection.datum(), selection.node().__zoom, typeof selection.on('wheel.zoom')]).toEqual([1, 'k', 'function']);
    const seen: unknown[] = [];
    const events = dispatch('start', 'end').on('start', (x: unknown) => seen.push(x));
    events.call('start', null, 42);
    expect(seen).toEqual([42]);
  });

  test('fails the build, rather than guess, when D3 changes shape', () => {
    const source = readFileSync(fileURLToPath(import.meta.resolve('d3-selection')), 'utf8');
    expect(() => trim('d3-selection', source.replace('  property: selection_property,', '  prop: selection_property,'))).toThrow(/Selection\.prototype no longer has property/);
    expect(() => trim('d3-selection', source.replace(/^Local\.prototype = /m, 'Local.proto = '))).toThrow(/no Local\.prototype = \{ … \} found/);
  });
});

describe('build/time-intervals.js', () => {
  const id = fileURLToPath(import.meta.resolve('d3-time'));
  const source = readFileSync(id, 'utf8');

  test('only annotates d3-time: every line in its place, the same intervals and ticks', async () => {
    const code = pureTimeIntervals.transform(source, id)!.code;
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    expect(code.match(/\/\*#__PURE__\*\//g)!.length).toBeGreaterThanOrEqual(50);
    const [before, after] = await Promise.all([load(source), load(code)]);
    const [start, end] = [new Date(Date.UTC(2022, 1, 3)), new Date(Date.UTC(2023, 6, 12))];
    expect(after.utcTicks(start, end, 10)).toEqual(before.utcTicks(start, end, 10));
    expect(after.utcMonths(start, end)).toEqual(before.utcMonths(start, end));
    expect(after.utcDay.floor(end)).toEqual(before.utcDay.floor(end));
  });

  test('fails the build when d3-time changes shape', () => {
    expect(() => pureTimeIntervals.transform('export const utcDay = 1;', id)).toThrow(/expected d3-time's top-level intervals/);
  });
});

describe('build/zoom-methods.js', () => {
  const id = fileURLToPath(import.meta.resolve('d3-zoom'));
  const source = readFileSync(id, 'utf8');

  test('removes the unused methods and the transition path, every line in its place; the rest of the behaviour is there', async () => {
    const code = zoomMethods.transform(source, id)!.code;
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    expect(code).not.toMatch(/\bschedule\b|\.transition\(/);
    const [before, after] = await Promise.all([load(source), load(code)]);
    const [full, trimmed] = [before.zoom(), after.zoom()];
    expect(Object.keys(full).filter((k) => !(k in trimmed)).sort()).toEqual([...ZOOM_METHODS_UNUSED].sort());
    for (const method of ['filter', 'wheelDelta', 'constrain', 'on', 'extent', 'scaleExtent', 'transform']) expect(typeof trimmed[method], method).toBe('function');
  });

  test('the timeline calls none of the methods it removes', () => {
    const calls = new RegExp(`\\.(${ZOOM_METHODS_UNUSED.join('|')})\\(`);
    for (const text of sources(new URL('../../src/', import.meta.url))) expect(text).not.toMatch(calls);
  });

  test('fails the build when d3-zoom changes shape', () => {
    expect(() => zoomMethods.transform(source.replace('zoom.tapDistance = function', 'zoom.tapRadius = function'), id)).toThrow(/zoom\.tapDistance once in d3-zoom, found it 0 times/);
  });
});

describe('build/lit-properties.js', () => {
  const compile = (source: string) => ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, experimentalDecorators: true, useDefineForClassFields: false, importHelpers: true },
  }).outputText;
  const id = fileURLToPath(new URL('../../src/news-timeline.ts', import.meta.url));

  test('a decorated field becomes the createProperty() call its decorator makes; other decorators are left alone', () => {
    const code = compile(`
      class A extends LitElement {
        @property({ attribute: 'row-height', type: Number }) rowHeight: number | null = null;
        @property() start = null;
        @state() private open = false;
        @state({ hasChanged: (a: unknown, b: unknown) => a !== b }) private seen = 0;
        @property() get label() { return ''; }
        @query('.x') x!: HTMLElement;
      }`);
    const out = litProperties.transform(code, id)!.code;
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out).toContain(`A.createProperty("rowHeight", { attribute: 'row-height', type: Number });`);
    expect(out).toContain('A.createProperty("start");');
    expect(out).toContain('A.createProperty("open", { state: true, attribute: false });');
    expect(out).toContain('A.createProperty("seen", { ...{ hasChanged: (a, b) => a !== b }, state: true, attribute: false });');
    // An accessor (its descriptor is passed on) and another decorator keep __decorate.
    expect(out.match(/__decorate\(/g)).toHaveLength(2);
  });

  test("every reactive property of the element is declared directly, so the bundle carries no decorator code", () => {
    const source = readFileSync(id, 'utf8');
    const out = litProperties.transform(compile(source), id)!.code;
    expect(out).not.toContain('__decorate(');
    expect(out.match(/\.createProperty\(/g)!.length).toBe(source.match(/^\s*@(property|state)\(/gm)!.length);
  });
});
