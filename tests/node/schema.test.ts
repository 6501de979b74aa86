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
  ])('rejects %s', (_, data) => {
    expect(validate(data)).toBe(false);
  });

  test('accepts open ranges, BCE years and qualifiers, and ignores unknown fields', () => {
    expect(validate([{ start: '2020/..', title: 'T' }, { start: '-0043-03-15', end: '..', title: 'T' }, { start: '1984~', title: 'T', location: {} }])).toBe(true);
  });
});
