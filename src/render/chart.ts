import { nothing, svg, type SVGTemplateResult } from 'lit';
import { keyedList } from './keyed-list.js';
import type { EventLayout, TimelineLayout } from '../layout/layout.js';
import { TIMELINE_METRICS as M } from '../layout/metrics.js';
import type { ChangeMark } from '../model/diff.js';
import type { TimelineEvent } from '../model/timeline.js';
import type { NewsEventStatus } from '../model/types.js';
import { tenth } from './tenths.js';

/** Height of a cluster's mark, which its button's count sits on. */
const CLUSTER_HEIGHT = 20;

/**
 * The decorative drawing across the lanes: eras, grid, lanes, the "as reported" line and markers.
 * Everything a reader needs is also in the event list, so the SVG is aria-hidden. Positions come
 * from the layout; nothing is computed here. The band above the lanes and the axis under them are
 * drawn apart (see `renderBand` and `renderAxis`), so both stay in view when the lanes scroll.
 */
export function renderChart(layout: TimelineLayout, events: readonly TimelineEvent[], selected: string | null, marks: ReadonlyMap<string, ChangeMark>): SVGTemplateResult {
  // Clusters and markers sit in a group moved to the layout's origin, like the event list: a pan moves the group.
  const { origin, asOf, plotTop, plotBottom } = layout;
  return svg`
    ${layout.eras.map((era) => svg`<g class="era" part="era">
      <rect x=${era.x0} y=${plotTop} width=${Math.max(0, era.x1 - era.x0)} height=${plotBottom - plotTop}></rect>
    </g>`)}
    <path class="grid" d=${layout.axis.ticks.map((t) => `M${t.x},${plotTop}V${layout.axis.y}`).join('')}></path>
    ${layout.lanes.map((lane, i) => svg`<g class="lane">
      ${i > 0 ? svg`<line class="lane-rule" x1="0" x2=${layout.width} y1=${lane.top - M.laneGap / 2} y2=${lane.top - M.laneGap / 2}></line>` : null}
      ${lane.label ? svg`<text class="lane-label lane-${i % 8}" part="lane-label" x=${lane.labelX} y=${lane.labelY} text-anchor=${lane.labelAnchor}>${lane.label}</text>` : null}
    </g>`)}
    ${asOf ? svg`<g class="asof" part="as-of">
      ${asOf.segments.map(([y1, y2]) => svg`<line x1=${asOf.x} x2=${asOf.x} y1=${y1} y2=${y2}></line>`)}
    </g>` : null}
    <g transform="translate(${tenth(layout.origin)},0)">
      ${keyedList(layout.clusters, (c) => c.key, (c) => svg`<rect class="cluster-mark lane-${c.lane % 8}" x=${tenth(c.x0 - origin)} y=${c.y - CLUSTER_HEIGHT / 2} width=${tenth(c.x1 - c.x0)} height=${CLUSTER_HEIGHT} rx=${CLUSTER_HEIGHT / 2}></rect>`)}
      ${keyedList(layout.items, (item) => item.id, (item) => renderMark(item, origin, events[item.index]!.status, item.id === selected, marks.get(item.id) === 'new'))}
    </g>
  `;
}

/** The band above the lanes, on the element's background: era names and the "as reported" label, where its line starts. */
export function renderBand(layout: TimelineLayout): SVGTemplateResult {
  const { asOf, plotTop } = layout;
  return svg`<rect class="band-ground" width=${layout.width} height=${plotTop}></rect>
    ${layout.eras.map((era) => svg`<g class="era" part="era">
      <rect x=${era.x0} y="0" width=${Math.max(0, era.x1 - era.x0)} height=${plotTop}></rect>
      ${era.labelVisible ? svg`<text x=${era.x0 + 6} y="16">${era.title}</text>` : null}
    </g>`)}
    ${asOf ? svg`<g class="asof" part="as-of">
      <line x1=${asOf.x} x2=${asOf.x} y1=${asOf.top} y2=${plotTop}></line>
      <text x=${asOf.anchor === 'start' ? asOf.x + 6 : asOf.x - 6} y="16" text-anchor=${asOf.anchor}>${asOf.label}</text>
    </g>` : null}`;
}

