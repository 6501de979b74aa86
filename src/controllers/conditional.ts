import type { Validators } from './source.js';

/**
 * The request options for asking whether `src` changed. Same origin, it is conditional: `If-None-Match`
 * with the server's ETag, `If-Modified-Since` with its Last-Modified, so an unchanged file costs a 304
 * (and the browser bypasses its own cache). Across origins those headers would need a CORS preflight, so
 * the browser revalidates its own cached copy instead; so it does with no validators at all.
 */
export function conditionalRequest(src: string, validators: Validators): RequestInit {
  const headers: Record<string, string> = {};
  if (new URL(src, document.baseURI).origin === location.origin) {
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.modified) headers['If-Modified-Since'] = validators.modified;
  }
  return Object.keys(headers).length ? { headers, cache: 'no-store' } : { cache: 'no-cache' };
}
