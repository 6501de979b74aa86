import type { TimelineStrings } from '../strings.js';
import { formatCount } from '../model/format-number.js';
import { plural } from './plural.js';

/** German. Dates inside sentences come from Intl ("Februar 2022"). */
export const GERMAN: TimelineStrings = {
  status: { confirmed: 'Bestätigt', expected: 'Erwartet', disputed: 'Umstritten', cancelled: 'Abgesagt' },
  summary: (count, from, to, lanes) =>
    `Zeitleiste mit ${plural(count, 'Ereignis', 'Ereignissen', 'de')}${from === to ? ` (${from})` : ` von ${from} bis ${to}`}` +
    `${lanes > 1 ? `, in ${lanes} Gruppen` : ''}.`,
  asOf: (date) => `Stand der Berichte: ${date}`,
  statusAsOf: (status, date) => `${status}, laut Berichten vom ${date}`,
  loading: 'Zeitleiste wird geladen…',
  empty: 'Diese Zeitleiste enthält noch keine Ereignisse.',
  loadFailed: (src, reason) => `Die Zeitleiste konnte ihre Daten nicht von ${src} laden: ${reason}.`,
  issuesHeading: (errors, warnings) =>
    [errors ? plural(errors, 'Ereignis wurde übersprungen', 'Ereignisse wurden übersprungen', 'de') : '', warnings ? plural(warnings, 'Feld wurde korrigiert', 'Felder wurden korrigiert', 'de') : '']
      .filter(Boolean).join(' und ') + ', weil die Daten Fehler enthalten.',
  close: 'Schließen',
  sources: 'Quellen',
  ungrouped: 'Sonstige',
  legend: 'Legende',
  timeline: 'Zeitleiste',
  gap: (duration) => `… ${duration}`,
  exportLabel: 'Exportieren',
  exportSvg: 'Als SVG herunterladen',
  exportPng: 'Als PNG herunterladen',
  openMedia: (host) => `Medien auf ${host} ansehen`,
  controls: 'Steuerung der Zeitleiste',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  listView: 'Listenansicht',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  cluster: (count, dates, lane) => `${count} Ereignisse, ${dates}${lane ? `, ${lane}` : ''}. Hineinzoomen, um sie zu sehen.`,
  position: (index, count) => `${formatCount(index, 'de')} von ${formatCount(count, 'de')}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}`,
  sourcesCredit: (publishers) => `Quellen: ${publishers}`,
  dataProblems: (count) => `${plural(count, 'Fehler betrifft', 'Fehler betreffen', 'de')} die Daten als Ganzes.`,
  moreIssues: (count) => `…und ${formatCount(count, 'de')} weitere.`,
  exportFailed: (format) => `Die ${format}-Datei konnte nicht erstellt werden. Die Konsole des Browsers nennt den Grund.`,
  yearsAgo: (amount) => `vor ${amount} Jahren`,
  inYears: (amount) => `in ${amount} Jahren`,
  changeNew: 'Neu',
  changeUpdated: 'Aktualisiert',
  updateAnnouncement: (added, changed, removed) => {
    const parts = added ? [plural(added, 'neues Ereignis', 'neue Ereignisse', 'de')] : [];
    // Die erste Zahl trägt das Substantiv: „2 neue Ereignisse, 1 aktualisiert“, „1 Ereignis aktualisiert“.
    const more = (n: number, verb: string) => parts.push(parts.length ? `${formatCount(n, 'de')} ${verb}` : `${plural(n, 'Ereignis', 'Ereignisse', 'de')} ${verb}`);
    if (changed) more(changed, 'aktualisiert');
    if (removed) more(removed, 'entfernt');
    return `${parts.join(', ')}.`;
  },
  sinceLastVisit: (changes, date) => `Seit Ihrem letzten Besuch (${date}): ${changes}`,
  staleData: (time) => `Aktualisierung fehlgeschlagen; angezeigt werden die Daten von ${time}.`,
  updatesHeading: 'Aktualisierungen',
  correction: 'Korrektur',
  statusChange: (status, previous, date) => `${status}${date ? ` am ${date}` : ''} (zuvor: ${previous})`,
  updated: (date) => `Aktualisiert am ${date}`,
  events: 'Ereignisse',
  eventName: (title, date, lane) => `${title}, ${date}${lane ? `, ${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `Hier werden ${formatCount(shown, 'de')} von ${plural(total, 'Ereignis', 'Ereignissen', 'de')} einzeln gezeigt, die übrigen nach Datum gruppiert. „${listView}“ zeigt alle ${formatCount(total, 'de')}.`,
  showing: (dates, count, nearest) =>
    `Angezeigt: ${dates}, ${count ? plural(count, 'Ereignis', 'Ereignisse', 'de') : 'keine Ereignisse'}.${nearest.map((n) => ` ${n}.`).join('')}`,
  noEvents: (dates) => `Keine Ereignisse im Zeitraum ${dates}.`,
  earlier: (title, date) => `Davor: ${title}, ${date}`,
  later: (title, date) => `Danach: ${title}, ${date}`,
  search: 'Ereignisse durchsuchen',
  filters: 'Filter',
  filterLanes: 'Spuren',
  filterTags: 'Schlagwörter',
  filterStatus: 'Status',
  matchCount: (matches, total) => `${formatCount(matches, 'de')} von ${plural(total, 'Ereignis', 'Ereignissen', 'de')}`,
  noMatch: 'Keine Ereignisse entsprechen der Suche und den Filtern.',
  clearSearch: 'Suche und Filter zurücksetzen',
  jumpTo: 'Zu einem Datum springen',
  jumpGo: 'Los',
  jumpInvalid: (text) => `„${text}“ ist kein Datum, das diese Zeitleiste finden kann: Geben Sie ein Jahr, einen Monat oder einen Tag an, etwa 2023, 2023-07 oder 2023-07-11.`,
};
