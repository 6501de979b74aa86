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
  gap: (duration) => `… ${duration}`,
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
  dataProblems: (count) => `${plural(count, 'problème concerne', 'problèmes concernent', 'fr')} l’ensemble des données.`,
  moreIssues: (count) => `…et ${formatCount(count, 'fr')} de plus.`,
  exportFailed: (format) => `Le fichier ${format} n’a pas pu être créé. La console du navigateur en donne la raison.`,
  yearsAgo: (amount, scaled) => `il y a ${amount} ${scaled ? 'd’années' : 'ans'}`,
  inYears: (amount, scaled) => `dans ${amount} ${scaled ? 'd’années' : 'ans'}`,
  changeNew: 'Nouveau',
  changeUpdated: 'Mis à jour',
  updateAnnouncement: (added, changed, removed) => {
    const parts = added ? [plural(added, 'nouvel événement', 'nouveaux événements', 'fr')] : [];
    // Le premier nombre porte le nom : « 2 nouveaux événements, 1 mis à jour », « 1 événement mis à jour ».
    const more = (n: number, one: string, many: string) =>
      parts.push(parts.length ? `${formatCount(n, 'fr')} ${n === 1 ? one : many}` : `${plural(n, 'événement', 'événements', 'fr')} ${n === 1 ? one : many}`);
    if (changed) more(changed, 'mis à jour', 'mis à jour');
    if (removed) more(removed, 'supprimé', 'supprimés');
    return `${parts.join(', ')}.`;
  },
  sinceLastVisit: (changes, date) => `Depuis votre dernière visite (${date}) : ${changes}`,
  staleData: (time) => `Mise à jour impossible ; affichage des données de ${time}.`,
  updatesHeading: 'Mises à jour',
  correction: 'Rectificatif',
  statusChange: (status, previous, date) => `${status}${date ? ` le ${date}` : ''} (auparavant : ${previous.toLowerCase()})`,
  updated: (date) => `Mis à jour le ${date}`,
  events: 'Événements',
  eventName: (title, date, lane) => `${title}, ${date}${lane ? `, ${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `Ici, ${formatCount(shown, 'fr')} des ${plural(total, 'événement', 'événements', 'fr')} sont affichés un par un, les autres regroupés par date. « ${listView} » les affiche tous.`,
  showing: (dates, count, nearest) =>
    `Affichage : ${dates}, ${count ? plural(count, 'événement', 'événements', 'fr') : 'aucun événement'}.${nearest.map((n) => ` ${n}.`).join('')}`,
  noEvents: (dates) => `Aucun événement sur la période ${dates}.`,
  earlier: (title, date) => `Avant : ${title}, ${date}`,
  later: (title, date) => `Après : ${title}, ${date}`,
  search: 'Rechercher des événements',
  filters: 'Filtres',
  filterLanes: 'Voies',
  filterTags: 'Mots-clés',
  filterStatus: 'Statut',
  matchCount: (matches, total) => `${formatCount(matches, 'fr')} sur ${plural(total, 'événement', 'événements', 'fr')}`,
  noMatch: 'Aucun événement ne correspond à la recherche et aux filtres.',
  clearSearch: 'Effacer la recherche et les filtres',
  jumpTo: 'Aller à une date',
  jumpGo: 'Aller',
  jumpInvalid: (text) => `« ${text} » n’est pas une date que cette chronologie peut trouver : indiquez une année, un mois ou un jour, par exemple 2023, 2023-07 ou 2023-07-11.`,
};
