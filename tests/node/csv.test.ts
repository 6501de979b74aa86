import { describe, expect, test } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/model/csv.js';

describe('parseCsv() (RFC 4180)', () => {
  test('splits records and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n').rows).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  test('quoted fields keep commas, doubled quotes and line breaks', () => {
    const { rows, problems } = parseCsv('title,text\r\n"Vilnius, Lithuania","She said ""no""\r\nthen left"\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([['title', 'text'], ['Vilnius, Lithuania', 'She said "no"\r\nthen left']]);
  });

  test('CRLF, LF and CR all end a record; a last record needs no line break', () => {
    expect(parseCsv('a\r\nb\nc\rd').rows).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  test('empty fields and empty quoted fields are empty strings', () => {
    expect(parseCsv('a,,""\n,,').rows).toEqual([['a', '', ''], ['', '', '']]);
  });

  test('a blank line is kept as a record so row numbers match the spreadsheet', () => {
    expect(parseCsv('h\n\nx\n').rows).toEqual([['h'], [''], ['x']]);
  });

  test('a byte-order mark is skipped', () => {
    expect(parseCsv('\ufeffYear,Headline\n1815,Ada').rows[0]).toEqual(['Year', 'Headline']);
  });

  test('a quote inside an unquoted field, or text after a closing quote, is kept as written', () => {
    expect(parseCsv('5" floppy,"a"b\n').rows).toEqual([['5" floppy', 'ab']]);
  });

  test('a quoted field that never closes is reported at the row where it starts, and read as text to its line break', () => {
    const { rows, problems } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(rows).toEqual([['a', 'b'], ['1', '"open'], ['2', '3']]);
    expect(problems).toEqual([{ row: 2, column: 1, message: 'expected a closing quote (") for the quoted field that starts here, found the end of the file (the quote is read as text and the row ends at its line break)' }]);
  });

  test('semicolons and tabs are detected from the header', () => {
    expect(detectDelimiter('start;title;summary\n2023;"a,b";c')).toBe(';');
    expect(detectDelimiter('start\ttitle\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(parseCsv('start;title\n2023;"a;b"').rows).toEqual([['start', 'title'], ['2023', 'a;b']]);
  });
});
