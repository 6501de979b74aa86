import { describe, expect, test } from 'vitest';
import { eventIndex } from '../../src/layout/event-index.js';
import { emptyWindow, zoomTowardEvents } from '../../src/layout/nearest.js';
import { parseTimeline } from '../../src/model/parse.js';
import { deepYearTime } from '../../src/model/deep-time.js';
import { ReaderText } from '../../src/plan/reader-text.js';
import { viewDates, viewSummary } from '../../src/plan/view-text.js';
import { ENGLISH } from '../../src/strings.js';

const timeline = parseTimeline({
  events: [
    { id: 'a', start: '2023-01-10', title: 'First' },
    { id: 'b', start: '2023-02-01', end: '2023-02-20', title: 'Second' },
    { id: 'c', start: '2023-06-15', title: 'Third' },
  ],
}).data;
const index = eventIndex(timeline);
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const words = new ReaderText(ENGLISH, 'en');
// Intl puts thin spaces around range dashes.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('empty windows and zooming toward events', () => {
  test('a window with no event gives the nearest event before and after it', () => {
    expect(emptyWindow(index, [at('2023-03-01'), at('2023-05-01')])).toEqual({ before: 1, after: 2 });
    expect(emptyWindow(index, [at('2022-01-01'), at('2022-12-01')])).toEqual({ before: null, after: 0 });
    // A range still running in the window, or an event starting in it: not empty.
    expect(emptyWindow(index, [at('2023-02-10'), at('2023-03-10')])).toBeNull();
    expect(emptyWindow(index, [at('2023-06-01'), at('2023-07-01')])).toBeNull();
  });

  test('zooming in with nothing focused goes toward the nearest event when the middle holds none', () => {
    // The middle (late April) is empty at a quarter of the width; the Third (June 15) is nearer than the Second's end.
    const view: [number, number] = [at('2023-03-10'), at('2023-06-10')];
    const toward = zoomTowardEvents(index, view, 4)!;
    expect(toward[1] - toward[0]).toBeCloseTo((view[1] - view[0]) / 4);
    expect(toward[0] < at('2023-06-15') && at('2023-06-15') < toward[1]).toBe(true);
    // Where the zoomed middle shows an event, the zoom is the plain one.
    expect(zoomTowardEvents(index, [at('2023-01-01'), at('2023-03-01')], 2)).toBeNull();
  });

  test('the window is announced with its dates as precise as its width, and the nearest events when empty', () => {
    expect(plain(viewDates(words, [at('2023-03-01'), at('2023-06-30')]))).toBe('March – June 2023');
    expect(plain(viewSummary(words, timeline, [at('2023-01-01'), at('2023-03-01')]))).toBe('Showing January 1 – March 1, 2023, 2 events.');
    expect(plain(viewSummary(words, timeline, [at('2023-03-01'), at('2023-05-01')]))).toBe(
      'Showing March 1 – May 1, 2023, no events. Earlier: Second, February 1 – 20, 2023. Later: Third, June 15, 2023.',
    );
  });

  test('a window in deep time, beyond what a Date holds, is said in years ago instead of throwing', () => {
    const view: [number, number] = [deepYearTime(1 - 70e6), deepYearTime(1 - 60e6)];
    expect(plain(viewDates(words, view))).toBe(`${plain(words.deepYear(1 - 70e6))} – ${plain(words.deepYear(1 - 60e6))}`);
    expect(plain(viewDates(words, view))).toMatch(/million years ago.*million years ago/);
  });
});
