import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// What the element writes itself (its English words, its templates, its stylesheets' generated content)
// stays within characters that the text fonts of every system have: a glyph the page's font lacks sends
// the browser searching the system's fonts on the first render (a '▾' cost 4–7 ms of layout here, and a
// '⋯' as much on phones). Data and other languages may need any script; these are our own marks.
const SHARED = new Set([...'‘’“”–—…·×−‹›•«»°€£¥©®™§¶¡¿ ']);
const ours = (char: string) => char.charCodeAt(0) < 0x7f || SHARED.has(char);

const src = new URL('../../src/', import.meta.url);
const inFolder = (folder: string) => readdirSync(new URL(`${folder}/`, src)).filter((f) => f.endsWith('.ts')).map((f) => `${folder}/${f}`);
const files = ['news-timeline.ts', 'strings/en.ts', 'styles.ts', 'controllers/developing-styles.ts', ...inFolder('render'), ...inFolder('plan')];

/** The file's code with its comments left out, so examples in documentation do not count. */
function code(file: string): string {
  return readFileSync(new URL(file, src), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('our own marks and words', () => {
  test.each(files)('%s uses only characters the usual text fonts have', (file) => {
    // Regular expressions may name any character: they match the data, they are never drawn.
    const drawn = code(file).replace(/\/(?![*/])(?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\[])+\/[dgimsuvy]*/g, (match) => (/[^\x00-\x7f]/.test(match) && /[[\]\\|]/.test(match) ? '' : match));
    const strange = [...new Set([...drawn].filter((char) => !ours(char)))];
    expect(strange.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()} ${char}`)).toEqual([]);
  });

  test('the check finds a mark the fonts lack', () => {
    expect([...".finder summary::after { content: '▾'; }"].filter((char) => !ours(char))).toEqual(['▾']);
  });
});
