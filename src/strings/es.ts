import type { TimelineStrings } from '../strings.js';
import { formatCount } from '../model/format-number.js';
import { plural } from './plural.js';

/** Spanish. Dates inside sentences come from Intl ("febrero de 2022"). */
export const SPANISH: TimelineStrings = {
  status: { confirmed: 'Confirmado', expected: 'Previsto', disputed: 'En disputa', cancelled: 'Cancelado' },
  summary: (count, from, to, lanes) =>
    `Cronología de ${plural(count, 'acontecimiento', 'acontecimientos', 'es')}${from === to ? ` en ${from}` : ` de ${from} a ${to}`}` +
    `${lanes > 1 ? `, en ${lanes} grupos` : ''}.`,
  asOf: (date) => `Según lo publicado el ${date}`,
  statusAsOf: (status, date) => `${status}, según lo publicado el ${date}`,
  loading: 'Cargando la cronología…',
  empty: 'Esta cronología aún no tiene acontecimientos.',
  loadFailed: (src, reason) => `La cronología no pudo cargar sus datos desde ${src}: ${reason}.`,
  issuesHeading: (errors, warnings) =>
    [errors ? plural(errors, 'acontecimiento se omitió', 'acontecimientos se omitieron', 'es') : '', warnings ? plural(warnings, 'campo se corrigió', 'campos se corrigieron', 'es') : '']
      .filter(Boolean).join(' y ') + ' por problemas en los datos.',
  close: 'Cerrar',
  sources: 'Fuentes',
  ungrouped: 'Otros',
  legend: 'Leyenda',
  timeline: 'Cronología',
  gap: (duration) => `… ${duration}`,
  exportLabel: 'Exportar',
  exportSvg: 'Descargar SVG',
  exportPng: 'Descargar PNG',
  openMedia: (host) => `Ver el contenido en ${host}`,
  controls: 'Controles de la cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Mostrar todo',
  listView: 'Vista de lista',
  previous: 'Acontecimiento anterior',
  next: 'Acontecimiento siguiente',
  cluster: (count, dates, lane) => `${count} eventos, ${dates}${lane ? `, ${lane}` : ''}. Amplía para verlos.`,
  position: (index, count) => `${formatCount(index, 'es')} de ${formatCount(count, 'es')}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}`,
  sourcesCredit: (publishers) => `Fuentes: ${publishers}`,
  dataProblems: (count) => `${plural(count, 'problema afecta', 'problemas afectan', 'es')} a los datos en su conjunto.`,
  moreIssues: (count) => `…y ${formatCount(count, 'es')} más.`,
  exportFailed: (format) => `No se pudo crear el archivo ${format}. La consola del navegador indica el motivo.`,
  yearsAgo: (amount, scaled) => `hace ${amount} ${scaled ? 'de años' : 'años'}`,
  inYears: (amount, scaled) => `dentro de ${amount} ${scaled ? 'de años' : 'años'}`,
  changeNew: 'Nuevo',
  changeUpdated: 'Actualizado',
  updateAnnouncement: (added, changed, removed) => {
    const parts = added ? [plural(added, 'acontecimiento nuevo', 'acontecimientos nuevos', 'es')] : [];
    // El primer número lleva el sustantivo: «2 acontecimientos nuevos, 1 actualizado», «1 acontecimiento actualizado».
    const more = (n: number, one: string, many: string) =>
      parts.push(parts.length ? `${formatCount(n, 'es')} ${n === 1 ? one : many}` : `${plural(n, 'acontecimiento', 'acontecimientos', 'es')} ${n === 1 ? one : many}`);
    if (changed) more(changed, 'actualizado', 'actualizados');
    if (removed) more(removed, 'eliminado', 'eliminados');
    return `${parts.join(', ')}.`;
  },
  sinceLastVisit: (changes, date) => `Desde su última visita (${date}): ${changes}`,
  staleData: (time) => `No se pudo actualizar; se muestran los datos de ${time}.`,
  updatesHeading: 'Actualizaciones',
  correction: 'Corrección',
  statusChange: (status, previous, date) => `${status}${date ? ` el ${date}` : ''} (antes: ${previous.toLowerCase()})`,
  updated: (date) => `Actualizado el ${date}`,
  events: 'Acontecimientos',
  eventName: (title, date, lane) => `${title}, ${date}${lane ? `, ${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `Aquí se muestran uno por uno ${formatCount(shown, 'es')} de ${plural(total, 'acontecimiento', 'acontecimientos', 'es')} y el resto agrupados por fecha. «${listView}» los muestra todos.`,
  showing: (dates, count, nearest) =>
    `Se muestra ${dates}, ${count ? plural(count, 'acontecimiento', 'acontecimientos', 'es') : 'ningún acontecimiento'}.${nearest.map((n) => ` ${n}.`).join('')}`,
  noEvents: (dates) => `Ningún acontecimiento en el periodo ${dates}.`,
  earlier: (title, date) => `Antes: ${title}, ${date}`,
  later: (title, date) => `Después: ${title}, ${date}`,
  search: 'Buscar eventos',
  filters: 'Filtros',
  filterLanes: 'Carriles',
  filterTags: 'Etiquetas',
  filterStatus: 'Estado',
  matchCount: (matches, total) => `${formatCount(matches, 'es')} de ${plural(total, 'evento', 'eventos', 'es')}`,
  noMatch: 'Ningún evento coincide con la búsqueda y los filtros.',
  clearSearch: 'Borrar la búsqueda y los filtros',
  jumpTo: 'Ir a una fecha',
  jumpGo: 'Ir',
  jumpInvalid: (text) => `«${text}» no es una fecha que esta cronología pueda encontrar: escriba un año, un mes o un día, como 2023, 2023-07 o 2023-07-11.`,
};
