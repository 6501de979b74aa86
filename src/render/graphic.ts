import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './styles-directive.js';
import type { Timeline } from '../model/timeline.js';
import type { TimelinePlan } from '../plan/plan.js';
import type { ReaderText } from '../plan/reader-text.js';
import { renderLegend } from './legend.js';
import { renderPlot, type PlotHandlers } from './plot.js';

/** A graphic is not read with a pointer or keys: its events do nothing. */
const INERT: PlotHandlers = { onActivate: () => {}, onOpenCluster: () => {}, renderDetail: () => nothing };

/**
 * The timeline as a graphic to publish (what `toSVG()` and `toPNG()` write): its title, the legend,
 * the drawing with its axis and "as reported" line, and a credit line. No control, no card, no
 * notice: nothing a reader of an image could not use. With a `height`, it is exactly that tall.
 */
export function renderGraphic(plan: TimelinePlan, timeline: Timeline, words: ReaderText, title: string | null, height: number | null): TemplateResult {
  const { statuses } = words.headerFor(timeline);
  const credit = words.credit(timeline);
  return html`<section class="timeline graphic" style=${styleProps({ height: height === null ? null : `${height}px` })}>
    <div class="header">
      ${title ? html`<p class="title">${title}</p>` : nothing}
      ${renderLegend(statuses, timeline.asOf ? words.asOf(timeline.asOf) : null, words.strings, words.laneNames(timeline))}
    </div>
    ${renderPlot(plan, timeline, words, null, INERT)}
    ${credit ? html`<p class="credit">${credit}</p>` : nothing}
  </section>`;
}
