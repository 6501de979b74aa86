import { onDemand } from '../model/on-demand.js';

/** The code of developing stories (./developing.ts), loaded the first time a timeline updates or polls. */
export const developingCode = onDemand(() => import('./developing.js'), "the code that compares versions of the data could not load; updates are shown without marks or announcements and without keeping the reader's place on screen, and src is not refreshed");
