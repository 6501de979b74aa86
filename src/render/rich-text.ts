import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DOMPurify } from 'dompurify';
import type { Timeline } from '../model/timeline.js';
import { safeUrl } from '../model/urls.js';

/**
 * Rich text (TimelineJS's HTML) through an allow-list sanitiser. This is the only module that puts
 * dataset strings into the DOM as markup. DOMPurify is loaded with `import()` only when a dataset
 * has rich text, so timelines of plain text never download it.
 */

const ALLOWED_TAGS = ['p', 'a', 'blockquote', 'cite', 'br', 'span', 'em', 'strong', 'i', 'b', 'ul', 'ol', 'li'];
const ALLOWED_ATTR = ['href', 'title'];

let sanitizer: DOMPurify | null = null;
let loading: Promise<void> | null = null;

/** Whether any event carries rich text, i.e. whether the sanitiser is needed at all. */
export function hasRichText(timeline: Timeline): boolean {
  return timeline.events.some((e) => e.body !== null);
}

/** Loads and configures the sanitiser once; resolves when `renderRichText` can use it (or when it cannot load). */
export function loadRichText(): Promise<void> {
  loading ??= import('dompurify').then(({ default: createPurify }) => {
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
    sanitizer = purify;
  }).catch(() => {
    // The chunk could not load (offline, blocked): cards keep the plain-text summary; a later dataset retries.
    loading = null;
  });
  return loading;
}

/** Sanitised markup for rich text; `null` until `loadRichText()` has resolved. */
export function sanitizeRichText(body: string): string | null {
  return sanitizer
    ? sanitizer.sanitize(body, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true })
    : null;
}

/** The rich text of an event, or its plain-text summary while the sanitiser loads. */
export function renderRichText(body: string, fallback: string): TemplateResult {
  const clean = sanitizeRichText(body);
  return clean === null ? html`<p class="text">${fallback}</p>` : html`<div class="text rich">${unsafeHTML(clean)}</div>`;
}
