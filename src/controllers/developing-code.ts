import { unsafeCSS, type CSSResult, type ReactiveElement } from 'lit';
import { onDemand } from '../model/on-demand.js';
import { addStyles } from './added-styles.js';

/** The code of developing stories (./developing.ts), loaded the first time a timeline updates or polls. */
export const developingCode = onDemand(() => import('./developing.js'), "the code that compares versions of the data could not load; updates are shown without marks or announcements and without keeping the reader's place on screen, and src is not refreshed");

let styles: CSSResult | null = null;

/**
 * The code of developing stories for `host`: `null` until it is in (or if it could not load), then with
 * its styles adopted by `host`. Everything that draws with it gets it here, so its marks and notes are
 * never drawn unstyled.
 */
export function developingFor(host: ReactiveElement): typeof developingCode.value {
  const code = developingCode.value;
  if (code) addStyles(host, (styles ??= unsafeCSS(code.developingStyles)));
  return code;
}
