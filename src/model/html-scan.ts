/**
 * A single pass over an HTML fragment that finds its tags, text and comments the way the browser's
 * tokenizer does (https://html.spec.whatwg.org/multipage/parsing.html#tokenization), enough for
 * reading text and for tidying markup before the sanitiser. Every character is looked at a bounded
 * number of times, so hostile input (`<p ` or `<a` repeated, comments or quotes left open) costs
 * linear time; regular expressions such as `<[^>]*>` retry from every `<` and cost quadratic time.
 */

/** What the scanner found: `text` and `comment` by range, a tag by name. */
export interface HtmlScanVisitor {
  /** Text between `from` and `to` (character references not decoded). */
  text(from: number, to: number): void;
  /** A start or end tag, named in lower case, spanning `from` to `to`. */
  tag(name: string, closing: boolean, from: number, to: number): void;
  /** A comment, a doctype or other markup the browser drops, spanning `from` to `to`. */
  comment?(from: number, to: number): void;
  /**
   * The content of an element whose content is not markup (`script`, `style`…), up to its end tag
   * (or the end of the input), spanning `from` to `to`.
   */
  raw?(name: string, from: number, to: number): void;
}

/** Elements whose content the browser reads as text up to their end tag, not as markup. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp']);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

const endTagSearch = new Map<string, RegExp>();

/** Where the end tag of raw text element `name` starts at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let search = endTagSearch.get(name);
  if (!search) {
    // A literal prefix and one look-ahead: the engine scans forward once, never retrying.
    search = new RegExp(`</${name.replace(/[^a-z0-9-]/g, '')}(?=[\\s/>]|$)`, 'gi');
    endTagSearch.set(name, search);
  }
  search.lastIndex = from;
  return search.exec(html)?.index ?? -1;
}

/**
 * Where the tag that starts at `from` ends (just after its `>`), or -1 when the input ends first
 * (the browser then drops the tag). Quotes only matter after `=`, as in the browser.
 */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 62 /* > */) return i + 1;
    if (afterEquals && (code === 34 || code === 39)) {
      const close = html.indexOf(html[i]!, i + 1);
      if (close < 0) return -1;
      i = close;
      afterEquals = false;
    } else if (code === 61 /* = */) afterEquals = true;
    else if (!isSpace(code)) afterEquals = false;
  }
  return -1;
}

/**
 * Scans `html` once, calling `visit` in document order. `rawText` names the elements whose content
 * is passed to `visit.raw` whole instead of being scanned (by default the browser's own list).
 */
export function scanHtml(html: string, visit: HtmlScanVisitor, rawText: ReadonlySet<string> = RAW_TEXT_ELEMENTS): void {
  const n = html.length;
  let i = 0;
  // Text runs from `textFrom`; a `<` that starts no markup is part of it.
  let textFrom = 0;
  const endText = (at: number) => {
    if (at > textFrom) visit.text(textFrom, at);
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const markup = next === 33 /* ! */ || next === 63 /* ? */ || next === 47 /* / */ || isLetter(next);
    if (!markup) {
      // `<` before anything else (`3 < 4`, `<<`) is text.
      i = lt + 1;
      continue;
    }
    endText(lt);
    if (html.startsWith('<!--', lt)) {
      // `<!-->` and `<!--->` are whole (empty) comments; an unclosed one runs to the end.
      const close = html.startsWith('>', lt + 4) ? lt + 2 : html.startsWith('->', lt + 4) ? lt + 3 : html.indexOf('-->', lt + 4);
      const end = close < 0 ? n : close + 3;
      visit.comment?.(lt, end);
      i = end;
      textFrom = end;
    } else if (next === 33 /* ! */ || next === 63 /* ? */ || (next === 47 /* / */ && !isLetter(html.charCodeAt(lt + 2)))) {
      // A doctype, a processing instruction or `</` without a name: dropped up to the next `>`.
      const close = html.indexOf('>', lt + 2);
      const end = close < 0 ? n : close + 1;
      visit.comment?.(lt, end);
      i = end;
      textFrom = end;
    } else {
      const closing = next === 47;
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < n) {
        const code = html.charCodeAt(nameEnd);
        if (isSpace(code) || code === 47 || code === 62) break;
        nameEnd++;
      }
      const end = tagEnd(html, nameEnd);
      // A tag the input ends inside is dropped with everything after it, as the browser does.
      if (end < 0) return;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      visit.tag(name, closing, lt, end);
      i = end;
      if (!closing && rawText.has(name)) {
        const stop = findEndTag(html, name, end);
        const contentEnd = stop < 0 ? n : stop;
        visit.raw?.(name, end, contentEnd);
        i = contentEnd;
      }
      textFrom = i;
    }
  }
  endText(n);
}
