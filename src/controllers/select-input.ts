import { readFormat, type TimelineFormat } from '../model/formats.js';
import type { TimelineInput } from '../model/types.js';
import type { InlineData } from './inline-data.js';
import type { SourceState } from './source.js';

/** The data to parse and its format, from whichever input the page used. */
export interface SelectedInput {
  /** Text or values for `parseTimeline`; `undefined` while there is nothing (yet) to parse. */
  readonly input: unknown;
  readonly format: TimelineFormat | null;
}

/**
 * Picks the element's data: `src` first (once loaded), then the `events` property, then a script
 * child, then a light-DOM list. A `format` attribute overrides what the source or script type says.
 */
export function selectInput(
  src: string | null,
  source: SourceState,
  events: TimelineInput | null,
  inline: InlineData | null,
  format: string | null,
): SelectedInput {
  const given = readFormat(format);
  if (src) return source.status === 'loaded' ? { input: source.content, format: given ?? source.format } : { input: undefined, format: given };
  if (events !== null && events !== undefined) return { input: events, format: given };
  if (inline?.kind === 'script') return { input: inline.text, format: given ?? (inline.type === 'text/csv' ? 'csv' : null) };
  if (inline?.kind === 'list') return { input: inline.events, format: 'json' };
  return { input: undefined, format: given };
}
