/**
 * URL policy for untrusted data. Lit escapes text but not URLs (`href=${x}` accepts
 * `javascript:`), so every URL from a dataset goes through here before it reaches the DOM.
 */

/** Which schemes a URL may use besides relative references. */
export interface UrlPolicy {
  /** Allow `mailto:` (for links in text, never for images). */
  readonly mailto?: boolean;
}

// A base that cannot collide with a real page: relative URLs resolve against it and keep https.
const BASE = 'https://base.invalid/';

/**
 * Returns the URL to use when it is `http(s)` or relative (or `mailto:` when allowed), else `null`.
 * Parsing with `new URL()` applies the same rules the browser will (stripped tabs and newlines,
 * case-insensitive schemes), so `JaVa\tScRiPt:` is seen for what it is.
 */
export function safeUrl(raw: unknown, policy: UrlPolicy = {}): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || /[\u0000-\u001f\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, BASE);
  } catch {
    return null;
  }
  const relative = url.origin === new URL(BASE).origin && !/^[a-z][a-z\d+.-]*:/i.test(text) && !text.startsWith('//');
  if (relative) return text;
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  if (policy.mailto && url.protocol === 'mailto:') return url.href;
  return null;
}
