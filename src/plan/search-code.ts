import { onDemand } from '../model/on-demand.js';
import type { TimelineFilter } from '../model/search.js';

/**
 * The search and filter step (./narrow.ts and the matcher it uses), loaded the first time a reader
 * comes to the search box or a page sets a query or filter: most readers never search, and the
 * one-file bundle keeps within its budget.
 */
export const searchCode = onDemand(() => import('./narrow.js'), 'the search could not load; every event stays shown');

/** Whether a query or a filter asks to narrow the events (cheap enough for every update, without the chunk). */
export function narrows(query: string | null, filter: TimelineFilter | null): boolean {
  return !!(query?.trim() || filter?.groups?.length || filter?.tags?.length || filter?.status?.length);
}
