/**
 * Text from the bytes of a file or a response: UTF-8 or UTF-16, with or without a byte-order mark.
 * A byte-order mark decides, as in the Encoding standard (https://encoding.spec.whatwg.org/#decode);
 * then the charset a server named; then the bytes themselves: JSON and CSV begin with ASCII, which
 * UTF-16 writes with a zero byte beside each character.
 */

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark names, and its length in bytes. */
function byteOrderMark(bytes: Uint8Array): { readonly encoding: Encoding; readonly length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 told by where the zero bytes fall among the first characters, or `null` for neither. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Mostly ASCII in UTF-16: nearly every character has one zero byte, always on the same side.
  if (oddZeros >= pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The `charset` of a Content-Type header (`text/csv; charset=utf-16le`), or `null`. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** Decodes `bytes` (see above); `charset` is what a server said, used when there is no byte-order mark. */
export function decodeText(bytes: Uint8Array, charset: string | null = null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return new TextDecoder(sniffed).decode(bytes);
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // A label TextDecoder does not know: read as UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
