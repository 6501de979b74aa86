import { nothing, type TemplateResult } from 'lit';
import { onDemand } from '../model/on-demand.js';
import type { NewsMedia } from '../model/types.js';

/**
 * Media for the element's cards, kept out of its first download: most datasets have none. The code
 * loads as soon as a dataset with media is parsed, so it is in before a reader opens a card; until
 * then (or if it cannot load) a card shows its text and sources without the media.
 */
export const mediaCode = onDemand(() => import('./media.js'), 'the code that shows media in cards could not load');

/** An event's media in its card (see ./media.ts), or nothing while the code loads. */
export function renderMedia(value: NewsMedia, linkLabel: (host: string) => string): TemplateResult | typeof nothing {
  return mediaCode.value ? mediaCode.value.renderMedia(value, linkLabel) : nothing;
}
