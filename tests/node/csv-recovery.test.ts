import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/model/csv.js';
import { parseTimeline } from '../../src/model/parse.js';

/** The TimelineJS template's header, as its Google Sheet exports it. */
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const row = (year: string, headline: string, text = '', type = '') => `${year},,,,,,,,,${headline},${text},,,,,${type},,`;

describe('a quote left open in a CSV', () => {
  test('is reported at the row and column where it opens, and every other row is kept', () => {
    const text = ['start,title,summary', '2020,One,', '2021,"Two,never closed', '2022,Three,"quoted, fine"', '2023,Four,'].join('\n');
    const { rows, problems } = parseCsv(text);
    expect(rows).toEqual([
      ['start', 'title', 'summary'], ['2020', 'One', ''], ['2021', '"Two', 'never closed'], ['2022', 'Three', 'quoted, fine'], ['2023', 'Four', ''],
    ]);
    expect(problems).toEqual([{ row: 3, column: 1, message: expect.stringContaining('a quote that opens a field on a later line') }]);
  });

  test('with no quote after it, only its own row is affected', () => {
    const { rows, problems } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(rows).toEqual([['a', 'b'], ['1', '"open'], ['2', '3']]);
    expect(problems).toEqual([{ row: 2, column: 1, message: expect.stringContaining('found the end of the file') }]);
  });

  test('a quoted field over several lines still closes, and text after a quote on its own line is kept', () => {
    expect(parseCsv('a,b\n"x\ny",2\n3,4').rows).toEqual([['a', 'b'], ['x\ny', '2'], ['3', '4']]);
    expect(parseCsv('"a"b,c\n').rows).toEqual([['ab', 'c']]);
    expect(parseCsv('a\n"x\ny"\n').problems).toEqual([]);
  });

  test('the timeline keeps every event, and the notice counts one repaired field, not a problem with the whole file', () => {
    const csv = [HEADER, row('1815', 'Ada Lovelace born'), row('1843', '"Notes on the engine'), row('1936', 'Turing machine', '"A paper, read widely"'), row('1946', 'ENIAC')].join('\n');
    const { data, issues, counts } = parseTimeline(csv);
    expect(data.events.map((e) => e.title)).toEqual(['Ada Lovelace born', '"Notes on the engine', 'Turing machine', 'ENIAC']);
    expect(data.events[2]!.summary).toBe('A paper, read widely');
    expect(issues.map((i) => i.message)).toEqual([
      'row 3, column "Headline": expected a closing quote (") for the quoted field that starts here, found a quote that opens a field on a later line (the quote is read as text and the row ends at its line break)',
    ]);
    expect(issues[0]).toMatchObject({ severity: 'warning', row: 3, column: 'Headline' });
    expect(counts).toMatchObject({ errors: 0, dataErrors: 0, skippedEvents: 0, repairedFields: 1 });
  });
});

describe('the TimelineJS spreadsheet', () => {
  test('an unknown Type warns and the row is read as an event', () => {
    const csv = [HEADER, row('1815', 'Ada', '', 'title'), row('1843', 'Notes', '', 'evnt'), row('1936', 'Turing')].join('\n');
    const { data, issues } = parseTimeline(csv);
    expect(data.title).toBe('Ada');
    expect(data.events.map((e) => e.title)).toEqual(['Notes', 'Turing']);
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'row 3, column "Type": expected "title", "era" or nothing, found "evnt" (read as an event)'],
    ]);
  });

  test('problems are listed in row order, whichever stage found them', () => {
    const csv = [
      HEADER,
      row('1815', 'Ada'),
      row('18x3', 'Bad year'),
      row('1850', '', ''),
      row('1900', 'Odd type', '', 'slide'),
      row('1936', '"Open quote'),
      row('1946', 'ENIAC'),
    ].join('\n');
    const { data, issues } = parseTimeline(csv);
    expect(issues.map((i) => i.row)).toEqual([3, 4, 5, 6]);
    expect(data.events.map((e) => e.title)).toEqual(['Ada', 'Odd type', '"Open quote', 'ENIAC']);
  });
});
