/**
 * CSV as RFC 4180 defines it (https://www.rfc-editor.org/rfc/rfc4180), read leniently the way
 * spreadsheets write it: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF
 * or CR end records; a byte-order mark is skipped; `;` or tab separate fields when the header uses
 * them instead of commas. Never throws: a quote left open is reported and the text read to the end.
 */

/** The records of a CSV text; `rows[0]` is the header, `rows[n - 1]` is row n. A blank line is `['']`. */
export interface CsvTable {
  readonly rows: readonly (readonly string[])[];
  /** Problems in the text itself, e.g. a quoted field that never closes. */
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

/** The separator the header line uses most: comma unless `;` or tab clearly win. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/[\r\n]/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  const problems: { row: number; message: string }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteStartRow = rows.length + 1;
    } else if (c === delimiter) {
      endField();
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      // A quote inside an unquoted field, or text after a closing quote, is kept as written.
      field += c;
    }
    i++;
  }
  if (quoted) problems.push({ row: quoteStartRow, message: 'expected a closing quote (") for the quoted field that starts here, found the end of the file' });
  if (field !== '' || row.length > 0 || quoted) endRow();
  return { rows, problems };
}

/** Whether a record is a blank line (or only empty cells). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header names compared the way people type them: case, spaces, `_` and `-` do not matter. */
export function normalizeColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Finds columns by name in a header row: `column('End Year')` is the index of "end_year" or "End Year". */
export function headerIndex(header: readonly string[]): (name: string) => number {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeColumnName(name);
    if (!positions.has(key)) positions.set(key, i);
  });
  return (name) => positions.get(normalizeColumnName(name)) ?? -1;
}