/**
 * The time axis, in its own box under the lanes: its line is the box's top edge. The tick marks are one
 * path and each label one text, not a group per tick: the axis is redrawn on every pan and zoom step.
 */
export function renderAxis(layout: TimelineLayout): SVGTemplateResult {
  const y = 0.5;
  const xs = layout.axis.ticks.map((t) => Math.round(t.x) + 0.5);
  return svg`<g class="axis" part="axis">
    <rect class="band-ground" width=${layout.width} height=${M.axisHeight}></rect>
    <path class="axis-line" d=${`M0,${y}H${layout.width}${xs.map((x) => `M${x},${y}v6`).join('')}`}></path>
    ${layout.axis.ticks.map((t, i) => svg`<text class="tick" x=${xs[i]} y=${y + 9} dy="0.71em" text-anchor=${t.anchor}>${t.label}</text>`)}
  </g>`;
}

/** A marker's shape encodes status as well as its colour does: filled, hollow dashed, diamond, struck through. */
function renderMark(item: EventLayout, origin: number, status: NewsEventStatus, selected: boolean, arrived: boolean): SVGTemplateResult {
  const mark: Mark = { x0: tenth(item.x0 - origin), x1: tenth(item.x1 - origin), y: item.y, r: item.radius };
  const { x0, x1, y, r } = mark;
  const range = x1 - x0 >= 1;
  const strike = status === 'cancelled'
    ? svg`<line class="strike" x1=${x0 - r - 2} y1=${y + r + 2} x2=${x1 + r + 2} y2=${y - r - 2}></line>`
    : null;
  const halo = selected
    ? range
      ? svg`<rect class="halo" x=${x0 - M.barHeight / 2 - 4} y=${y - M.barHeight / 2 - 4} width=${x1 - x0 + M.barHeight + 8} height=${M.barHeight + 8} rx=${M.barHeight / 2 + 4}></rect>`
      : svg`<circle class="halo" cx=${x0} cy=${y} r=${r + 5}></circle>`
    : null;
  // Most markers are one shape: it carries the part itself, one element per event fewer in the DOM.
  // A new event's marker fades in where it belongs (without reduced motion; see the styles).
  const lane = `marker lane-${item.lane % 8}${arrived ? ' arrived' : ''}`;
  if (!halo && !strike) return markShape(mark, status, range, `${lane} `, 'marker');
  return svg`<g part="marker" class=${lane}>${halo}${markShape(mark, status, range, '', null)}${strike}</g>`;
}

/** Where a marker is drawn, in the group moved to the layout's origin. */
interface Mark { readonly x0: number; readonly x1: number; readonly y: number; readonly r: number }

/** The marker's shape by status; `part` is set when the shape stands alone as the event's marker. */
function markShape({ x0, x1, y, r }: Mark, status: NewsEventStatus, range: boolean, extra: string, part: 'marker' | null): SVGTemplateResult {
  const cls = `${extra}mark ${status}`;
  if (range) {
    const h = M.barHeight;
    return svg`<rect part=${part ?? nothing} class=${cls} x=${x0 - h / 2} y=${y - h / 2} width=${x1 - x0 + h} height=${h} rx=${h / 2}></rect>`;
  }
  if (status === 'disputed') {
    const d = r * 1.35;
    return svg`<path part=${part ?? nothing} class=${cls} d="M${x0},${y - d}L${x0 + d},${y}L${x0},${y + d}L${x0 - d},${y}Z"></path>`;
  }
  return svg`<circle part=${part ?? nothing} class=${cls} cx=${x0} cy=${y} r=${r}></circle>`;
}
