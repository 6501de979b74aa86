import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyedList } from './keyed-list.js';
import { styleProps } from './styles-directive.js';
import type { HoverView } from '../layout/hover-view.js';
import type { ClusterLayout, DrawnUnit, EventLayout } from '../layout/layout.js';
import type { ChangeMark } from '../model/diff.js';
import type { TimelineEvent } from '../model/timeline.js';
import type { Marker } from '../plan/narrow.js';
import type { DrawingPlan, ListPlan } from '../plan/plan.js';
import { sameStop, type TabStop } from '../plan/tab-stop.js';
import { markMatches } from './marks.js';
import { px } from './tenths.js';

/** What the event list needs besides the plan. */
export interface EventListContext {
  readonly events: readonly TimelineEvent[];
  readonly selected: string | null;
  /** The date line under a title. */
  readonly dateText: (event: TimelineEvent) => string;
  /** An event button's accessible name: title, a pause, date line and lane, as the data writes them. */
  readonly name: (event: TimelineEvent) => string;
  /** The list's accessible name. */
  readonly listName: string;
  /**
   * Kept from render to render (a unit that has not changed is not rendered again, so it keeps the
   * handler it had). `byKey` for Enter or Space, after which focus has just said the event's name.
   */
  readonly onActivate: (event: TimelineEvent, byKey: boolean) => void;
  /** A cluster's accessible name, e.g. "23 events, 3–9 June 1995, Politics. Zoom in to see them." */
  readonly clusterLabel: (cluster: ClusterLayout) => string;
  /** Kept from render to render, like `onActivate`. */
  readonly onOpenCluster: (cluster: ClusterLayout) => void;
  /** A count as the locale writes it short: 86, 1.2K, 12K. */
  readonly countText: (count: number) => string;
  /** What a "New" or "Updated" mark says. */
  readonly markText: (mark: ChangeMark) => string;
  /** Marks the reader's search words in labels; `null` without a search. */
  readonly marks: Marker | null;
  /** The tucked labels shown now by hover or focus: where they go, and the labels they hide. */
  readonly hover: HoverView;
}

/**
 * The "New" or "Updated" mark on an event the reader has not seen yet, at the start of its date line: it
 * moves no label (a long date gives way, cut short, until the mark goes). The button's name already ends
 * with the mark's word, in its hidden description, so the mark itself is not read twice.
 */
export function renderChangeMark(mark: ChangeMark | undefined, context: EventListContext): TemplateResult | typeof nothing {
  return mark ? html`<span class="change ${mark}" part="change" aria-hidden="true">${context.markText(mark)}</span>` : nothing;
}

type Unit = DrawnUnit | { readonly index: number };

/**
 * A timeline of up to this many events keeps each unit that leaves its drawing in the list, hidden (see
 * `keyedList`): a zoom out brings them back without their labels laid out again (10 events: about 2 ms
 * of a 13 ms zoom out). A larger one sets them aside out of the document: marking units in place costs
 * more than taking them out, and in its pans most never come back (1,000 events held: pans 2–4 ms
 * slower). A held unit is about a dozen nodes, well inside the shadow root's node budget. The styles
 * hide its item with `content-visibility: hidden`: its content is neither seen, focused nor clicked, and
 * its layout is kept (`visibility: hidden` as well cost a millisecond a zoom); a browser without it
 * drops the item (`display: none`), and its layout with it.
 */
const HELD = 50;

/**
 * The events as an ordered list of real buttons, in date order: what keyboards and screen readers
 * use. With a layout, the list holds what is drawn, each button placed over its marker or cluster;
 * without one (before the element knows its width, on the server, in list view) the buttons sit in
 * flow, one event per line, and a long list keeps only the rows near the screen (`window`). Rows
 * say their place in the whole (`aria-posinset` of `aria-setsize`) whenever the list is partial.
 * It is one template either way, so buttons survive the switch: focus stays put and server-rendered
 * markup hydrates without being rebuilt. A button's name holds its visible label, with the pauses and
 * the lane a listener needs ("Title, date, Lane"). styleProps sets positions through CSSOM, which strict CSP allows.
 */
export function renderEventList(plan: DrawingPlan | ListPlan, context: EventListContext): TemplateResult {
  const { events } = context;
  const total = events.length;
  const layout = plan.mode === 'drawing' ? plan.layout : null;
  const rows = plan.mode === 'list' ? plan.rows : null;
  const flow = plan.mode === 'list' ? plan.flow : null;
  const units: readonly Unit[] = plan.mode === 'drawing' ? plan.units : (rows ?? events.map((_, i) => i)).map((index) => ({ index }));
  const partial = layout ? layout.items.length < total : rows !== null;
  const { tabStop, marks } = plan;
  return html`<ol class="events ${layout ? '' : 'plain'} ${rows ? 'virtual' : ''}" part="events" aria-label=${context.listName}
    style=${styleProps(flow ? flowPadding(flow) : layout ? { transform: `translateX(${px(layout.origin)})` } : {})}>
    ${keyedList(units, unitKey(events), (u) => 'cluster' in u
      ? renderCluster(u.cluster, layout!.origin, context, tabStop)
      : 'item' in u
        ? renderEvent(events[u.item.index]!, u.item, layout!.origin, context, tabStop, partial ? u.item.index : null, total, null, marks)
        : renderEvent(events[u.index]!, null, 0, context, tabStop, partial ? u.index : null, total, flow && (u.index < flow.from || u.index >= flow.to) ? flow.offsets[u.index]! : null, marks),
    // A list in flow holds none: a hidden row there would still take its place in the flow.
    layout && total <= HELD ? HELD : 0)}
  </ol>`;
}

