import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyedList } from './keyed-list.js';
import { styleProps } from './styles-directive.js';
import type { VerticalEventRow, VerticalRow } from '../layout/vertical.js';
import type { TimelineEvent } from '../model/timeline.js';
import type { VerticalPlan } from '../plan/plan.js';
import { sameStop, type TabStop } from '../plan/tab-stop.js';
import { renderChangeMark, type EventListContext } from './event-list.js';
import { statusSwatch } from './legend.js';
import { markMatches } from './marks.js';
import { px } from './tenths.js';

/** What the vertical list needs besides the layout: the list context, and the card to open inline. */
export interface VerticalListContext extends EventListContext {
  readonly renderDetail: (event: TimelineEvent) => TemplateResult | typeof nothing;
}

/** A range as a bar along the spine; a point as its status shape. The bar's length comes from the layout. */
function renderMarker(row: VerticalEventRow, selected: boolean): TemplateResult {
  const box = 24;
  const h = Math.max(box, row.barLength + 10);
  const shape = row.barLength > 0
    ? svg`<rect class="mark ${row.status}" x="7" y="5" width="10" height=${row.barLength} rx="5"></rect>
      ${row.status === 'cancelled' ? svg`<line class="strike" x1="4" y1=${row.barLength + 5} x2="20" y2="5"></line>` : nothing}`
    : svg`<g transform="translate(5,5)">${statusSwatch(row.status)}</g>`;
  return html`<svg class="vmark lane-${row.lane % 8}" part="marker" width=${box} height=${h} aria-hidden="true">
    ${selected ? svg`<circle class="halo" cx="12" cy="12" r="11"></circle>` : nothing}${shape}
  </svg>`;
}

/**
 * The vertical timeline: the same ordered list of `part="event"` buttons as the horizontal one, in
 * date order, flowing down the page along a spine. Year headings, breaks and the "as reported" line
 * sit between events as hidden-from-list decorations (the buttons already say their dates). The
 * selected event's card opens right after it.
 */
export function renderVerticalList(plan: VerticalPlan, context: VerticalListContext): TemplateResult {
  const { layout, rows: window, tabStop, marks } = plan;
  const vars = { '--_spine': px(layout.spineX), '--_label-x': px(layout.labelX), '--_label-width': px(layout.labelWidth) };
  // A long list keeps the rows `window` in the DOM; the estimated space of the others pads it above and below.
  const [from, to] = window ?? [0, layout.rows.length];
  const pad = window ? { paddingTop: px(layout.offsets[from]!), paddingBottom: px(8 + layout.offsets[layout.rows.length]! - layout.offsets[to]!) } : {};
  const rows = Array.from({ length: to - from }, (_, i) => from + i);
  return html`<ol class="events vertical ${window ? 'virtual' : ''}" part="events" aria-label=${context.listName} style=${styleProps({ ...vars, ...pad })}>
    ${keyedList(rows, (i) => { const row = layout.rows[i]!; return row.kind === 'event' ? row.id : `${row.kind}-${i}`; },
      (i) => renderRow(layout.rows[i]!, context, tabStop, window !== null, marks))}
  </ol>`;
}

function renderRow(row: VerticalRow, context: VerticalListContext, stop: TabStop | null, windowed: boolean, marks: VerticalPlan['marks']): TemplateResult {
  const space = { marginTop: px(row.gapBefore), minHeight: px(row.height) };
  if (row.kind !== 'event') {
    return html`<li class="vrow ${row.kind}" part=${row.kind} aria-hidden="true" style=${styleProps(space)}>
      <span class="vrow-label">${row.label}</span>
    </li>`;
  }
  const event = context.events[row.index]!;
  const selected = event.id === context.selected;
  const mark = marks.get(event.id);
  // Windowed, the rows are one tab stop (arrows move through all of them); in full, each is its own.
  const tabindex = windowed ? (sameStop({ id: event.id }, stop) ? '0' : '-1') : nothing;
  return html`<li class="vrow" style=${styleProps(space)} aria-posinset=${windowed ? row.index + 1 : nothing}
    aria-setsize=${windowed ? context.events.length : nothing}>
    <button type="button" class="event ${mark ? `is-${mark}` : ''}" part="event" data-id=${event.id} tabindex=${tabindex}
      aria-expanded=${selected} aria-controls="detail" aria-label=${context.name(event) + (mark ? `, ${context.markText(mark)}` : '')}
      style=${styleProps({ minHeight: px(row.height) })} @click=${(e: MouseEvent) => context.onActivate(event, e.detail === 0)}>
      ${renderMarker(row, selected)}
      <span class="label" part="label">
        <span class="label-title">${markMatches(row.title, context.marks)}</span>
        <span class="label-date">${renderChangeMark(mark, context)}${row.dateText}</span>
        ${row.laneLabel ? html`<span class="label-lane lane-${row.lane % 8}">${row.laneLabel}</span>` : nothing}
        ${mark ? html`<span class="visually-hidden">, ${context.markText(mark)}</span>` : nothing}
      </span>
    </button>
    ${selected ? context.renderDetail(event) : nothing}
  </li>`;
}
