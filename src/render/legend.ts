import { html, nothing, svg, type TemplateResult } from 'lit';
import type { NewsEventStatus } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

const SWATCH: Record<NewsEventStatus, ReturnType<typeof svg>> = {
  confirmed: svg`<circle class="mark confirmed" cx="7" cy="7" r="6"></circle>`,
  expected: svg`<circle class="mark expected" cx="7" cy="7" r="6"></circle>`,
  disputed: svg`<path class="mark disputed" d="M7,-1L15,7L7,15L-1,7Z"></path>`,
  cancelled: svg`<circle class="mark cancelled" cx="7" cy="7" r="6"></circle><line class="strike" x1="0" y1="14" x2="14" y2="0"></line>`,
};

/** A status's marker shape in a 14 px box, coloured by the `lane-N` class around it. */
export const statusSwatch = (status: NewsEventStatus) => SWATCH[status];

/**
 * Explains what shapes, lines and colours mean, so neither status nor lane is told by colour alone:
 * status shapes (when the data uses more than plain confirmed events), the "as reported" line, and
 * each lane's colour (when there is more than one lane).
 */
export function renderLegend(
  statuses: ReadonlySet<NewsEventStatus>,
  asOfLabel: string | null,
  strings: TimelineStrings,
  lanes: readonly string[] = [],
): TemplateResult | typeof nothing {
  const shown = (['confirmed', 'expected', 'disputed', 'cancelled'] as const).filter((s) => statuses.has(s));
  const showStatuses = shown.length >= 2 || (shown.length === 1 && shown[0] !== 'confirmed');
  const showLanes = lanes.length > 1;
  if (!showStatuses && !asOfLabel && !showLanes) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${strings.legend}>
    ${showLanes
      ? lanes.map((lane, i) => html`<li part="legend-item" class="lane-key"><svg class="lane-${i % 8}" width="14" height="14" aria-hidden="true"><rect class="swatch" x="1" y="1" width="12" height="12" rx="3"></rect></svg>${lane}</li>`)
      : nothing}
    ${showStatuses ? shown.map((status) => html`<li part="legend-item"><svg width="14" height="14" aria-hidden="true">${SWATCH[status]}</svg>${strings.status[status]}</li>`) : nothing}
    ${asOfLabel
      ? html`<li part="legend-item" class="asof"><svg width="14" height="14" aria-hidden="true"><line x1="7" x2="7" y1="0" y2="14"></line></svg>${asOfLabel}</li>`
      : nothing}
  </ul>`;
}
