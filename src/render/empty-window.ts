import { html, nothing } from 'lit';
import type { TimelineEvent } from '../model/timeline.js';
import type { DrawingPlan } from '../plan/plan.js';
import type { ReaderText } from '../plan/reader-text.js';

/**
 * Over a window with no event: says so, and offers the nearest event before and after it; choosing
 * one brings it into view and focuses it. Screen readers hear the same once the zoom or pan settles.
 *
 * It is drawn in the drawing's empty lanes (plot.ts): it takes no room of its own, so a zoom or pan into
 * an empty stretch moves nothing under the timeline, and a wheel or a drag over it still zooms or pans.
 * Lanes shorter than it grow to fit it.
 */
export function renderEmptyWindow(empty: DrawingPlan['empty'], words: ReaderText, onGo: (event: TimelineEvent) => void): unknown {
  if (!empty) return nothing;
  return html`<div class="empty-window" part="empty-window">
    <div class="empty-offers">
      <p>${words.strings.noEvents(empty.dates)}</p>
      ${empty.offers.map(({ event, text }) => html`<button type="button" class="tool" @click=${() => onGo(event)}>${text}</button>`)}
    </div>
  </div>`;
}
