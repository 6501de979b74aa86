/**
 * The request options for asking whether `src` changed, given the headers `sent` with it last. Same
 * origin, it is conditional: `If-None-Match` with the server's ETag, `If-Modified-Since` with its
 * Last-Modified, so an unchanged file costs a 304 (and the browser bypasses its own cache). Across
 * origins those headers would need a CORS preflight, so the browser revalidates its own cached copy
 * instead; so it does with no validators at all.
 */
export function conditionalRequest(src: string, sent: Headers | undefined): RequestInit {
  const headers: Record<string, string> = {};
  const etag = sent?.get('etag');
  const modified = sent?.get('last-modified');
  if (new URL(src, document.baseURI).origin === location.origin) {
    if (etag) headers['If-None-Match'] = etag;
    if (modified) headers['If-Modified-Since'] = modified;
  }
  return Object.keys(headers).length ? { headers, cache: 'no-store' } : { cache: 'no-cache' };
}
