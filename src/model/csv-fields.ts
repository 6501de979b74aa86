import { headerIndex, isBlankRow } from './csv.js';
import { rowLocator, type ImportedTimeline } from './import.js';
import { clip, listOf, type IssueCollector } from './issues.js';
import { keptEvents } from './read.js';

/**
 * A plain CSV with our own field names, one event per row: `start`, `end`, `title`, `summary`,
 * `body`, `displayDate`, `group`, `tags` (separated by `;`), `status`, `importance`, `id`, one
 * source (`sourceUrl`, `sourceTitle`, `sourcePublisher`, `sourceDate`) and one image (`mediaUrl`,
 * `mediaAlt`, `mediaCaption`, `mediaCredit`). Header case, spaces and `_` do not matter; other
 * columns are ignored.
 */

const TEXT_FIELDS = ['id', 'start', 'end', 'title', 'summary', 'body', 'displayDate', 'group', 'status'] as const;
const SOURCE_FIELDS = { url: 'sourceUrl', title: 'sourceTitle', publisher: 'sourcePublisher', date: 'sourceDate' } as const;
const MEDIA_FIELDS = { url: 'mediaUrl', alt: 'mediaAlt', caption: 'mediaCaption', credit: 'mediaCredit' } as const;

/** `the columns "date" and "headline"`, `the column "date"`, `no columns`; a long header is cut (messages are short). */
function describeColumns(header: readonly string[]): string {
  const names = header.slice(0, 10).map((h) => JSON.stringify(clip(h, 40)));
  if (header.length > 10) names.push(`${header.length - 10} more`);
  if (names.length === 0) return 'no columns';
  return `the ${header.length === 1 ? 'column' : 'columns'} ${listOf(names, 'and')}`;
}

/** `"a; b|c;;"` → `["a", "b", "c"]`: one pass, and empty items cost nothing (a cell of 100,000 `;` is no tags). */
function splitTags(cell: string): string[] {
  const tags: string[] = [];
  let from = 0;
  for (let i = 0; i <= cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (i < cell.length && code !== 59 /* ; */ && code !== 124 /* | */) continue;
    if (i > from) {
      const tag = cell.slice(from, i).trim();
      if (tag) tags.push(tag);
    }
    from = i + 1;
  }
  return tags;
}

/** Reads rows of our own CSV (`rows[0]` is the header). */
export function importFieldsCsv(rows: readonly (readonly string[])[], issues: IssueCollector): ImportedTimeline {
  const header = rows[0] ?? [];
  const column = headerIndex(header);
  for (const required of ['start', 'title']) {
    if (column(required) < 0) issues.report('error', { path: 'row 1', row: 1 }, undefined, `expected a column named ${JSON.stringify(required)}, found ${describeColumns(header)}`);
  }
  // Messages name the header's own spelling of each column.
  const fieldNames: Record<string, string> = {};
  const name = (field: string) => header[column(field)] ?? field;
  for (const field of [...TEXT_FIELDS, 'tags', 'importance']) fieldNames[field] = name(field);
  for (const [key, field] of Object.entries(SOURCE_FIELDS)) fieldNames[`sources[0].${key}`] = name(field);
  for (const [key, field] of Object.entries(MEDIA_FIELDS)) fieldNames[`media.${key}`] = name(field);

  const events: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  // Rows are read where they are: a copy of 100,000 rows would cost more than reading them.
  const kept = keptEvents(rows.length - 1, { path: 'data' }, 'rows', issues);
  for (let i = 0; i < kept; i++) {
    const row = rows[i + 1]!;
    if (isBlankRow(row)) continue;
    const cell = (field: string): string | undefined => {
      const text = row[column(field)]?.trim();
      return text ? text : undefined;
    };
    const event: Record<string, unknown> = {};
    for (const field of TEXT_FIELDS) event[field] = cell(field);
    const tags = cell('tags');
    if (tags) event['tags'] = splitTags(tags);
    const importance = cell('importance');
    if (importance) event['importance'] = /^\d+$/.test(importance) ? Number(importance) : importance;
    if (cell(SOURCE_FIELDS.url) || cell(SOURCE_FIELDS.title)) {
      event['sources'] = [Object.fromEntries(Object.entries(SOURCE_FIELDS).map(([key, field]) => [key, cell(field)]))];
    }
    if (cell(MEDIA_FIELDS.url)) event['media'] = Object.fromEntries(Object.entries(MEDIA_FIELDS).map(([key, field]) => [key, cell(field)]));
    events.push(event);
    eventRows.push(i + 2);
  }
  const locate = rowLocator(eventRows, fieldNames);
  return { record: { events }, locate, rejected: new Set() };
}
