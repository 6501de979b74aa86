/**
 * CSV as RFC 4180 defines it (https://www.rfc-editor.org/rfc/rfc4180), read leniently the way
 * spreadsheets write it: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF
 * or CR end records; a byte-order mark is skipped; `;` or tab separate fields when the header uses
 * them instead of commas. Never throws: a quote left open is reported at the row where it opens and
 * read as text, so one stray quote never swallows the rows after it.
 */

import { LIMITS } from './limits.js';

/** The records of a CSV text; `rows[0]` is the header, `rows[n - 1]` is row n. A blank line is `['']`. */
export interface CsvTable {
  readonly rows: readonly (readonly string[])[];
  /** Problems in the text itself, e.g. a quoted field that never closes. */
  readonly problems: readonly CsvProblem[];
}

/** A problem in the CSV text: its row (1 is the header), and the field's position in it when known. */
export interface CsvProblem {
  readonly row: number;
  /** The field's position in its row, from 0 (its column). */
  readonly column?: number;
  readonly message: string;
}

/** The separator the header line uses most: comma unless `;` or tab clearly win. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/[\r\n]/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => {
    let n = 0;
    for (let i = header.indexOf(c); i >= 0; i = header.indexOf(c, i + 1)) n++;
    return n;
  };
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

/** What `closingQuote` finds instead of a closing quote. */
const NOT_QUOTED = -1;
const UNCLOSED_AT_END = -2;
const UNCLOSED_BEFORE_NEXT = -3;

function unclosedMessage(found: number): string {
  const what = found === UNCLOSED_AT_END ? 'the end of the file' : 'a quote that opens a field on a later line';
  return `expected a closing quote (") for the quoted field that starts here, found ${what} (the quote is read as text and the row ends at its line break)`;
}

/**
 * Where the quoted field opened at `open` closes: the first quote not doubled. A quote followed by
 * more text (not a separator or line break) closes it only on the line where it opened; across a
 * line break it is far likelier the opening quote of a later field, and this one was left open.
 */
function closingQuote(text: string, open: number, separator: number): number {
  let close = text.indexOf('"', open + 1);
  while (close >= 0 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
  if (close < 0) return UNCLOSED_AT_END;
  const after = text.charCodeAt(close + 1);
  if (close + 1 === text.length || after === separator || after === 10 || after === 13) return close;
  for (let i = open + 1; i < close; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return UNCLOSED_BEFORE_NEXT;
  }
  return close;
}

const BLANK_ROW: readonly string[] = Object.freeze(['']);

export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: (readonly string[])[] = [];
  const problems: CsvProblem[] = [];
  // Fields are cut out with slices between stops found by one forward scan: time grows with the
  // text's length, whatever runs of quotes, separators or line breaks it holds.
  const n = text.length;
  const separator = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const nextStop = (from: number): number => {
    for (let i = from; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code === separator || code === 10 || code === 13) return i;
    }
    return n;
  };
  let row: string[] = [];
  // Fields past `LIMITS.columns` in the current row: read (a quoted one may hold a line break), not kept.
  let extra = 0;
  const endRow = () => {
    if (extra > 0) problems.push({ row: rows.length + 1, message: `expected at most ${LIMITS.columns} fields, found ${LIMITS.columns + extra} (the first ${LIMITS.columns} are kept)` });
    // Blank lines share one row: a file of line breaks costs no array per line.
    rows.push(row.length === 1 && row[0] === '' ? BLANK_ROW : row);
    row = [];
    extra = 0;
  };
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (row.length === 0 && (first === 10 || first === 13)) {
      // A blank line: its row, with no field read and no array made.
      rows.push(BLANK_ROW);
      i += first === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    let value: string;
    let stop: number;
    const close = first === 34 /* " */ ? closingQuote(text, i, separator) : NOT_QUOTED;
    if (close >= 0) {
      // The closing quote is the first one not doubled; doubled ones are undone in one native pass.
      // Text after the closing quote is kept as written.
      stop = nextStop(close + 1);
      value = text.slice(i + 1, close).replaceAll('""', '"') + text.slice(close + 1, stop);
    } else {
      // A quote that never closes is read as text, like a quote inside an unquoted field: the row
      // ends at its own line break, and the rows after it are read as they are.
      if (close !== NOT_QUOTED) problems.push({ row: rows.length + 1, column: row.length + extra, message: unclosedMessage(close) });
      // A quote inside an unquoted field is kept as written.
      stop = nextStop(i);
      value = text.slice(i, stop);
    }
    if (row.length < LIMITS.columns) row.push(value);
    else extra++;
    if (stop >= n) break;
    if (text[stop] === delimiter) {
      i = stop + 1;
      // A separator at the very end leaves one empty field after it.
      if (i === n) {
        if (row.length < LIMITS.columns) row.push('');
        else extra++;
      }
      continue;
    }
    endRow();
    i = stop + (text[stop] === '\r' && text[stop + 1] === '\n' ? 2 : 1);
  }
  if (row.length > 0) endRow();
  return { rows, problems };
}

/** Whether a record is a blank line (or only empty cells). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells === BLANK_ROW || cells.every((cell) => cell.trim() === '');
}

/** Header names compared the way people type them: case, spaces, `_` and `-` do not matter. */
export function normalizeColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Finds columns by name in a header row: `column('End Year')` is the index of "end_year" or "End Year". */
export function headerIndex(header: readonly string[]): (name: string) => number {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name === '' ? '' : normalizeColumnName(name);
    if (!positions.has(key)) positions.set(key, i);
  });
  return (name) => positions.get(normalizeColumnName(name)) ?? -1;
}
