import { html } from 'lit';
import type { Marker } from '../plan/narrow.js';

/**
 * Text with the reader's search words marked (`<mark>`), bound as text: no markup from the data
 * enters. Without a search, the text itself.
 */
export function markMatches(text: string, marker: Marker | null): unknown {
  const ranges = marker ? marker(text) : [];
  if (!ranges.length) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
