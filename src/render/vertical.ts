/**
 * Everything the vertical layout adds, as one module so the bundle can load it as one chunk
 * (see ./lazy-vertical.ts): the layout, the band of rows near the screen, and the list's template.
 */
export { layoutVertical, rowsInBand } from '../layout/vertical.js';
export { renderVerticalList } from './vertical-list.js';
export { verticalStyles } from './vertical-styles.js';
