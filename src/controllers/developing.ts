/**
 * What the element needs only once a story develops, loaded on demand (one chunk of the bundle, see
 * rollup.config.js `ON_DEMAND`): comparing one version of the data with the next, announcing updates,
 * and polling `src`. A timeline that is drawn once and never updated never downloads it.
 */
export { diffTimelines, hasChanges } from '../model/diff.js';
export { marksAfter } from '../model/changes.js';
export { Announcer } from './announcer.js';
export { conditionalRequest } from './conditional.js';
export { RefreshController } from './refresh.js';
