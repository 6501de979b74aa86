import type { NewsEventStatus } from './model/types.js';

/**
 * Every piece of interface text the element shows or announces, in one place so a page can
 * replace any of them (and so other languages have one table to fill).
 */
export interface TimelineStrings {
  readonly status: Readonly<Record<NewsEventStatus, string>>;
  /** "Timeline of 7 events from February 2022 to July 2023, in 3 lanes." */
  readonly summary: (count: number, from: string, to: string, lanes: number) => string;
  /** The label of the "as reported" line. */
  readonly asOf: (date: string) => string;
  /** How an expected event's status reads in its card. */
  readonly statusAsOf: (status: string, date: string) => string;
  readonly loading: string;
  readonly empty: string;
  readonly loadFailed: (src: string, reason: string) => string;
  readonly issuesHeading: (errors: number, warnings: number) => string;
  readonly close: string;
  readonly sources: string;
  /** A link to media that is not an image (a video, a post), opened only when the reader asks. */
  readonly openMedia: (host: string) => string;
  readonly ungrouped: string;
  readonly legend: string;
  /** The toolbar: its name, zoom buttons, list toggle and story steps. */
  readonly controls: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly listView: string;
  readonly previous: string;
  readonly next: string;
  /** "3 of 12", beside the story steps. */
  readonly position: (index: number, count: number) => string;
  /** What a screen reader hears when an event is selected: its title and date, not the whole card. */
  readonly selectedAnnouncement: (title: string, date: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const ENGLISH: TimelineStrings = {
  status: { confirmed: 'Confirmed', expected: 'Expected', disputed: 'Disputed', cancelled: 'Cancelled' },
  summary: (count, from, to, lanes) =>
    `Timeline of ${plural(count, 'event', 'events')}${from === to ? ` in ${from}` : ` from ${from} to ${to}`}` +
    `${lanes > 1 ? `, in ${lanes} lanes` : ''}.`,
  asOf: (date) => `As reported, ${date}`,
  statusAsOf: (status, date) => `${status}, as reported on ${date}`,
  loading: 'Loading timeline…',
  empty: 'This timeline has no events to show yet.',
  loadFailed: (src, reason) => `The timeline could not load its data from ${src}: ${reason}.`,
  issuesHeading: (errors, warnings) =>
    [errors ? plural(errors, 'event was skipped', 'events were skipped') : '', warnings ? plural(warnings, 'field was repaired', 'fields were repaired') : '']
      .filter(Boolean).join(' and ') + ' because of problems in the data.',
  close: 'Close',
  sources: 'Sources',
  openMedia: (host) => `View media on ${host}`,
  ungrouped: 'Other',
  legend: 'Key',
  controls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  listView: 'List view',
  previous: 'Previous event',
  next: 'Next event',
  position: (index, count) => `${index} of ${count}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}`,
};
