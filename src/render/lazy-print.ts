import { onDemand } from '../model/on-demand.js';

/**
 * The printed list, kept out of the first download and the first render: it loads when the browser
 * is idle after a timeline's first render, well before anyone prints, or at the latest when printing
 * starts. If it cannot load, the page prints as it shows on screen.
 */
export const printCode = onDemand(() => import('./print.js'), 'the printed list could not load; printing shows the timeline as on screen');

/** Loads the printed list once the browser has nothing else to do, then calls `then`. */
export function loadPrintWhenIdle(then: () => void): void {
  if (printCode.value) return;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void printCode.load().then(then));
}
