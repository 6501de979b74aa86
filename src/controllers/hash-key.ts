/**
 * One timeline's key in the URL's fragment, read and written without touching anything else in it.
 * The fragment is the page's too: an anchor (`#section`) or a hash router's route (`#/route/path?x=1`)
 * must survive byte for byte. Our key is one `&`-separated part, `<key>=<value>`, encoded like a
 * query parameter; every other part is left exactly as it was written.
 */

/** Reads a percent-encoded part as a query parameter is read (`+` is a space); malformed escapes stay as written. */
function decodePart(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Where `key`'s part is among the fragment's `&`-separated parts, or -1. */
function indexOfKey(parts: readonly string[], key: string): number {
  return parts.findIndex((part) => {
    const eq = part.indexOf('=');
    return eq > 0 && decodePart(part.slice(0, eq)) === key;
  });
}

/** The value of `key` in a fragment (`location.hash`, with or without its `#`), or `null` when it has none. */
export function readHashKey(hash: string, key: string): string | null {
  const parts = hash.replace(/^#/, '').split('&');
  const i = indexOfKey(parts, key);
  return i < 0 ? null : decodePart(parts[i]!.slice(parts[i]!.indexOf('=') + 1));
}

/**
 * The fragment (without `#`) with `key` set to `value`, or removed for `null`. An existing part is
 * replaced where it is; a new one goes at the end; every other part keeps its bytes and its place.
 */
export function writeHashKey(hash: string, key: string, value: string | null): string {
  const body = hash.replace(/^#/, '');
  const parts = body === '' ? [] : body.split('&');
  const i = indexOfKey(parts, key);
  const part = value === null ? null : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  if (i >= 0) {
    if (part === null) parts.splice(i, 1);
    else parts[i] = part;
  } else if (part !== null) parts.push(part);
  return parts.join('&');
}
