import createPurify from 'dompurify';
import { limitNesting } from '../model/html-nesting.js';
import { safeUrl } from '../model/urls.js';

/**
 * Rich text (TimelineJS's HTML) through an allow-list sanitiser. It is loaded with `import()`,
 * together with DOMPurify, only when a dataset has rich text (see ./rich-text.ts), so timelines of
 * plain text never download it. In the one-file bundle it is a file of its own, with no imports.
 */

const ALLOWED_TAGS = ['p', 'a', 'blockquote', 'cite', 'br', 'span', 'em', 'strong', 'i', 'b', 'ul', 'ol', 'li'];
const ALLOWED_ATTR = ['href', 'title'];

// A private instance: our hooks never touch a DOMPurify the page itself uses.
const purify = createPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  // Links only to http(s), mailto: and relative URLs, parsed the way the browser will.
  const href = safeUrl(node.getAttribute('href'), { mailto: true });
  if (href === null) node.removeAttribute('href');
  else node.setAttribute('href', href);
  node.setAttribute('rel', 'noopener noreferrer');
});

/**
 * Rich text, sanitised, as nodes to insert: what was checked is what shows, never parsed again from a
 * string. Nesting is limited first: the browser's parser is slow on deep nesting.
 */
export function sanitizeRichText(body: string): DocumentFragment {
  return purify.sanitize(limitNesting(body), { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
}

