import MagicString from 'magic-string';

/**
 * Minifies our own stylesheets in the one-file bundle: the static text of every css`` template in
 * src/ loses its comments (they explain the CSS to us, not to browsers) and the white space no
 * rule needs. It works on the syntax tree, never on patterns in text, and touches no other template,
 * no string and no dependency's code. Tested in tests/node/minify-css.test.ts.
 */

// Separators around which white space means nothing, inside rules or between them. Not ':' (in
// `.a :focus` the space is a descendant combinator) and not '+', '-', '>' or '~' (calc(), selectors).
const TIGHT = new Set(['{', '}', ';', ',']);
/** After a colon white space means nothing either (`color: red`, `(width: 1px)`); before one it may. */
const TIGHT_AFTER = new Set([...TIGHT, ':']);

/**
 * One static part of a css`` template, minified. `before` and `after` say whether an interpolation
 * sits at its start or end: white space next to one is kept (as one space), since the value put
 * there may need it.
 */
export function minifyCssText(text, { before = false, after = false } = {}) {
  let out = '';
  /** White space seen since the last character copied, written only if it turns out to matter. */
  let space = false;
  const flush = (next) => {
    if (space && (out === '' ? before : !TIGHT_AFTER.has(out.at(-1)) && !TIGHT.has(next))) out += ' ';
    space = false;
  };
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`minify-css: a comment does not end: ${text.slice(i, i + 40)}…`);
      i = end + 2;
      // A comment separates like white space does (`a/**/b` is two words).
      space = true;
    } else if (/\s/.test(ch)) {
      space = true;
      i++;
    } else if (ch === '"' || ch === "'") {
      // Strings are copied as they are, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      flush(ch);
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      flush(ch);
      // `;}` ends a rule as well as `}` does.
      if (ch === '}' && out.at(-1) === ';') out = out.slice(0, -1);
      out += ch;
      i++;
    }
  }
  if (space && after && !TIGHT_AFTER.has(out.at(-1) ?? '')) out += ' ';
  return out;
}

/**
 * The Rollup plugin: minifies css`` templates in modules under `root` (our sources, after TypeScript
 * has compiled them). `css` must be Lit's tag, imported under its own name, as every sheet here does.
 */
export function minifyCss({ root }) {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.startsWith(root) || id.includes('/node_modules/') || !/\bcss\s*`/.test(code)) return null;
      const magic = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          const { quasis } = node.quasi;
          quasis.forEach((quasi, index) => {
            const minified = minifyCssText(quasi.value.raw, { before: index > 0, after: index < quasis.length - 1 });
            if (quasi.end > quasi.start) magic.overwrite(quasi.start, quasi.end, minified);
          });
        }
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child === 'object' && key !== 'parent') visit(child);
        }
      };
      visit(this.parse(code));
      return magic.hasChanged() ? { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
