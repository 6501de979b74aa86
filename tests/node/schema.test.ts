import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { serializeTimeline } from '../../src/model/serialize.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(read('../../schema.json') as object);

describe('schema.json, the published JSON Schema of the native format', () => {
  test('the article dataset validates', () => {
    const ok = validate(read('../../examples/data/japan-nato-2022-2023.json'));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('every version of the developing story validates, with its `updated` and its events’ `updates`', () => {
    for (let n = 1; n <= 7; n++) {
      const ok = validate(read(`../../examples/data/developing/v${n}.json`));
      expect(validate.errors ?? [], `v${n}`).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('what `convert` writes for the TimelineJS fixtures validates', () => {
    for (const name of ['marktwain.json', 'eras.json', 'my-own-timeline.csv']) {
      const text = readFileSync(new URL(`../../examples/data/timelinejs/${name}`, import.meta.url), 'utf8');
      expect(validate(serializeTimeline(parseTimeline(text).data)), name).toBe(true);
    }
  });

  test.each([
    ['an event without a title', { events: [{ start: '2023' }] }],
    ['a date written the American way', { events: [{ start: '07/11/2023', title: 'T' }] }],
    ['an unknown status', { events: [{ start: '2023', title: 'T', status: 'rumoured' }] }],
    ['events that are not an array', { events: {} }],
    ['an importance of 5', [{ start: '2023', title: 'T', importance: 5 }]],
    ['an update without text', [{ start: '2023', title: 'T', updates: [{ date: '2023-07-11' }] }]],
    ['an update with an unknown kind', [{ start: '2023', title: 'T', updates: [{ date: '2023-07-11', text: 'x', kind: 'erratum' }] }]],
    ['updates that are not a list', [{ start: '2023', title: 'T', updates: { date: '2023-07-11', text: 'x' } }]],
    ['an `updated` that is not a date', { updated: 'yesterday', events: [] }],
  ])('rejects %s', (_, data) => {
    expect(validate(data)).toBe(false);
  });

  test('accepts open ranges, BCE years and qualifiers, and ignores unknown fields', () => {
    expect(validate([{ start: '2020/..', title: 'T' }, { start: '-0043-03-15', end: '..', title: 'T' }, { start: '1984~', title: 'T', location: {} }])).toBe(true);
  });
});
