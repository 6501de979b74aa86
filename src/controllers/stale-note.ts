import { formatClock } from '../model/format-date.js';
import type { ReaderText } from '../plan/reader-text.js';

/**
 * The note that a refresh failed and the data shown is older, with the time of that data in the reader's
 * own day ("14:05", or with its date when not today). Only a refresh makes data stale, so this loads
 * with the code that refreshes (./developing.ts).
 */
export function staleNote(words: ReaderText, since: number, now: number): string {
  return words.strings.staleData(formatClock(since, now, words.locale));
}
