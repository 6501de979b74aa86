import type { TimelineData } from './types.js';

/**
 * What `NewsTimeline.prepare` draws, hidden and only for a moment, to ready a page for its first timeline: three events of
 * the article's story, as examples/data/japan-nato-2022-2023.json has them with their sources (ids
 * `madrid-summit`, `kishida-no-plans-to-join`, `vilnius-summit`). Two lanes, two ranges, a day and an
 * expected event: the templates a first view uses most. Short titles, so no label is tucked away and
 * nothing loads on demand.
 */
export const REHEARSAL: TimelineData = {
  groups: [{ id: 'japan', label: 'Japan' }, { id: 'nato', label: 'NATO' }],
  events: [
    { start: '2022-06-28', end: '2022-06-30', title: 'Madrid summit: first Japanese PM at a NATO summit', group: 'nato' },
    { start: '2023-05-24', title: 'Kishida: Japan has no plans to join NATO', group: 'japan' },
    { start: '2023-07-11', end: '2023-07-12', title: 'NATO Vilnius summit (Kishida expected to attend)', group: 'nato', status: 'expected' },
  ],
};
