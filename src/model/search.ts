import type { NewsEventStatus } from './types.js';

/**
 * Searching events by text, the same way for every script: case and accents are ignored (é = e),
 * full-width and half-width forms are one (Ａ = A, ｶ = カ), and a query word matches anywhere inside
 * a word, so Japanese and Chinese, written without spaces, are searched by substring.
 */

/** What a reader narrows the events to, besides text: lanes, tags and statuses (any of each; all three together). */
export interface TimelineFilter {
  /** Lane ids (`groups[].id`): only events in one of these lanes. */
  readonly groups?: readonly string[];
  /** Only events with at least one of these tags. */
  readonly tags?: readonly string[];
  /** Only events with one of these statuses. */
  readonly status?: readonly NewsEventStatus[];
}

/**
 * Diacritics that decomposition splits off Latin, Greek and Cyrillic letters. Only these are dropped:
 * the kana voicing marks (が is not か) and the vowel signs of Indic scripts are letters' meaning.
 */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Text as search compares it: compatibility forms folded (NFKD, then composed again), Latin accents
 * dropped, lower case, and the final sigma read as σ so a word matches wherever it stands.
 */
export function normalizeText(text: string): string {
  // Most text in most datasets is plain ASCII: lower-casing is all it needs, and it is far cheaper.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(ACCENTS, '').normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/** The words of a query, normalised, without duplicates; none for a blank query. */
export function queryWords(query: string): string[] {
  return [...new Set(normalizeText(query).split(/\s+/u).filter(Boolean))];
}

/** Whether every word occurs in the (normalised) haystack. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  for (const word of words) if (!haystack.includes(word)) return false;
  return true;
}

/** What an event's text search reads: its fields one per line, so no word can span two of them. */
export interface SearchableEvent {
  readonly title: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly sources: readonly { readonly publisher: string | null }[];
}

/** The normalised text a query is matched against: title, summary, tags, lane name, and source publishers. */
export function eventHaystack(event: SearchableEvent, laneLabel: string | null): string {
  const publishers = event.sources.map((s) => s.publisher ?? '').join('\n');
  return normalizeText(`${event.title}\n${event.summary}\n${event.tags.join('\n')}\n${laneLabel ?? ''}\n${publishers}`);
}

/** Whether an event passes the filter: in one of the chosen lanes, with one of the chosen tags, of one of the chosen statuses. */
export function passesFilter(event: { readonly group: string | null; readonly tags: readonly string[]; readonly status: NewsEventStatus }, filter: TimelineFilter): boolean {
  const { groups, tags, status } = filter;
  if (groups?.length && (event.group === null || !groups.includes(event.group))) return false;
  if (status?.length && !status.includes(event.status)) return false;
  if (tags?.length && !event.tags.some((tag) => tags.includes(tag))) return false;
  return true;
}

/** Whether a filter narrows anything. */
export function filterIsActive(filter: TimelineFilter | null | undefined): boolean {
  return !!filter && !!(filter.groups?.length || filter.tags?.length || filter.status?.length);
}

/**
 * Where the query's words are in `text`, as `[start, end)` offsets into `text` itself, sorted and
 * merged, for marking matches. Each character is normalised alone, so an offset in the normalised
 * text maps back to the character that produced it.
 */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (!words.length || !text) return [];
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = normalizeText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += width;
  }
  origin.push(text.length);
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      // A character folded to several (ﬁ → fi) is marked whole: the match ends after the character its last letter came from.
      const last = origin[at + word.length - 1]!;
      let k = at + word.length;
      while (origin[k]! === last) k++;
      found.push([origin[at]!, origin[k]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
