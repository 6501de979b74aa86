import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { serializeTimeline } from '../../src/model/serialize.js';
import { statusChange } from '../../src/model/status-change.js';

const version = (n: number) => JSON.parse(readFileSync(new URL(`../../examples/data/developing/v${n}.json`, import.meta.url), 'utf8')) as unknown;

describe('updates and corrections on events, and the dataset’s `updated`', () => {
  test('every version of the developing story reads with no issues; updates come in date order', () => {
    for (let n = 1; n <= 7; n++) {
      const { data, issues } = parseTimeline(version(n));
      expect(issues, `v${n}`).toEqual([]);
      expect(data.updated?.precision, `v${n}`).toBe('second');
    }
    const vilnius = parseTimeline(version(7)).data.events.find((e) => e.id === 'vilnius-summit')!;
    expect(vilnius.updates.map((u) => [u.date.text, u.kind])).toEqual([
      ['2023-06-21', 'update'], ['2023-07-07', 'update'], ['2023-07-11', 'update'], ['2023-07-12', 'update'],
    ]);
    expect(vilnius.updates[2]!.text).toMatch(/^The summit opened; status changed from expected to confirmed/);
  });

  test('updates are sorted by date, same-date updates keep their order, and a correction is kept as one', () => {
    const { data, issues } = parseTimeline([{ id: 'x', start: '2023-07-11', title: 'X', updates: [
      { date: '2023-07-12', text: 'Second' },
      { date: '2023-07-11T09:00Z', text: 'First', kind: 'correction' },
      { date: '2023-07-12', text: 'Third' },
    ] }]);
    expect(issues).toEqual([]);
    expect(data.events[0]!.updates.map((u) => [u.text, u.kind])).toEqual([['First', 'correction'], ['Second', 'update'], ['Third', 'update']]);
  });

  test('a bad update is dropped with a located warning; the event and its good updates stay', () => {
    const { data, issues } = parseTimeline({ updated: 'last Tuesday', events: [{ id: 'vilnius-summit', start: '2023-07-11', title: 'Vilnius', updates: [
      { date: '11/07/2023', text: 'American date' },
      { text: 'No date' },
      { date: '2023-07-11', text: '   ' },
      'just text',
      { date: '2023-07-12', text: 'Good', kind: 'erratum' },
    ] }] });
    expect(data.events).toHaveLength(1);
    expect(data.updated).toBeNull();
    expect(data.events[0]!.updates.map((u) => [u.text, u.kind])).toEqual([['Good', 'update']]);
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'events[0] ("vilnius-summit").updates[0].date: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"'],
      ['warning', 'events[0] ("vilnius-summit").updates[1].date: expected the date of the update, found nothing (update dropped)'],
      ['warning', 'events[0] ("vilnius-summit").updates[2].text: expected what changed, as text, found "   " (update dropped)'],
      ['warning', 'events[0] ("vilnius-summit").updates[3]: expected an update with a date and text, found "just text" (update dropped)'],
      ['warning', 'events[0] ("vilnius-summit").updates[4].kind: expected update or correction, found "erratum" (read as update)'],
      ['warning', 'data.updated: expected an ISO 8601 date such as 2023-07-11, found "last Tuesday"'],
    ]);
  });

  test('updates that are not a list are a warning, not a lost event', () => {
    const { data, issues } = parseTimeline([{ id: 'a', start: '2023', title: 'A', updates: { date: '2023', text: 'x' } }]);
    expect(data.events[0]!.updates).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual(['events[0] ("a").updates: expected an array of updates, found an object']);
  });

  test('serializeTimeline writes updates (kind only for corrections) and `updated` back', () => {
    const input = { updated: '2023-07-14T12:00:00Z', events: [{ id: 'a', start: '2023-07-11', title: 'A', updates: [
      { date: '2023-07-11', text: 'Opened' }, { date: '2023-07-12', text: 'Fixed the date', kind: 'correction' },
    ] }] };
    const written = serializeTimeline(parseTimeline(input).data);
    expect(written.updated).toBe('2023-07-14T12:00:00Z');
    expect(written.events[0]!.updates).toEqual([{ date: '2023-07-11', text: 'Opened' }, { date: '2023-07-12', text: 'Fixed the date', kind: 'correction' }]);
  });
});

describe('statusChange()', () => {
  const event = (n: number, id: string) => parseTimeline(version(n)).data.events.find((e) => e.id === id)!;

  test('dates a change of status by the update the new version added with it', () => {
    expect(statusChange(event(4, 'vilnius-summit'), event(5, 'vilnius-summit'))).toMatchObject({ from: 'expected', to: 'confirmed', on: { text: '2023-07-11' } });
    expect(statusChange(event(6, 'kishida-zelenskyy-meeting'), event(7, 'kishida-zelenskyy-meeting'))).toMatchObject({ from: 'expected', to: 'cancelled', on: { text: '2023-07-14' } });
  });

  test('is null when the status stayed, and undated when no update came with the change', () => {
    expect(statusChange(event(3, 'vilnius-summit'), event(4, 'vilnius-summit'))).toBeNull();
    const [before, after] = [0, 1].map((i) => parseTimeline([{ id: 'x', start: '2023', title: 'X', status: i ? 'disputed' : 'confirmed' }]).data.events[0]!);
    expect(statusChange(before!, after!)).toEqual({ from: 'confirmed', to: 'disputed', on: null });
  });
});
