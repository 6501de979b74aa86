/**
 * What the element needs only once a story develops, loaded on demand (one chunk of the bundle, see
 * rollup.config.js `ON_DEMAND`): comparing one version of the data with the next, keeping the marks of
 * what changed and announcing it, keeping the reader's place on screen through an update, polling `src`,
 * the note that a refresh failed, and the styles of all these. A timeline that is drawn once and never
 * updated, without `remember`, never downloads it.
 */
export { MarkKeeper } from './mark-keeper.js';
export { developingStyles } from './developing-styles.js';
export { RefreshController } from './refresh.js';
export { refreshData, refreshFailed } from './refresh-source.js';
export { staleNote } from './stale-note.js';
