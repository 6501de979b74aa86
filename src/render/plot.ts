import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './styles-directive.js';
import { NOTHING_SHOWN, type HoverView } from '../layout/hover-view.js';
import type { ClusterLayout } from '../layout/layout.js';
import type { ChangeMark } from '../model/diff.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { Marker } from '../plan/narrow.js';
import type { TimelinePlan } from '../plan/plan.js';
import type { ReaderText } from '../plan/reader-text.js';
import { renderAxis, renderBand, renderChart } from './chart.js';
import { renderEmptyWindow } from './empty-window.js';
import { renderEventList } from './event-list.js';
import { renderVerticalList } from './vertical-list.js';

/** What the reader can do with the events: handlers kept from render to render, and the card to open inline. */
export interface PlotHandlers {
  readonly onActivate: (event: TimelineEvent, byKey: boolean) => void;
  readonly onOpenCluster: (cluster: ClusterLayout) => void;
  /** An event offered over an empty window, chosen: it is brought into view and focused. Without it (a graphic), no offer. */
  readonly onGoTo?: (event: TimelineEvent) => void;
  /** The selected event's card, which the vertical layout opens right under its event. */
  readonly renderDetail: () => TemplateResult | typeof nothing;
}

/**
 * Where clusters stand for events, a screen reader meets this before the events (and hears it again
 * as each cluster's description): how many are shown one by one, and that the list view has them all.
 */
const renderGroupedNote = (text: string) => html`<p class="visually-hidden" id="grouped-note">${text}</p>`;

/** Lanes scroll only up and down: focus that scrolls them sideways (to an event beyond the edge) is undone; panning shows it. */
const keepAtInlineStart = (event: Event): void => {
  const plot = event.currentTarget as HTMLElement;
  if (plot.scrollLeft !== 0) plot.scrollLeft = 0;
};

/**
 * The plot: the decorative drawing (in the horizontal mode) and, over it or in its place, the ordered
 * list of event buttons, in whichever form the plan chose. The `<svg>` and the plot are always
 * rendered, so the nodes gestures listen on are never replaced.
 */
export function renderPlot(plan: TimelinePlan, timeline: Timeline, words: ReaderText, selected: string | null, handlers: PlotHandlers, marks: Marker | null = null, hover: HoverView = NOTHING_SHOWN): TemplateResult {
  const { events } = timeline;
  const drawn = plan.mode === 'drawing' ? plan.layout : null;
  const context = {
    events,
    selected,
    dateText: (e: TimelineEvent) => words.dateLine(e),
    name: (e: TimelineEvent) => words.eventName(e, timeline),
    listName: words.strings.events,
    onActivate: handlers.onActivate,
    clusterLabel: (c: ClusterLayout) => words.clusterName(c, timeline),
    onOpenCluster: handlers.onOpenCluster,
    countText: (n: number) => words.compactCount(n),
    markText: (mark: ChangeMark) => words.mark(mark),
    renderDetail: handlers.renderDetail,
    marks,
    hover,
  };
  // Where the lanes scroll (a `height` too small for them), the band and the axis stay in view, and
  // focus scrolls an event clear of both.
  // Over an empty window the lanes hold a notice (empty-window.ts), which they grow to fit if they are
  // shorter: the plot is then as tall as what flows in it, the band, the lanes and the axis. Where the
  // lanes scroll, it stays in view under the band (`--_band`, the band's height).
  const empty = plan.mode === 'drawing' && handlers.onGoTo ? renderEmptyWindow(plan.empty, words, handlers.onGoTo) : nothing;
  const style = drawn ? { height: empty === nothing ? `${drawn.height}px` : null, '--_band': empty === nothing ? null : `${drawn.plotTop}px`, scrollPaddingBlock: `${drawn.plotTop}px ${drawn.height - drawn.plotBottom}px` } : {};
  return html`<div class="plot ${drawn ? 'drawn' : ''}" part="plot" style=${styleProps(style)} @scroll=${keepAtInlineStart}>
    <svg class="chart ${drawn ? '' : 'off'}" aria-hidden="true" width=${drawn?.width ?? 0} height=${drawn?.height ?? 0}>
      ${drawn ? renderChart(drawn, events, selected, plan.marks) : nothing}
    </svg>
    ${drawn?.clusters.length ? renderGroupedNote(words.grouped(drawn.items.length, events.length)) : nothing}
    ${events.length === 0 ? nothing : plan.mode === 'vertical' ? renderVerticalList(plan, context) : renderEventList(plan, context)}
    ${drawn
      ? html`<svg class="band" aria-hidden="true" width=${drawn.width} height=${drawn.plotTop}>${renderBand(drawn)}</svg>
        <div class="lanes-room" style=${styleProps({ minHeight: `${drawn.plotBottom - drawn.plotTop}px` })}>${empty}</div>
        <svg class="axis-box" aria-hidden="true" width=${drawn.width} height=${drawn.height - drawn.plotBottom}>${renderAxis(drawn)}</svg>`
      : nothing}
  </div>`;
}
