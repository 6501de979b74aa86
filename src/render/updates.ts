import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';

/**
 * An event's updates, in its card and on paper, in date order: the date, then what changed; a correction says so
 * first, in words as well as in style, so it is never mistaken for news.
 */
export function renderUpdates(event: TimelineEvent, words: ReaderText, headingId?: string): TemplateResult | typeof nothing {
  if (!event.updates.length) return nothing;
  const { strings } = words;
  // The card names its list by its heading; the printed list, with one per event, has no ids to share.
  return html`<p class="sources-title" id=${headingId ?? nothing}>${strings.updatesHeading}</p>
    <ol class="updates" part="updates" aria-labelledby=${headingId ?? nothing}>
      ${event.updates.map((update) => html`<li class=${update.kind}>
        ${update.kind === 'correction' ? html`<strong>${strings.correction}</strong>, ` : nothing}<span class="update-date">${words.date(update.date)}</span>: ${update.text}
      </li>`)}
    </ol>`;
}
