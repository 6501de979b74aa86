import { scanHtml } from './html-scan.js';

/**
 * Rich text as the sanitiser should receive it: the same markup, with nesting kept to a depth a story
 * needs. The browser's HTML parser (and so any sanitiser that uses it) takes time that grows with
 * the square of the input when tags nest deeper than it allows (`<b>` repeated 33,333 times takes it
 * seconds); start tags past `MAX_DEPTH` open elements are dropped here, their text kept. Everything
 * else passes through unchanged: making the markup safe is the sanitiser's job, not this one's.
 */

export const MAX_DEPTH = 32;

// Elements that never hold content, so never add depth.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Opening one of these closes an open paragraph, as the browser does; `li` also closes an open `li`.
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'header', 'footer', 'figure', 'hr', 'pre']);
// Where the search for an open `p` or `li` to close stops (the browser's "scopes", simplified).
const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);
const LIST_OR_BLOCK: ReadonlySet<string> = new Set(['ul', 'ol', 'blockquote', 'div', 'li', 'table', 'section', 'article']);

/** `html` with start tags nested deeper than `maxDepth` removed (their content kept). */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): string {
  const open: string[] = [];
  const parts: string[] = [];
  let copied = 0;
  let dropped = false;
  /** Closes open elements down to and including the innermost `name`, if it is open. */
  const closeTo = (name: string, stopAt?: ReadonlySet<string>) => {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i] === name) {
        open.length = i;
        return;
      }
      if (stopAt?.has(open[i]!)) return;
    }
  };
  scanHtml(html, {
    text: () => {},
    tag: (name, closing, from, to) => {
      if (closing) {
        closeTo(name);
        return;
      }
      if (VOID.has(name)) return;
      if (CLOSES_P.has(name)) closeTo('p', LIST_OR_BLOCK);
      if (name === 'li') closeTo('li', LISTS);
      if (open.length < maxDepth) {
        open.push(name);
        return;
      }
      parts.push(html.slice(copied, from));
      copied = to;
      dropped = true;
    },
  });
  if (!dropped) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
