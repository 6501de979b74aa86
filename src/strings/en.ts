import type { TimelineStrings } from '../strings.js';
import { formatCount } from '../model/format-number.js';
import { plural } from './plural.js';

export const ENGLISH: TimelineStrings = {
  status: { confirmed: 'Confirmed', expected: 'Expected', disputed: 'Disputed', cancelled: 'Cancelled' },
  summary: (count, from, to, lanes) =>
    `Timeline of ${plural(count, 'event', 'events', 'en')}${from === to ? ` in ${from}` : ` from ${from} to ${to}`}` +
    `${lanes > 1 ? `, in ${lanes} lanes` : ''}.`,
  asOf: (date) => `As reported, ${date}`,
  statusAsOf: (status, date) => `${status}, as reported on ${date}`,
  loading: 'Loading timeline…',
  empty: 'This timeline has no events to show yet.',
  loadFailed: (src, reason) => `The timeline could not load its data from ${src}: ${reason}.`,
  issuesHeading: (errors, warnings) =>
    [errors ? plural(errors, 'event was skipped', 'events were skipped', 'en') : '', warnings ? plural(warnings, 'field was repaired', 'fields were repaired', 'en') : '']
      .filter(Boolean).join(' and ') + ' because of problems in the data.',
  close: 'Close',
  sources: 'Sources',
  ungrouped: 'Other',
  legend: 'Key',
  timeline: 'Timeline',
  gap: (duration) => `… ${duration}`,
  exportLabel: 'Export',
  exportSvg: 'Download SVG',
  exportPng: 'Download PNG',
  openMedia: (host) => `View media on ${host}`,
  controls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  listView: 'List view',
  previous: 'Previous event',
  next: 'Next event',
  cluster: (count, dates, lane) => `${count} events, ${dates}${lane ? `, ${lane}` : ''}. Zoom in to see them.`,
  position: (index, count) => `${formatCount(index, 'en')} of ${formatCount(count, 'en')}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}`,
  sourcesCredit: (publishers) => `Sources: ${publishers}`,
  dataProblems: (count) => `${plural(count, 'problem concerns', 'problems concern', 'en')} the data as a whole.`,
  moreIssues: (count) => `…and ${formatCount(count, 'en')} more.`,
  exportFailed: (format) => `The ${format} could not be made. The browser’s console says why.`,
  yearsAgo: (amount) => `${amount} years ago`,
  inYears: (amount) => `in ${amount} years`,
  changeNew: 'New',
  changeUpdated: 'Updated',
  updateAnnouncement: (added, changed, removed) => {
    const parts = added ? [plural(added, 'new event', 'new events', 'en')] : [];
    // The first count carries the noun: "2 new events, 1 updated", "1 event updated".
    const more = (n: number, verb: string) => parts.push(parts.length ? `${formatCount(n, 'en')} ${verb}` : `${plural(n, 'event', 'events', 'en')} ${verb}`);
    if (changed) more(changed, 'updated');
    if (removed) more(removed, 'removed');
    return `${parts.join(', ')}.`;
  },
  sinceLastVisit: (changes, date) => `Since your last visit (${date}): ${changes}`,
  staleData: (time) => `Could not update; showing data from ${time}.`,
  updatesHeading: 'Updates',
  correction: 'Correction',
  statusChange: (status, previous, date) => `${status}${date ? ` on ${date}` : ''} (previously ${previous.toLowerCase()})`,
  updated: (date) => `Updated ${date}`,
  events: 'Events',
  eventName: (title, date, lane) => `${title}, ${date}${lane ? `, ${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `${formatCount(shown, 'en')} of ${plural(total, 'event', 'events', 'en')} are shown one by one here, the others in groups by date. ${listView} shows all ${formatCount(total, 'en')}.`,
  showing: (dates, count, nearest) =>
    `Showing ${dates}, ${count ? plural(count, 'event', 'events', 'en') : 'no events'}.${nearest.map((n) => ` ${n}.`).join('')}`,
  noEvents: (dates) => `No events in ${dates}.`,
  earlier: (title, date) => `Earlier: ${title}, ${date}`,
  later: (title, date) => `Later: ${title}, ${date}`,
  search: 'Search events',
  filters: 'Filters',
  filterLanes: 'Lanes',
  filterTags: 'Tags',
  filterStatus: 'Status',
  matchCount: (matches, total) => `${formatCount(matches, 'en')} of ${plural(total, 'event', 'events', 'en')}`,
  noMatch: 'No events match the search and filters.',
  clearSearch: 'Clear search and filters',
  jumpTo: 'Jump to a date',
  jumpGo: 'Go',
  jumpInvalid: (text) => `“${text}” is not a date: try 2023, 2023-07 or 2023-07-11.`,
};
