/**
 * Everything the vertical layout adds, as one module so the bundle can load it as one chunk
 * (see ./lazy-vertical.ts): the layout, the band of rows near the screen, the list's template, and
 * the words for the gaps it marks ("11 months").
 */
export { formatDuration } from '../model/format-duration.js';
export { layoutVertical, rowsInBand } from '../layout/vertical.js';
export { renderVerticalList } from './vertical-list.js';
export { verticalStyles } from './vertical-styles.js';
