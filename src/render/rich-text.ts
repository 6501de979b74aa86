import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import createPurify from 'dompurify';
import { safeUrl } from '../model/urls.js';

export { richTextStyles } from './rich-text-styles.js';

/**
 * Rich text (TimelineJS's HTML) through an allow-list sanitiser. This is the only module that puts
 * dataset strings into the DOM as markup. It is loaded with `import()`, together with DOMPurify, only
 * when a dataset has rich text (see ./lazy-rich-text.ts), so timelines of plain text never download it.
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

/** Sanitised markup for rich text. */
export function sanitizeRichText(body: string): string {
  return purify.sanitize(body, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true });
}

/** The rich text of an event, sanitised. */
export function renderSanitizedRichText(body: string): TemplateResult {
  return html`<div class="text rich">${unsafeHTML(sanitizeRichText(body))}</div>`;
}
