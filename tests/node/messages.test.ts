import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';

// Every message the parser can give, word for word, so a change to one is a deliberate change.
// (Messages for dates, limits, CSV and TimelineJS dates are checked with their own features.)
const T = { start: '2023', title: 'T' };

describe('every issue message', () => {
  test.each([
    ['{"events": [', 'data: expected JSON, found text that does not parse'],
    [42, 'data: expected a timeline object with events, or an array of events, found 42'],
    [{ events: 3 }, 'data.events: expected an array of events, found 3'],
    [[{ ...T, sources: 'https://x.org' }], 'events[0] ("T").sources: expected an array of sources, found "https://x.org"'],
    [[{ ...T, sources: [7] }], 'events[0] ("T").sources[0]: expected a source object with a url, found 7'],
    [[{ ...T, sources: [{ date: '2023' }] }], 'events[0] ("T").sources[0]: expected a source with a url or a title, found an object'],
    [[{ ...T, sources: [{ title: 'Doc', url: 'vbscript:x' }] }], 'events[0] ("T").sources[0].url: expected an http(s) or relative URL, found "vbscript:x" (shown without a link)'],
    [[{ ...T, sources: [{ title: 'Doc', url: 'https://x.org', date: '2023-13' }] }], 'events[0] ("T").sources[0].date: expected an ISO 8601 date such as 2023-07-11, found "2023-13" (month 13 does not exist)'],
    [[{ ...T, media: 'https://x.org/a.jpg' }], 'events[0] ("T").media: expected a media object with a url, found "https://x.org/a.jpg"'],
    [[{ ...T, media: { url: 'file:///etc/passwd' } }], 'events[0] ("T").media.url: expected an http(s) or relative URL, found "file:///etc/passwd" (media dropped)'],
    [[{ ...T, tags: 'a,b' }], 'events[0] ("T").tags: expected an array of text, found "a,b"'],
    [[{ ...T, importance: '3' }], 'events[0] ("T").importance: expected 1, 2 or 3, found "3"'],
    [[{ ...T, group: ['a'] }], 'events[0] ("T").group: expected text, found an array of 1 item'],
    [[{ ...T, id: 'x' }, { ...T, id: 'x' }], 'events[1] ("x").id: expected a unique id, found "x" again (renamed "x-2")'],
    [{ events: [T], groups: [{ label: 'No id' }] }, 'groups[0]: expected a group with an id and a label, found an object'],
    [{ events: [T], groups: [{ id: 'a' }, { id: 'a' }] }, 'groups[1].id: expected a unique group id, found "a" again (ignored)'],
    [{ events: [T], eras: ['era'] }, 'eras[0]: expected an era with start, end and title, found "era"'],
    [{ events: [T], eras: [{ start: '2020', title: 'E' }] }, 'eras[0].end: expected a date, found nothing (era skipped)'],
    [{ events: [T], eras: [{ start: '2021', end: '2020', title: 'E' }] }, 'eras[0].end: expected a date on or after start (2021), found "2020" (era skipped)'],
    [{ events: [T], asOf: 'yesterday' }, 'data.asOf: expected an ISO 8601 date such as 2023-07-11, found "yesterday"'],
    [{ events: [T], title: { text: 'x' } }, 'data.title: expected text, found an object'],
    [{ events: [null] , title: { text: { headline: 'TimelineJS' } } }, 'events[0]: expected a TimelineJS slide object with start_date and text, found null'],
    [{ events: [{ start_date: { year: 2000 }, text: { headline: 'H' } }], eras: [3] }, 'eras[0]: expected an era with start_date, end_date and text, found 3'],
    ['start,title\n', 'data: expected a CSV header row and at least one row of events, found only a header'],
  ])('%j → %s', (input, message) => {
    const messages = parseTimeline(input).issues.map((i) => i.message);
    expect(messages.some((m) => m === message || (message.endsWith('does not parse') && m.startsWith(message)))).toBe(true);
  });
});
