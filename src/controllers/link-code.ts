import { onDemand } from '../model/on-demand.js';

/**
 * Deep links (./deep-link.ts: the selection, search and filters in the URL's fragment), loaded on demand
 * (one chunk of the bundle, see rollup.config.js `ON_DEMAND`) the first time a timeline has `deep-link`:
 * most pages never set it. If it cannot load, the timeline works as without `deep-link`.
 */
export const linkCode = onDemand(() => import('./deep-link.js'), 'the code of deep links could not load; the selection, search and filters are neither read from the link nor written to it');
