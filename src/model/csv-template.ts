import { headerIndex, isBlankRow } from './csv.js';
import { rowLocator, type ImportedTimeline } from './import.js';
import type { IssueCollector } from './issues.js';
import { keptEvents } from './read.js';
import { importTimelineJs } from './timelinejs.js';

/**
 * The TimelineJS Google Sheets template, exported as CSV. Each row becomes the TimelineJS slide it
 * stands for (a `Type` of `title` is the title slide, `era` an era), so the JSON importer does
 * the rest; problems are reported by row and by the template's column names.
 */

/** The template's columns, exactly as TimelineJS names them. */
export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];

/** Which template column holds each field, for messages. */
const COLUMN_OF: Readonly<Record<string, Column>> = {
  start: 'Year', 'start_date.year': 'Year', 'start_date.month': 'Month', 'start_date.day': 'Day', 'start_date.time': 'Time',
  end: 'End Year', 'end_date.year': 'End Year', 'end_date.month': 'End Month', 'end_date.day': 'End Day', 'end_date.time': 'End Time',
  title: 'Headline', 'text.headline': 'Headline', summary: 'Text', body: 'Text', displayDate: 'Display Date', group: 'Group',
  'media.url': 'Media', 'media.caption': 'Media Caption', 'media.credit': 'Media Credit',
};

/** Whether a header row is the TimelineJS template's. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const column = headerIndex(header);
  return column('Year') >= 0 && column('Headline') >= 0;
}

/** Reads the template's rows (`rows[0]` is the header). */
export function importTimelineJsCsv(rows: readonly (readonly string[])[], issues: IssueCollector): ImportedTimeline {
  const header = rows[0] ?? [];
  const column = headerIndex(header);
  const cell = (row: readonly string[], name: Column) => {
    const i = column(name);
    return i < 0 ? undefined : row[i];
  };
  const dateParts = (row: readonly string[], prefix: '' | 'End ') => ({
    year: cell(row, `${prefix}Year`), month: cell(row, `${prefix}Month`), day: cell(row, `${prefix}Day`), time: cell(row, `${prefix}Time`),
  });
  // Messages use the header's own spelling of each column.
  const fieldNames: Record<string, string> = {};
  for (const [field, name] of Object.entries(COLUMN_OF)) fieldNames[field] = header[column(name)] ?? name;

  const slides: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const slideRows: number[] = [];
  const eraRows: number[] = [];
  let title: Record<string, unknown> | undefined;
  // Rows are read where they are: a copy of 100,000 rows would cost more than reading them.
  const kept = keptEvents(rows.length - 1, { path: 'data' }, 'rows', issues);
  for (let i = 0; i < kept; i++) {
    const row = rows[i + 1]!;
    if (isBlankRow(row)) continue;
    const slide = {
      start_date: dateParts(row, ''),
      end_date: dateParts(row, 'End '),
      display_date: cell(row, 'Display Date'),
      text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
      media: { url: cell(row, 'Media'), credit: cell(row, 'Media Credit'), caption: cell(row, 'Media Caption') },
      group: cell(row, 'Group'),
    };
    const type = (cell(row, 'Type') ?? '').trim().toLowerCase();
    if (type !== '' && type !== 'title' && type !== 'era') {
      issues.expected('warning', { path: `row ${i + 2}`, row: i + 2, fieldNames: { Type: header[column('Type')]! } }, 'Type', '"title", "era" or nothing', cell(row, 'Type')!.trim(), 'read as an event');
    }
    if (type === 'title' && !title) title = slide;
    else if (type === 'era') {
      eras.push(slide);
      eraRows.push(i + 2);
    }
    else {
      slides.push(slide);
      slideRows.push(i + 2);
    }
  }
  return importTimelineJs({ title, eras, events: slides }, issues, rowLocator(slideRows, fieldNames), rowLocator(eraRows, fieldNames, false));
}
