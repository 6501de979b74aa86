import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimelineLayout } from '../layout/layout.js';
import type { TimelineEvent } from '../model/timeline.js';

/** What the event list needs besides the layout. */
export interface EventListContext {
  readonly events: readonly TimelineEvent[];
  readonly selected: string | null;
  /** The one event in the tab order (roving tabindex); the arrow keys move it. */
  readonly tabStop: string | null;
  /** Status and lane, read after the visible label: "Expected. NATO." */
  readonly describe: (event: TimelineEvent) => string;
  readonly onActivate: (event: TimelineEvent) => void;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * The events as an ordered list of real buttons, in date order: what keyboards and screen readers
 * use. With a layout, each button is placed over its marker; without one (before the element knows its
 * width, on the server, in list view) the same buttons sit in flow, one event per line. It is one
 * template either way, so the buttons survive the switch: focus stays put and server-rendered markup
 * hydrates without being rebuilt. Each button's text is its visible label, so the accessible name
 * matches what sighted readers see. styleMap sets positions through CSSOM, which strict CSP allows.
 */
export function renderEventList(layout: TimelineLayout | null, context: EventListContext, dateText: (event: TimelineEvent) => string): TemplateResult {
  const { events, selected } = context;
  return html`<ol class="events ${layout ? '' : 'plain'}" part="events">
    ${repeat(events, (e) => e.id, (event, i) => {
      const item = layout?.items[i];
      const hit = item?.hit;
      const label = item?.label;
      return html`<li>
        <button
          type="button"
          class="event"
          part="event"
          data-id=${event.id}
          aria-expanded=${event.id === selected ? 'true' : 'false'}
          aria-controls="detail"
          tabindex=${event.id === context.tabStop ? '0' : '-1'}
          style=${styleMap(hit ? { left: px(hit.x), top: px(hit.y), width: px(hit.width), height: px(hit.height) } : {})}
          @click=${() => context.onActivate(event)}
        >
          <span
            class="label ${label?.side ?? ''} ${item && !item.labelVisible ? 'tucked' : ''}"
            part="label"
            style=${styleMap(hit && label ? { left: px(label.x - hit.x), top: px(label.y - hit.y), width: px(label.width), height: px(label.height) } : {})}
          >
            <span class="label-title ${label && label.titleLines > 1 ? 'wrap' : ''}">${item?.title ?? event.title}</span>
            <span class="label-date">${item?.dateText ?? dateText(event)}</span>
            <span class="visually-hidden">${context.describe(event)}</span>
          </span>
        </button>
      </li>`;
    })}
  </ol>`;
}
