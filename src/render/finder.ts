import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineFilter } from '../model/search.js';
import type { NewsEventStatus } from '../model/types.js';
import type { Facets } from '../plan/facets.js';
import type { TimelineStrings } from '../strings.js';

/** The finder's state, decided by the element. */
export interface FinderContext {
  readonly strings: TimelineStrings;
  readonly query: string;
  readonly filter: TimelineFilter;
  readonly facets: Facets;
  /** Phones: the filters fold into one button. */
  readonly narrow: boolean;
  /** "2 of 9 events" while something narrows the events, else empty. */
  readonly count: string;
  /** Why the last jump found no date, else empty. */
  readonly jumpError: string;
  readonly onQuery: (query: string) => void;
  /** Built once the reader comes to the box, so their first keystroke finds the search ready. */
  readonly onSearchFocus: () => void;
  readonly onFilter: (filter: TimelineFilter) => void;
  readonly onJump: (text: string) => void;
}

type Facet = 'groups' | 'tags' | 'status';

/** One group of checkboxes, for a facet the data has more than one value of. */
function renderFacet(c: FinderContext, facet: Facet, legend: string, values: readonly { readonly value: string; readonly label: string }[]): TemplateResult | typeof nothing {
  if (values.length < 2) return nothing;
  const chosen = (c.filter[facet] ?? []) as readonly string[];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value);
    c.onFilter({ ...c.filter, [facet]: next });
  };
  return html`<fieldset part=${c.narrow ? nothing : 'filter'}><legend>${legend}</legend>${values.map(({ value, label }) => html`<label>
    <input type="checkbox" .checked=${chosen.includes(value)} data-facet=${facet} data-value=${value}
      @change=${(e: Event) => toggle(value, (e.target as HTMLInputElement).checked)}>${label}</label>`)}</fieldset>`;
}

/**
 * Search, filters, the count of matches and jump-to-date, in the header. The search box is a native
 * `<input type="search">`, so typing is never held up by the view it updates. Filters show only values
 * the data has, and a group only when there are two or more to choose from.
 */
export function renderFinder(c: FinderContext): TemplateResult {
  const { strings, facets, filter } = c;
  const facetGroups = [
    renderFacet(c, 'groups', strings.filterLanes, facets.lanes.map((l) => ({ value: l.id, label: l.label }))),
    renderFacet(c, 'tags', strings.filterTags, facets.tags.map((t) => ({ value: t, label: t }))),
    renderFacet(c, 'status', strings.filterStatus, facets.statuses.map((s: NewsEventStatus) => ({ value: s, label: strings.status[s] }))),
  ].filter((g) => g !== nothing);
  const chosen = (filter.groups?.length ?? 0) + (filter.tags?.length ?? 0) + (filter.status?.length ?? 0);
  // On phones the groups fold into one button that says how many values are chosen.
  const filters = c.narrow && facetGroups.length
    ? html`<details part="filter"><summary>${strings.filters}${chosen ? ` (${chosen})` : ''}</summary>${facetGroups}</details>`
    : facetGroups;
  return html`<div class="finder" role="search">
    <input type="search" class="search" part="search" aria-label=${strings.search} placeholder=${strings.search}
      .value=${c.query} @focus=${c.onSearchFocus} @input=${(e: Event) => c.onQuery((e.target as HTMLInputElement).value)}>
    ${filters}
    <span class="count" part="count">${c.count}</span>
    <form class="jump" part="jump" @submit=${(e: Event) => {
      e.preventDefault();
      c.onJump(((e.currentTarget as HTMLFormElement).elements.namedItem('date') as HTMLInputElement).value);
    }}>
      <input name="date" aria-label=${strings.jumpTo} placeholder="2023-07-11"
        aria-invalid=${c.jumpError ? 'true' : 'false'} aria-describedby="jump-error" autocomplete="off">
      <button type="submit" class="tool text">${strings.jumpGo}</button>
    </form>
    <p class="jump-error" id="jump-error" role="alert">${c.jumpError}</p>
  </div>`;
}

/** When nothing matches: says so, with a button that clears the search and the filters. */
export function renderNoMatch(strings: TimelineStrings, onClear: () => void): TemplateResult {
  return html`<div class="no-match" part="no-match">
    <p>${strings.noMatch}</p>
    <button type="button" class="tool text" part="clear" @click=${onClear}>${strings.clearSearch}</button>
  </div>`;
}
