import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../src/model/limits.js';
import { parseTimeline } from '../../src/model/parse.js';

describe('limits that keep a page alive', () => {
  test('a title past its limit is cut, with a warning', () => {
    const { data, issues } = parseTimeline([{ start: '2023', title: 'x'.repeat(LIMITS.text['title']! + 10) }]);
    expect(data.events[0]!.title).toHaveLength(LIMITS.text['title']!);
    expect(issues.map((i) => i.message)).toEqual([`events[0].title: expected at most 500 characters, found 510 (cut to 500)`]);
  });

  test('events past the cap are dropped with one warning; the rest are kept', () => {
    const events = Array.from({ length: LIMITS.events + 5 }, (_, i) => ({ id: `e${i}`, start: '2023', title: 'T' }));
    const { data, issues } = parseTimeline({ events });
    expect(data.events).toHaveLength(LIMITS.events);
    expect(issues.map((i) => i.message)).toEqual([`data.events: expected at most ${LIMITS.events} items, found ${LIMITS.events + 5} (the first ${LIMITS.events} are kept)`]);
  });

  test('sources and tags past the per-event cap are dropped with a warning', () => {
    const { data, issues } = parseTimeline([{ start: '2023', title: 'T', tags: Array.from({ length: 150 }, (_, i) => `t${i}`) }]);
    expect(data.events[0]!.tags).toHaveLength(LIMITS.perEvent);
    expect(issues[0]!.path).toBe('events[0].tags');
  });

  test('text input past the size cap is not read at all', () => {
    const huge = ' '.repeat(LIMITS.inputChars + 1);
    const { data, issues } = parseTimeline(huge);
    expect(data.events).toEqual([]);
    expect(issues[0]!.message).toBe(`data: expected at most ${LIMITS.inputChars} characters, found ${LIMITS.inputChars + 1} (not read)`);
  });

  test('unknown fields are ignored, not errors', () => {
    const { data, issues } = parseTimeline([{ start: '2023', title: 'T', location: { lat: 1 }, onclick: 'alert(1)', background: { url: 'x' } }]);
    expect(issues).toEqual([]);
    expect(Object.keys(data.events[0]!)).not.toContain('onclick');
  });
});
