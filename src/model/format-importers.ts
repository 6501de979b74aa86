import { parseCsv, type CsvProblem } from './csv.js';
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
  const header = table.rows[0];
  for (const problem of table.problems) reportCsvProblem(problem, header ?? [], issues);
  if (!header || table.rows.length < 2) {
    issues.report('error', ROOT, undefined, 'expected a CSV header row and at least one row of events, found ' + (header ? 'only a header' : 'nothing'));
    return null;
  }
  return isTimelineJsHeader(header) ? importTimelineJsCsv(table.rows, issues) : importFieldsCsv(table.rows, issues);
}

/**
 * A quote left open is a warning on its row and column (the row is still read, with the quote as
 * text); other problems in the text are errors that concern the file.
 */
function reportCsvProblem(problem: CsvProblem, header: readonly string[], issues: IssueCollector): void {
  const at = { path: `row ${problem.row}`, row: problem.row };
  const name = problem.column === undefined ? undefined : header[problem.column];
  if (problem.column === undefined) issues.report('error', at, undefined, problem.message);
  else if (name === undefined || name.trim() === '') issues.report('warning', at, undefined, `field ${problem.column + 1}: ${problem.message}`);
  else issues.report('warning', { ...at, fieldNames: { [name]: name } }, name, problem.message);
}
