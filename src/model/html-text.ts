import { RAW_TEXT_ELEMENTS, scanHtml } from './html-scan.js';

/**
 * Plain text from an HTML fragment, without a DOM: for the `summary` of rich text, for labels and
 * for screen-reader names. The result is bound as text (never as HTML), so it only has to read
 * well; safety comes from never parsing it as markup again. One pass over the input (./html-scan.ts),
 * so its time grows with its length, whatever the markup.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', eacute: 'é', uuml: 'ü',
};

// Elements whose content is never text a reader sees.
const HIDDEN: ReadonlySet<string> = new Set([...RAW_TEXT_ELEMENTS, 'template', 'object']);
// Tags after which text continues on a new line.
const BLOCK: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr',
]);

/** Decodes character references (`&amp;`, `&#8211;`, `&#x2013;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  // Bounded repetitions only: each `&` is looked at a fixed number of times.
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `"<p>Take <a href=…>Ada</a>:</p><p>x</p>"` → `"Take Ada:\nx"`. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  // A line ends at a block tag or a line break in the text; spaces collapse, empty lines are dropped.
  const endLine = () => {
    const text = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  scanHtml(html, {
    text: (from, to) => {
      const text = decodeEntities(html.slice(from, to));
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        line += text.slice(start, end);
        endLine();
        start = end + 1;
      }
      line += text.slice(start);
    },
    tag: (name) => {
      if (BLOCK.has(name)) endLine();
    },
  }, HIDDEN);
  endLine();
  return lines.join('\n');
}

/** Whether a text field holds markup worth keeping as rich text: a whole tag, or a character reference. */
export function looksLikeHtml(text: string): boolean {
  let tag = false;
  scanHtml(text, { text: () => {}, tag: () => void (tag = true) });
  // Repetitions stop at the `;` or the first other character: each `&` is looked at once.
  return tag || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}
