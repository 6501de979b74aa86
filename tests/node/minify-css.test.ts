import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { minifyCss, minifyCssText } from '../../build/minify-css.js';

const min = minifyCssText as (text: string, edges?: { before?: boolean; after?: boolean }) => string;

describe('minifying our stylesheets (build/minify-css.js)', () => {
  it('drops comments and the white space no rule needs', () => {
    expect(min(`
      /* why: a comment with 'quotes' and "more" */
      :host { display: block;  color: red; }
      .a,
      .b { margin: 0 auto; }
    `)).toBe(':host{display:block;color:red}.a,.b{margin:0 auto}');
  });

  it('keeps the spaces that mean something: descendant combinators, calc(), values', () => {
    expect(min('.a :focus { width: calc(100% - 2px); }')).toBe('.a :focus{width:calc(100% - 2px)}');
    expect(min('.a > .b ~ .c + .d { x: 1px 2px; }')).toBe('.a > .b ~ .c + .d{x:1px 2px}');
    expect(min('@media (max-width: 600px) { .a { x: y } }')).toBe('@media (max-width:600px){.a{x:y}}');
    // A comment between two words still separates them.
    expect(min('.a/* x */.b {}')).toBe('.a .b{}');
  });

  it('copies strings as they are, even with comment marks, braces or runs of spaces inside', () => {
    expect(min(`.a { content: "  /* not a comment */ { ; } "; font-family: 'A  B', sans-serif; }`))
      .toBe(`.a{content:"  /* not a comment */ { ; } ";font-family:'A  B',sans-serif}`);
    expect(min(String.raw`.a { content: 'it\'s  so'; }`)).toBe(String.raw`.a{content:'it\'s  so'}`);
  });

  it('keeps one space beside an interpolation, where the value put there may need it', () => {
    expect(min('  color: ', { after: true })).toBe('color:');
    expect(min('  border: 1px ', { after: true })).toBe('border:1px ');
    expect(min(' ', { before: true, after: true })).toBe(' ');
    expect(min(' solid; }', { before: true })).toBe(' solid}');
    expect(min('; border: 1px ', { before: true, after: true })).toBe(';border:1px ');
  });

  it('fails on a comment that does not end, rather than guess', () => {
    expect(() => min('.a { } /* open')).toThrow(/does not end/);
  });

  it('as a Rollup plugin: minifies css`` templates in our modules only, and nothing else', () => {
    const plugin = minifyCss({ root: '/repo/src/' }) as { transform: (this: unknown, code: string, id: string) => { code: string } | null };
    const context = { parse: (code: string) => parseAst(code) };
    const code = [
      "import { css, html } from 'lit';",
      'const c = (x) => x;',
      'export const sheet = css `',
      '  /* a comment */',
      '  .a { color: ${c(1)}; }',
      '`;',
      'export const view = html`<p>  two  spaces  </p>`;',
      'export const text = "css`  .b { }`";',
    ].join('\n');
    const out = plugin.transform.call(context, code, '/repo/src/styles.js')!.code;
    expect(out).toContain('css `.a{color:${c(1)}}`');
    expect(out).toContain('html`<p>  two  spaces  </p>`');
    expect(out).toContain('"css`  .b { }`"');
    expect(plugin.transform.call(context, code, '/repo/node_modules/lit/x.js')).toBeNull();
    expect(plugin.transform.call(context, code, '/elsewhere/src/styles.js')).toBeNull();
  });
});
