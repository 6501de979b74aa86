/** The printed list and its rules, as one module so the bundle loads them as one chunk (see ./lazy-print.ts). */
export { renderPrintList } from './print-list.js';
export { printStyles } from './print-styles.js';
