import type { TimelineStrings } from '../strings.js';
import { formatCount } from '../model/format-number.js';
import { plural } from './plural.js';

/** French. Dates inside sentences come from Intl ("février 2022"). */
export const FRENCH: TimelineStrings = {
  status: { confirmed: 'Confirmé', expected: 'Prévu', disputed: 'Contesté', cancelled: 'Annulé' },
  summary: (count, from, to, lanes) =>
    `Chronologie de ${plural(count, 'événement', 'événements', 'fr')}${from === to ? ` en ${from}` : ` de ${from} à ${to}`}` +
    `${lanes > 1 ? `, en ${lanes} groupes` : ''}.`,
  asOf: (date) => `Selon les informations du ${date}`,
  statusAsOf: (status, date) => `${status}, selon les informations du ${date}`,
  loading: 'Chargement de la chronologie…',
  empty: 'Cette chronologie ne contient encore aucun événement.',
  loadFailed: (src, reason) => `La chronologie n’a pas pu charger ses données depuis ${src} : ${reason}.`,
  issuesHeading: (errors, warnings) =>
    [errors ? plural(errors, 'événement a été ignoré', 'événements ont été ignorés', 'fr') : '', warnings ? plural(warnings, 'champ a été corrigé', 'champs ont été corrigés', 'fr') : '']
      .filter(Boolean).join(' et ') + ' en raison de problèmes dans les données.',
  close: 'Fermer',
  sources: 'Sources',
  ungrouped: 'Autres',
  legend: 'Légende',
  timeline: 'Chronologie',
  gap: (duration) => `⋯ ${duration}`,
  exportLabel: 'Exporter',
  exportSvg: 'Télécharger en SVG',
  exportPng: 'Télécharger en PNG',
  openMedia: (host) => `Voir le média sur ${host}`,
  controls: 'Commandes de la chronologie',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  listView: 'Vue en liste',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  cluster: (count, dates, lane) => `${count} événements, ${dates}${lane ? `, ${lane}` : ''}. Zoomez pour les voir.`,
  position: (index, count) => `${formatCount(index, 'fr')} sur ${formatCount(count, 'fr')}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}`,
  sourcesCredit: (publishers) => `Sources : ${publishers}`,
  events: 'Événements',
  eventName: (title, date, lane) => `${title}, ${date}${lane ? `, ${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `Ici, ${formatCount(shown, 'fr')} des ${plural(total, 'événement', 'événements', 'fr')} sont affichés un par un, les autres regroupés par date. « ${listView} » les affiche tous.`,
  showing: (dates, count, nearest) =>
    `Affichage : ${dates}, ${count ? plural(count, 'événement', 'événements', 'fr') : 'aucun événement'}.${nearest.map((n) => ` ${n}.`).join('')}`,
  noEvents: (dates) => `Aucun événement sur la période ${dates}.`,
  earlier: (title, date) => `Avant : ${title}, ${date}`,
  later: (title, date) => `Après : ${title}, ${date}`,
};
