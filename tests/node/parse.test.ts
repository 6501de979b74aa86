import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';

const article = JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'));

describe('parseTimeline()', () => {
  test('reads the article dataset with no issues, every event sourced', () => {
    const { data, issues } = parseTimeline(article);
    expect(issues).toEqual([]);
    expect(data.title).toBe('Japan and NATO, 2022–2023');
    expect(data.asOf?.text).toBe('2023-05-25');
    expect(data.events.length).toBeGreaterThanOrEqual(6);
    for (const event of data.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.url, event.id).toMatch(/^https?:\/\//);
    }
    const ids = data.events.map((e) => e.id);
    for (const id of ['russia-invades-ukraine', 'madrid-summit', 'mao-ning-press-conference', 'kishida-no-plans-to-join', 'article-published', 'vilnius-summit']) {
      expect(ids).toContain(id);
    }
    expect(data.events.find((e) => e.id === 'vilnius-summit')?.status).toBe('expected');
    expect(data.groups.map((g) => g.id)).toEqual(['context', 'japan', 'nato', 'china', 'reporting']);
  });

  test('sorts events by start, then end, then input order', () => {
    const { data } = parseTimeline([
      { start: '2023-07-11', end: '2023-07-12', title: 'C' },
      { start: '2023-05-24', title: 'B' },
      { start: '2023-05-24', title: 'A2' },
      { start: '2023-05', title: 'A1' },
      { start: '2023-07-11', title: 'Cpoint' },
    ]);
    expect(data.events.map((e) => e.title)).toEqual(['A1', 'B', 'A2', 'Cpoint', 'C']);
  });

  test('derives stable ids from date and title, and keeps given ones', () => {
    const { data } = parseTimeline([
      { start: '2023-05-24', title: 'Mao Ning criticises NATO!' },
      { start: '2023-05-24', title: 'Mao Ning criticises NATO!' },
      { id: 'vilnius', start: '2023-07-11', title: 'Vilnius' },
      { start: '2023-05-24', title: '岸田首相' },
    ]);
    expect(data.events.map((e) => e.id)).toEqual([
      '2023-05-24-mao-ning-criticises-nato',
      '2023-05-24-mao-ning-criticises-nato-2',
      expect.stringMatching(/^2023-05-24-[0-9a-z]+$/),
      'vilnius',
    ]);
    expect(parseTimeline([{ start: '2023-05-24', title: '岸田首相' }]).data.events[0]!.id).toBe(data.events[2]!.id);
  });

  test('a bad event is skipped with a precise error; its neighbours are kept', () => {
    const { data, issues } = parseTimeline({
      events: [
        { id: 'madrid', start: '2022-06-28', title: 'Madrid' },
        { id: 'vilnius-summit', start: '11/07/2023', title: 'Vilnius' },
        { start: '2023-05-24', title: 'Mao Ning' },
      ],
    });
    expect(data.events.map((e) => e.title)).toEqual(['Madrid', 'Mao Ning']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', path: 'events[1].start', eventIndex: 1, eventName: 'vilnius-summit', field: 'start' });
    expect(issues[0]!.message).toBe('events[1] ("vilnius-summit").start: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"');
  });

  test.each([
    [{ title: 'No date' }, 'events[0] ("No date").start: expected an ISO 8601 date such as 2023-07-11, found nothing'],
    [{ start: '2023-05-24' }, 'events[0].title: expected the event’s headline as text, found nothing'],
    [{ start: '2023-02-30', title: 'Feb' }, 'events[0] ("Feb").start: expected an ISO 8601 date such as 2023-07-11, found "2023-02-30" (February 2023 has no day 30, only 28)'],
    [{ start: '2023-07-12', end: '2023-07-11', title: 'Backwards' }, 'events[0] ("Backwards").end: expected a date on or after start (2023-07-12), found "2023-07-11"'],
    ['not an event', 'events[0]: expected an event object with start and title, found "not an event"'],
    [{ start: true, title: 'Bool' }, 'events[0] ("Bool").start: expected an ISO 8601 date such as 2023-07-11, found true'],
  ])('reports %j as an error', (event, message) => {
    const { data, issues } = parseTimeline([event]);
    expect(data.events).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([message]);
    expect(issues[0]!.severity).toBe('error');
  });

  test('repairs bad optional fields with warnings and keeps the event', () => {
    const { data, issues } = parseTimeline([
      { start: '2023', title: 'T', status: 'rumoured', importance: 5, tags: ['ok', 4], summary: { html: '<b>x</b>' } },
    ]);
    expect(data.events).toHaveLength(1);
    expect(data.events[0]).toMatchObject({ status: 'confirmed', importance: 2, tags: ['ok'], summary: '' });
    expect(issues.map((i) => [i.severity, i.path])).toEqual([
      ['warning', 'events[0].summary'],
      ['warning', 'events[0].tags[1]'],
      ['warning', 'events[0].status'],
      ['warning', 'events[0].importance'],
    ]);
    expect(issues.find((i) => i.field === 'status')!.message).toBe(
      'events[0] ("T").status: expected one of confirmed, expected, disputed or cancelled, found "rumoured"',
    );
  });

  test('drops unsafe URLs: sources keep their text, media is dropped', () => {
    const { data, issues } = parseTimeline([
      {
        start: '2023',
        title: 'T',
        sources: [
          { title: 'Bad', url: 'javascript:alert(1)' },
          { title: 'Good', url: 'https://www.nato.int/' },
          { title: 'Relative', url: './notes.html' },
          { url: 'data:text/html,<script>alert(1)</script>' },
        ],
        media: { url: 'JaVaScRiPt:alert(1)', alt: 'x' },
      },
    ]);
    expect(data.events[0]!.sources.map((s) => [s.title, s.url])).toEqual([
      ['Bad', null],
      ['Good', 'https://www.nato.int/'],
      ['Relative', './notes.html'],
    ]);
    expect(data.events[0]!.media).toBeNull();
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.map((i) => i.path)).toEqual(['events[0].sources[0].url', 'events[0].sources[3].url', 'events[0].media.url']);
  });

  test('maps group labels to ids and adds lanes named only by events', () => {
    const { data } = parseTimeline({
      groups: [{ id: 'nato', label: 'NATO' }, { id: 'unused', label: 'Unused' }],
      events: [
        { start: '2023', title: 'A', group: 'NATO' },
        { start: '2023', title: 'B', group: 'China' },
        { start: '2023', title: 'C' },
      ],
    });
    expect(data.groups).toEqual([{ id: 'nato', label: 'NATO' }, { id: 'China', label: 'China' }]);
    expect(data.events.map((e) => e.group)).toEqual(['nato', 'China', null]);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'not json', '{"events": 3}', [null], { events: [{ __proto__: { start: '2023', title: 'x' } }] }]) {
      const result = parseTimeline(input);
      expect(result.data.events).toEqual([]);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  test('own properties only: __proto__ and constructor keys do nothing', () => {
    const input = JSON.parse('[{"start":"2023","title":"T","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]');
    const { data } = parseTimeline(input);
    expect(data.events).toHaveLength(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('accepts JSON text', () => {
    expect(parseTimeline('[{"start":"2023-05-24","title":"T"}]').data.events).toHaveLength(1);
  });
});
