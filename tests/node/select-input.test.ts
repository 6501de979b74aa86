import { describe, expect, test } from 'vitest';
import { selectInput } from '../../src/controllers/select-input.js';
import { formatOfResponse, type SourceState } from '../../src/controllers/source.js';

const idle: SourceState = { status: 'idle' };
const loaded: SourceState = { status: 'loaded', src: 'a.csv', content: 'start,title', format: 'csv' };
const events = [{ start: '2023', title: 'T' }];
const script = { kind: 'script', text: '[]', type: 'application/json' } as const;
const list = { kind: 'list', events } as const;

describe('selectInput(): which of the element’s inputs is parsed', () => {
  test('src first, once loaded, with the format its response implies', () => {
    expect(selectInput('a.csv', loaded, events, script, null)).toEqual({ input: 'start,title', format: 'csv' });
    expect(selectInput('a.csv', { status: 'loading', src: 'a.csv' }, events, script, null).input).toBeUndefined();
  });

  test('then the events property, then a script child, then a light-DOM list', () => {
    expect(selectInput(null, idle, events, script, null).input).toBe(events);
    expect(selectInput(null, idle, null, script, null)).toEqual({ input: '[]', format: null });
    expect(selectInput(null, idle, null, { kind: 'script', text: 'a,b', type: 'text/csv' }, null).format).toBe('csv');
    expect(selectInput(null, idle, null, list, null)).toEqual({ input: events, format: 'json' });
    expect(selectInput(null, idle, null, null, null).input).toBeUndefined();
  });

  test('the format attribute overrides, in any case; an unknown one is ignored', () => {
    expect(selectInput('a.csv', loaded, null, null, 'JSON').format).toBe('json');
    expect(selectInput(null, idle, null, script, 'timelinejs').format).toBe('timelinejs');
    expect(selectInput(null, idle, null, script, 'xml').format).toBeNull();
  });
});

describe('formatOfResponse()', () => {
  test.each([
    ['data.csv', null, 'csv'],
    ['data.CSV?v=2', 'application/octet-stream', 'csv'],
    ['/sheet', 'text/csv; charset=utf-8', 'csv'],
    ['data.json', 'application/json', null],
    ['/sheet', null, null],
  ])('%s served as %s is %s', (src, type, format) => {
    expect(formatOfResponse(src, type)).toBe(format);
  });
});
