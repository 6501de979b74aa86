import { onDemand } from '../model/on-demand.js';
import type * as Vertical from './vertical.js';

/** The vertical layout's code and rules (./vertical.ts). */
export type VerticalModule = typeof Vertical;

/**
 * The vertical layout for the element, kept out of its first download: wide screens never run it.
 * It loads as soon as an element could need it (a narrow viewport, or `orientation="vertical"`), which
 * on a phone is while the data is still on its way. Until it is in, the element shows the plain list,
 * which also stays if it cannot load.
 */
export const verticalCode = onDemand(() => import('./vertical.js'), 'the vertical layout could not load; showing the events as a list');
