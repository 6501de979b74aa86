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
  /** "2 of 9 events" while something narrows the events, else empty. */
  readonly count: string;
  /** Why the last jump found no date, else empty. */
  readonly jumpError: string;
  /** The filters' panel has been opened: its checkboxes are made from then on, not in every first render. */
  readonly filtersOpened: boolean;
  readonly onFiltersOpen: () => void;
  readonly onQuery: (query: string) => void;
  /** Built once the reader comes to the box, so their first keystroke finds the search ready. */
  readonly onSearchFocus: () => void;
  readonly onFilter: (filter: TimelineFilter) => void;
  readonly onJump: (text: string) => void;
}

type Facet = 'groups' | 'tags' | 'status';

/** One group of checkboxes, for a facet the data has more than one value of. */
function renderFacet(c: FinderContext, facet: Facet, legend: string, values: readonly { readonly value: string; readonly label: string }[]): TemplateResult | null {
  if (values.length < 2) return null;
  const chosen = (c.filter[facet] ?? []) as readonly string[];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value);
    c.onFilter({ ...c.filter, [facet]: next });
  };
  return html`<fieldset><legend>${legend}</legend>${values.map(({ value, label }) => html`<label>
    <input type="checkbox" .checked=${chosen.includes(value)} data-facet=${facet} data-value=${value}
      @change=${(e: Event) => toggle(value, (e.target as HTMLInputElement).checked)}>${label}</label>`)}</fieldset>`;
}

/** Escape closes the filters and gives focus back to their button (and goes no further: it is not the timeline's). */
function closeOnEscape(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')!.focus();
}

/**
 * Search, filters, the count of matches and jump-to-date, on the header's first line beside the
 * toolbar, so the header is no taller than without them. The search box is a native
 * `<input type="search">`, so typing is never held up by the view it updates. The filters fold into
 * one button whose panel opens under the line; a group shows only when the data has two or more values
 * to choose from, and the button only when some group does. The checkboxes are made once the panel is
 * first opened: a first render that made them for nothing took 1.5 to 3 ms longer (10 events, the article).
 */
export function renderFinder(c: FinderContext): TemplateResult {
  const { strings, facets, filter } = c;
  const groups = [
    renderFacet(c, 'groups', strings.filterLanes, facets.lanes.map((l) => ({ value: l.id, label: l.label }))),
    renderFacet(c, 'tags', strings.filterTags, facets.tags.map((t) => ({ value: t, label: t }))),
    renderFacet(c, 'status', strings.filterStatus, facets.statuses.map((s: NewsEventStatus) => ({ value: s, label: strings.status[s] }))),
  ].filter((g) => g !== null);
  const chosen = (filter.groups?.length ?? 0) + (filter.tags?.length ?? 0) + (filter.status?.length ?? 0);
  // No search landmark: a page may show the same story twice (themes, languages), and landmarks must differ by name.
  return html`<div class="finder">
    <input type="search" class="search" part="search" aria-label=${strings.search} placeholder=${strings.search}
      .value=${c.query} @focus=${c.onSearchFocus} @input=${(e: Event) => c.onQuery((e.target as HTMLInputElement).value)}>
    ${groups.length
      // The click comes before the panel opens, so its groups are there when it does; a script or find in page opening it sends the toggle.
      ? html`<details part="filter" @keydown=${closeOnEscape} @toggle=${c.onFiltersOpen}><summary @click=${c.onFiltersOpen}>${strings.filters}${chosen ? ` (${chosen})` : ''}</summary><div class="filter-panel">${c.filtersOpened ? groups : nothing}</div></details>`
      : nothing}
    <span class="count" part="count">${c.count}</span>
    <form class="jump" part="jump" @submit=${(e: Event) => {
      e.preventDefault();
      c.onJump(((e.currentTarget as HTMLFormElement).elements.namedItem('date') as HTMLInputElement).value);
    }}>
      <input name="date" aria-label=${strings.jumpTo} placeholder=${facets.jumpExample}
        aria-invalid=${c.jumpError !== ''} aria-describedby="jump-error" autocomplete="off">
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