/** A long list's rows flow between the room the rows before and after them would take. */
function flowPadding({ offsets, from, to }: NonNullable<ListPlan['flow']>) {
  return { paddingTop: px(offsets[from]!), paddingBottom: px(offsets[offsets.length - 1]! - offsets[to]!) };
}

/** A box's place as style: its left, top, width and height, in that order, as `px` wrote them. */
const box = ([left, top, width, height]: readonly string[]) => ({ left, top, width, height });

/** Events keep their id as key whether placed or in flow, so their buttons survive the switch. */
const unitKey = (events: readonly TimelineEvent[]) => (u: Unit) =>
  'cluster' in u ? `\u0000${u.cluster.key}` : 'item' in u ? u.item.id : events[u.index]!.id;

function renderEvent(
  event: TimelineEvent, item: EventLayout | null, origin: number, context: EventListContext, tabStop: TabStop | null,
  position: number | null, total: number, rowTop: number | null, marks: ReadonlyMap<string, ChangeMark>,
): unknown {
  const hit = item?.hit;
  const tucked = item !== null && !item.labelVisible;
  // A tucked label shown now goes where hover-labels.ts found room; the others wait, hidden, by their markers.
  const shown = tucked ? context.hover.places.get(event.id) : undefined;
  // Once hover and focus are followed, a tucked label is made only when it shows (see HoverView.followed).
  const drawn = !tucked || shown !== undefined || !context.hover.followed;
  const label = shown?.label ?? item?.label;
  // The name is given, not taken from the label: a tucked label is not laid out until hover or focus
  // shows it (display: none), and the spans' text would run title and date together.
  const mark = marks.get(event.id);
  const name = context.name(event) + (mark ? `, ${context.markText(mark)}` : '');
  const title = item?.title ?? event.title;
  const date = item?.dateText ?? context.dateText(event);
  const place = hit ? [px(hit.x - origin), px(hit.y), px(hit.width), px(hit.height)] as const : null;
  const labelPlace = hit && label ? [px(label.x - hit.x), px(label.y - hit.y), px(label.width), px(label.height)] as const : null;
  const labelClass = `label ${label?.side ?? ''} ${tucked ? 'tucked' : ''} ${context.hover.covered.has(event.id) ? 'covered' : ''}`;
  // The way joining a shown label to its marker keeps the pointer on the event on its way onto the label;
  // it is drawn inside the button, so a pan that moves it leaves the button itself untouched.
  const bridge = hit && shown ? [px(shown.bridge.x - hit.x), px(shown.bridge.y - hit.y), px(shown.bridge.width), px(shown.bridge.height), `polygon(${shown.bridge.points.map(([x, y]) => `${px(x)} ${px(y)}`).join(',')})`] as const : null;
  const dismissed = context.hover.dismissed.has(event.id);
  const wrap = (item?.label.titleLines ?? 1) > 1;
  const expanded = event.id === context.selected;
  const stop = sameStop({ id: event.id }, tabStop);
  // Most units are the same from one pan frame to the next (placed relative to the layout's origin):
  // those are not rendered again at all. Every value the template reads is a dependency.
  return guard([event, position, total, rowTop, place?.join(), labelPlace?.join(), bridge?.join(), labelClass, drawn, dismissed, wrap, title, date, name, expanded, stop, mark, context.onActivate, context.marks], () =>
    html`<li aria-posinset=${position === null ? nothing : position + 1} aria-setsize=${position === null ? nothing : total}
    class=${rowTop === null ? '' : 'away'} style=${styleProps(place ? box(place) : rowTop === null ? {} : { top: px(rowTop) })}>
    <button
      type="button"
      class="event ${mark ? `is-${mark}` : ''} ${tucked ? 'tucked' : ''} ${shown ? 'shown' : ''}"
      part="event"
      data-id=${event.id}
      data-dismissed=${dismissed ? '' : nothing}
      aria-expanded=${expanded}
      aria-controls="detail"
      aria-label=${name}
      tabindex=${stop ? '0' : '-1'}
      @click=${(e: MouseEvent) => context.onActivate(event, e.detail === 0)}
    >
      ${bridge ? html`<span class="bridge" style=${styleProps({ ...box(bridge), clipPath: bridge[4] })}></span>` : nothing}
      ${drawn ? html`<span
        class=${labelClass}
        part="label"
        style=${styleProps(labelPlace ? box(labelPlace) : {})}
      >
        <span class="label-title ${wrap ? 'wrap' : ''}">${markMatches(title, context.marks)}</span>
        <span class="label-date">${renderChangeMark(mark, context)}${date}</span>
      </span>` : nothing}
    </button>
  </li>`);
}

/** A cluster's button sits over its mark and shows the count; its name says what it holds and does. */
function renderCluster(cluster: ClusterLayout, origin: number, context: EventListContext, tabStop: TabStop | null): unknown {
  const { hit } = cluster;
  const place = [px(hit.x - origin), px(hit.y), px(hit.width), px(hit.height)] as const;
  const name = context.clusterLabel(cluster);
  const count = context.countText(cluster.count);
  const stop = sameStop({ cluster: cluster.key }, tabStop);
  return guard([cluster.key, cluster.count, cluster.first, cluster.last, cluster.lane, place.join(), name, count, stop, context.onOpenCluster], () =>
    html`<li style=${styleProps(box(place))}>
    <button type="button" class="cluster lane-${cluster.lane % 8}" part="cluster" data-cluster=${cluster.key}
      data-count=${cluster.count} data-first=${cluster.first}
      aria-label=${name} aria-describedby="grouped-note" tabindex=${stop ? '0' : '-1'}
      @click=${() => context.onOpenCluster(cluster)}>${count}</button>
  </li>`);
}

