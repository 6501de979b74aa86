import { html, nothing, svg, type TemplateResult } from 'lit';
import type { NewsEventStatus } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

const SWATCH: Record<NewsEventStatus, ReturnType<typeof svg>> = {
  confirmed: svg`<circle class="mark confirmed" cx="7" cy="7" r="6"></circle>`,
  expected: svg`<circle class="mark expected" cx="7" cy="7" r="6"></circle>`,
  disputed: svg`<path class="mark disputed" d="M7,-1L15,7L7,15L-1,7Z"></path>`,
  cancelled: svg`<circle class="mark cancelled" cx="7" cy="7" r="6"></circle><line class="strike" x1="0" y1="14" x2="14" y2="0"></line>`,
};

/**
 * Explains what shapes and lines mean, so status is never told by colour alone. Shown only when the
 * data uses more than plain confirmed events.
 */
export function renderLegend(statuses: ReadonlySet<NewsEventStatus>, asOfLabel: string | null, strings: TimelineStrings): TemplateResult | typeof nothing {
  const shown = (['confirmed', 'expected', 'disputed', 'cancelled'] as const).filter((s) => statuses.has(s));
  if (shown.length < 2 && !(shown.length === 1 && shown[0] !== 'confirmed') && !asOfLabel) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${strings.legend}>
    ${shown.map((status) => html`<li><svg width="14" height="14" aria-hidden="true">${SWATCH[status]}</svg>${strings.status[status]}</li>`)}
    ${asOfLabel
      ? html`<li class="asof"><svg width="14" height="14" aria-hidden="true"><line x1="7" x2="7" y1="0" y2="14"></line></svg>${asOfLabel}</li>`
      : nothing}
  </ul>`;
}
