import { onDemand } from '../model/on-demand.js';

/**
 * The printed list, kept out of the first download and the first render: it loads when the browser
 * is idle after a timeline's first render is on screen, well before anyone prints, or at the latest when printing
 * starts. If it cannot load, the page prints as it shows on screen.
 */
export const printCode = onDemand(() => import('./print.js'), 'the printed list could not load; printing shows the timeline as on screen');

/** Loads the printed list once the first render is on screen and the browser has nothing else to do, then calls `then`. */
export function loadPrintWhenIdle(then: () => void): void {
  if (printCode.value) return;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  // Two frames: the first render has been painted; an idle moment between them would come too soon.
  requestAnimationFrame(() => requestAnimationFrame(() => idle(() => void printCode.load().then(then))));
}
