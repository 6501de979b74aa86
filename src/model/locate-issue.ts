import { detectFormat } from './formats.js';
import type { TimelineIssue } from './timeline.js';
import { TIMELINEJS_FIELD_NAMES } from './timelinejs.js';

/** A range of characters in the input text: `text.slice(start, end)` is what a problem is about. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Where in the text a problem is, for an editor that shows it (the gallery's "Make a timeline" page
 * selects it): in a CSV the issue's row, or the cell of its column; in JSON the event (`events[3]`),
 * or the member its field names. `null` when the issue concerns the text as a whole.
 */
export function locateIssue(text: string, issue: Pick<TimelineIssue, 'path' | 'row' | 'column' | 'field'>): TextSpan | null {
  if (detectFormat(text) === 'csv') return issue.row === undefined ? null : csvSpan(text, issue.row, issue.column);
  const match = /^(events|eras)\[(\d+)\]/.exec(issue.path);
  if (!match) return null;
  const item = Number(match[2]);
  const top = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const list = text[top] === '[' && match[1] === 'events' ? top : memberValue(text, top, match[1]!);
  const event = list === null ? null : elementAt(text, list, item);
  if (event === null) return null;
  // The member the rest of the path starts with (`.sources[0].url` → `sources`), by our name or TimelineJS's.
  const rest = issue.path.slice(match[0].length).replace(/^\./, '');
  const first = (path: string | undefined) => path?.split(/[.[]/)[0] || undefined;
  const names = [first(rest), first(TIMELINEJS_FIELD_NAMES[rest] ?? (issue.field === undefined ? undefined : TIMELINEJS_FIELD_NAMES[issue.field]))];
  for (const name of names) {
    const member = name === undefined ? null : memberSpan(text, event.start, name);
    if (member) return member;
  }
  return event;
}

// --- CSV -------------------------------------------------------------------------------------

/** Row `row` (the header is 1) of a CSV, or its cell under `column`; quoted fields may hold line breaks. */
function csvSpan(text: string, row: number, column: string | undefined): TextSpan | null {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  let record = 1;
  let cells: TextSpan[] = [];
  let header: string[] | null = null;
  let cellStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (let i = cellStart; i <= text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') quoted = text[i + 1] === '"' ? (i++, true) : false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter || c === '\n' || c === '\r' || c === undefined) {
      cells.push({ start: cellStart, end: i });
      if (c === delimiter) {
        cellStart = i + 1;
        continue;
      }
      if (record === 1) header = cells.map((cell) => text.slice(cell.start, cell.end).replace(/^"|"$/g, '').trim().toLowerCase());
      if (record === row) {
        const at = column === undefined || header === null ? -1 : header.indexOf(column.trim().toLowerCase());
        const cell = at >= 0 ? cells[at] : undefined;
        // An empty cell is a caret, not a selection: the whole row shows where it is.
        return cell && cell.end > cell.start ? cell : { start: cells[0]!.start, end: i };
      }
      if (c === '\r' && text[i + 1] === '\n') i++;
      record++;
      cells = [];
      cellStart = i + 1;
    }
  }
  return null;
}

// --- JSON: just enough of a scanner to find values by key and position, never building them -----

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** The index just after the JSON value starting at `i` (which is not a space). */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    return i + 1;
  }
  if (c === '{' || c === '[') {
    let depth = 0;
    for (; i < text.length; i++) {
      const d = text[i];
      if (d === '"') i = valueEnd(text, i) - 1;
      else if (d === '{' || d === '[') depth++;
      else if ((d === '}' || d === ']') && --depth === 0) return i + 1;
    }
    return text.length;
  }
  while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  return i;
}

/** The `key: value` member of the object at `object`, as a span, or `null`. */
function memberSpan(text: string, object: number, key: string): TextSpan | null {
  if (text[object] !== '{') return null;
  let i = skipSpace(text, object + 1);
  while (i < text.length && text[i] === '"') {
    const keyEnd = valueEnd(text, i);
    let name: unknown = null;
    try {
      name = JSON.parse(text.slice(i, keyEnd));
    } catch {
      return null;
    }
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = valueEnd(text, value);
    if (name === key) return { start: i, end };
    i = skipSpace(text, end);
    if (text[i] !== ',') return null;
    i = skipSpace(text, i + 1);
  }
  return null;
}

/** Where the value of `key` in the object at `object` starts, or `null`. */
function memberValue(text: string, object: number, key: string): number | null {
  const member = memberSpan(text, object, key);
  return member === null ? null : skipSpace(text, skipSpace(text, valueEnd(text, member.start)) + 1);
}

/** The `index`th element of the array at `array`, or `null`. */
function elementAt(text: string, array: number, index: number): TextSpan | null {
  if (text[array] !== '[') return null;
  let i = skipSpace(text, array + 1);
  for (let n = 0; i < text.length && text[i] !== ']'; n++) {
    const end = valueEnd(text, i);
    if (n === index) return { start: i, end };
    i = skipSpace(text, end);
    if (text[i] !== ',') return null;
    i = skipSpace(text, i + 1);
  }
  return null;
}
