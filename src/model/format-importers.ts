import { parseCsv } from './csv.js';
import { importFieldsCsv } from './csv-fields.js';
import { importTimelineJsCsv, isTimelineJsHeader } from './csv-template.js';
import { ROOT, type FormatImporters } from './formats.js';
import type { ImportedTimeline } from './import.js';
import type { IssueCollector } from './issues.js';
import { importTimelineJs } from './timelinejs.js';

export { htmlToText } from './html-text.js';

/** Every importer: TimelineJS3 JSON and CSV (the TimelineJS spreadsheet template, or our own columns). */
export const FORMAT_IMPORTERS: FormatImporters = { timelinejs: importTimelineJs, csv: importCsv };

function importCsv(text: string, issues: IssueCollector): ImportedTimeline | null {
  const table = parseCsv(text);
  for (const problem of table.problems) issues.report('error', { path: `row ${problem.row}`, row: problem.row }, undefined, problem.message);
  const header = table.rows[0];
  if (!header || table.rows.length < 2) {
    issues.report('error', ROOT, undefined, 'expected a CSV header row and at least one row of events, found ' + (header ? 'only a header' : 'nothing'));
    return null;
  }
  return isTimelineJsHeader(header) ? importTimelineJsCsv(table.rows, issues) : importFieldsCsv(table.rows, issues);
}
