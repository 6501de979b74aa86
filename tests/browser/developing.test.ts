import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import type { NewsTimelineUpdateEvent } from '../../src/events.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineData } from '../../src/model/types.js';
import v3json from '../../examples/data/developing/v3.json';
import v4json from '../../examples/data/developing/v4.json';
import v5json from '../../examples/data/developing/v5.json';
import v6json from '../../examples/data/developing/v6.json';
import v7json from '../../examples/data/developing/v7.json';
import { FakeServer, restorePageVisibility, setPageHidden } from './fake-server.js';
import { focusedEventId, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

const [v3, v4, v5, v6, v7] = [v3json, v4json, v5json, v6json, v7json] as [TimelineData, TimelineData, TimelineData, TimelineData, TimelineData];
/** A version without some of its events: what a newsroom publishes when it withdraws a report. */
const without = (data: TimelineData, ...ids: string[]): TimelineData => ({ ...data, events: data.events.filter((e) => !ids.includes(e.id!)) });

const STORY = '/newsroom/story.json';
const button = (el: NewsTimeline, id: string) => parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === id) ?? null;
const liveRegion = (el: NewsTimeline) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
const marks = (el: NewsTimeline) => Object.fromEntries(parts(el, 'change').map((m) => [m.closest<HTMLElement>('[part~="event"]')!.dataset['id'], m.textContent!.trim()]));
const ids = (el: NewsTimeline) => parts(el, 'event').map((b) => b.dataset['id']);

/** The axis's ticks, each as its label and where it is drawn: the same ticks in the same places are the same window. */
const ticks = (el: NewsTimeline) => [...part(el, 'axis')!.querySelectorAll('.tick')].map((t) => `${t.textContent!.trim()} at ${Math.round(t.getBoundingClientRect().left)}`);

/**
 * Sets `events` to another version and resolves once it is drawn: with what changed marked and announced
 * (after `news-timeline-update`), or, for a version that changes nothing, once the comparison had its turn.
 */
async function publish(el: NewsTimeline, data: TimelineData, changes = true): Promise<void> {
  const drawn = new Promise((resolve) => el.addEventListener(changes ? 'news-timeline-update' : 'news-timeline-load', resolve, { once: true }));
  el.events = data;
  await drawn;
  await el.updateComplete;
  if (!changes) await nextFrame();
}

/** Collects the element's `news-timeline-update` events. */
function updatesOf(el: NewsTimeline): { added: readonly string[]; changed: readonly string[]; removed: readonly string[] }[] {
  const seen: NewsTimelineUpdateEvent[] = [];
  el.addEventListener('news-timeline-update', (e) => seen.push(e));
  return new Proxy([], { get: (_, key) => Reflect.get(seen.map(({ added, changed, removed }) => ({ added, changed, removed })), key) });
}

const spacer = document.createElement('div');
beforeEach(() => {
  // Room to scroll the page, so a test can check that an update leaves the scroll where it was.
  spacer.style.height = '3000px';
  document.body.append(spacer);
});

afterEach(async () => {
  unmountAll();
  spacer.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
  restorePageVisibility();
  localStorage.clear();
  window.scrollTo(0, 0);
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

describe('a developing story: refreshing src', () => {
  test('an update that adds, changes and removes events keeps the window, the open card, focus and the scroll, and says what changed', async () => {
    const server = new FakeServer(STORY, v4);
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.src = STORY;
    }, 900);
    el.zoomTo('2023-06-01', '2023-07-16');
    el.select('vilnius-summit');
    await el.updateComplete;
    button(el, 'france-tells-stoltenberg')!.focus();
    window.scrollTo(0, 150);
    await nextFrame();
    // Events that do not change stay where they were; the summit's longer title may move its label.
    const kept = ['kishida-announces-attendance', 'france-tells-stoltenberg', 'office-decision-postponed'];
    const xBefore = kept.map((id) => button(el, id)!.getBoundingClientRect().left);
    const ticksBefore = ticks(el);
    expect(ticksBefore.length).toBeGreaterThan(2);
    const updates = updatesOf(el);

    // The next version adds two events, confirms the summit, and (for this test) drops the first event,
    // which moves the data's start by four months: the window must not follow it.
    server.publish(without(v5, 'russia-invades-ukraine'));
    await el.refresh();
    await nextFrame();

    expect([...updates]).toEqual([{ added: ['communique-omits-tokyo-office', 'japan-nato-itpp'], changed: ['vilnius-summit'], removed: ['russia-invades-ukraine'] }]);
    expect(server.requests.map((h) => h.get('if-none-match'))).toEqual([null, '"v1"']);
    kept.forEach((id, i) => expect(button(el, id)!.getBoundingClientRect().left, id).toBeCloseTo(xBefore[i]!, 0));
    expect(ticks(el)).toEqual(ticksBefore);
    expect(el.selected).toBe('vilnius-summit');
    const card = part(el, 'detail')!;
    expect(card.querySelector('h2')!.textContent).toBe('NATO Vilnius summit opens (Kishida attending)');
    expect(card.querySelector('.status')!.textContent).toBe('Confirmed on 11 July 2023 (previously expected)');
    expect([...card.querySelectorAll('[part="updates"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim().slice(0, 24))).toEqual([
      '21 June 2023: Kishida an', '7 July 2023: Chief Cabin', '11 July 2023: The summit',
    ]);
    expect(focusedEventId(el)).toBe('france-tells-stoltenberg');
    expect(window.scrollY).toBe(150);
    // New events are marked; the summit is open, so it is seen and carries no mark.
    expect(marks(el)).toEqual({ 'communique-omits-tokyo-office': 'New', 'japan-nato-itpp': 'New' });
    // Screen readers hear the mark in the button's name (its visible text shows it as a badge).
    expect(button(el, 'japan-nato-itpp')!.getAttribute('aria-label')).toMatch(/, New$/);
    expect(liveRegion(el)).toBe('2 new events, 1 updated, 1 removed.');
  });

  test('on a phone, an event added above the one being read does not push it down the screen', async () => {
    const el = await mount((el) => (el.events = without(v6, 'france-objects-ft-report', 'wang-wenbin-june-6')), 400);
    const reading = button(el, 'office-decision-postponed')!;
    window.scrollTo(0, reading.getBoundingClientRect().top + window.scrollY - 100);
    await nextFrame();
    const top = reading.getBoundingClientRect().top;
    await publish(el, v6);
    await nextFrame();
    expect(button(el, 'france-objects-ft-report')).not.toBeNull();
    expect(button(el, 'office-decision-postponed')!.getBoundingClientRect().top).toBeCloseTo(top, 0);
  });

  test('a reader who saw the whole story still sees all of it when it grows', async () => {
    const server = new FakeServer(STORY, v6);
    const el = await mount((el) => (el.src = STORY), 900);
    expect(part(el, 'fit')!.getAttribute('aria-disabled')).toBe('true');
    server.publish(v7);
    await el.refresh();
    expect(part(el, 'fit')!.getAttribute('aria-disabled')).toBe('true');
  });

  test('an event that is gone closes its card, and focus on it moves to the next event', async () => {
    const server = new FakeServer(STORY, v6);
    const el = await mount((el) => (el.src = STORY), 900);
    el.select('office-decision-postponed');
    await el.updateComplete;
    button(el, 'office-decision-postponed')!.focus();
    server.publish(without(v6, 'office-decision-postponed'));
    await el.refresh();
    await nextFrame();
    expect(el.selected).toBeNull();
    expect(part(el, 'detail')).toBeNull();
    expect(focusedEventId(el)).toBe('communique-omits-tokyo-office');
  });

  test('a 304, or the same text again, renders nothing and fires nothing; requests are conditional on what the server sent', async () => {
    for (const validators of ['etag', 'last-modified', 'none'] as const) {
      const server = new FakeServer(STORY, v6, validators);
      const el = await mount((el) => (el.src = STORY), 900);
      const updates = updatesOf(el);
      const render = vi.spyOn(el, 'render' as never);
      await el.refresh();
      await el.updateComplete;
      expect(render, validators).not.toHaveBeenCalled();
      expect([...updates]).toEqual([]);
      const [first, again] = server.requests;
      expect([first!.get('if-none-match'), first!.get('if-modified-since')]).toEqual([null, null]);
      expect(again!.get('if-none-match')).toBe(validators === 'etag' ? '"v1"' : null);
      expect(again!.get('if-modified-since')).toBe(validators === 'last-modified' ? 'Sat, 01 Jul 2023 12:00:00 GMT' : null);
      unmountAll();
      vi.restoreAllMocks();
    }
  });

  test('setting `events` to a new version is an update too; the same data again is not', async () => {
    const el = await mount((el) => {
      el.listView = true;
      el.events = v6;
    }, 900);
    const updates = updatesOf(el);
    await publish(el, structuredClone(v6), false);
    expect([...updates]).toEqual([]);
    await publish(el, v7);
    expect([...updates]).toEqual([{ added: [], changed: ['china-rejects-communique', 'kishida-zelenskyy-meeting'], removed: [] }]);
    expect(marks(el)).toEqual({ 'china-rejects-communique': 'Updated', 'kishida-zelenskyy-meeting': 'Updated' });
    // Another story altogether (no event in common) starts afresh: no marks, no update.
    await publish(el, { events: [{ id: 'other', start: '1999', title: 'Another story' }] }, false);
    expect(updates).toHaveLength(1);
    expect(parts(el, 'change')).toHaveLength(0);
  });
});

describe('a developing story: the reader keeps list view and their place in the story', () => {
  test('in list view, stepping through the story: an update keeps the list, the open event and the next step', async () => {
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.story = true;
      el.listView = true;
      el.events = v3;
    }, 900);
    el.select('vilnius-summit');
    await el.updateComplete;
    const order = (data: TimelineData) => parseTimeline(data).data.events.map((e) => e.id);
    // The next versions add events before the summit, and after it.
    const at = order(v5).indexOf('vilnius-summit');
    expect(at).toBeGreaterThan(order(v3).indexOf('vilnius-summit'));

    await publish(el, v5);
    expect(el.listView).toBe(true);
    expect(part(el, 'plot')!.querySelector('.events.plain, .events.virtual')).not.toBeNull();
    expect(el.selected).toBe('vilnius-summit');
    expect(part(el, 'position')!.textContent).toBe(`${at + 1} of ${v5.events.length}`);
    (part<HTMLButtonElement>(el, 'next'))!.click();
    await el.updateComplete;
    expect(el.selected).toBe(order(v5)[at + 1]);
  });

  test('the card lists an event’s updates in date order, a correction labelled as such, and the header says when the data last changed', async () => {
    const story = (updated: string, updates: NonNullable<TimelineData['events'][number]['updates']>): TimelineData => ({
      title: 'A developing story', updated,
      events: [
        { id: 'talks', start: '2023-07-11', title: 'Talks begin', status: 'expected', updates },
        { id: 'other', start: '2023-07-01', title: 'Earlier news' },
      ],
    });
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = story('2023-07-10T09:00Z', []);
    }, 900);
    el.select('talks');
    await el.updateComplete;
    expect(part(el, 'updates')).toBeNull();
    const header = part(el, 'updated')!.textContent!;
    await publish(el, story('2023-07-12T16:30Z', [
      { date: '2023-07-12', text: 'The talks ended a day late.' },
      { date: '2023-07-11', text: 'An earlier version gave the wrong city.', kind: 'correction' },
    ]));
    expect(part(el, 'updated')!.textContent).not.toBe(header);
    expect(part(el, 'updated')!.textContent).toContain('12 July 2023');
    expect([...part(el, 'updates')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Correction, 11 July 2023: An earlier version gave the wrong city.',
      '12 July 2023: The talks ended a day late.',
    ]);
    expect(part(el, 'updates')!.querySelector('li.correction strong')!.textContent).toBe('Correction');
  });
});

describe('a developing story: failures never lose data', () => {
  test('a failed refresh keeps the data and says so with the time of the data shown; the next good one clears the note', async () => {
    const server = new FakeServer(STORY, v6);
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.src = STORY;
    }, 900);
    const shown = ids(el);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failures: [string, () => void][] = [
      ['HTTP 503', () => void (server.failure = () => Promise.resolve(new Response('busy', { status: 503, statusText: 'Service Unavailable' })))],
      ['Failed to fetch', () => void (server.failure = () => Promise.reject(new TypeError('Failed to fetch')))],
      ['expected', () => { server.failure = null; server.publish('{"events": ['); }],
      ['no usable', () => server.publish({ events: [] })],
      ['yesterday', () => server.publish({ events: [{ id: 'x', start: 'yesterday', title: 'Bad' }] })],
    ];
    for (const [reason, fail] of failures) {
      fail();
      await el.refresh();
      await el.updateComplete;
      expect(part(el, 'stale')?.textContent, reason).toMatch(/^Could not update; showing data from \d\d:\d\d\.$/);
      expect(ids(el), reason).toEqual(shown);
      expect(warn.mock.calls.at(-1)![0], reason).toMatch(/^news-timeline: could not update from \/newsroom\/story\.json: .+; showing the data from \d{4}-/);
      expect(warn.mock.calls.at(-1)![0], reason).toContain(reason === 'no usable' ? 'the data has no events' : reason);
    }
    expect(part(el, 'error')).toBeNull();
    // A version with one bad event among good ones is an update: the good events are kept, the bad one reported.
    server.publish({ ...v7, events: [...v7.events, { id: 'bad', start: '12/07/2023', title: 'Bad' }] });
    await el.refresh();
    await el.updateComplete;
    expect(part(el, 'stale')).toBeNull();
    expect(ids(el)).toEqual(shown);
    expect(part(el, 'issues')!.textContent).toContain('events[23] ("bad").start');
    expect(error).toHaveBeenCalled();
  });

  test('a first load that fails shows the error, and with `refresh` is tried again until it works', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const server = new FakeServer(STORY, v6);
    server.failure = () => Promise.resolve(new Response('', { status: 500 }));
    const el = await mount((el) => {
      el.setAttribute('refresh', '20');
      el.listView = true;
      el.src = STORY;
    }, 900, false);
    await waitFor(() => part(el, 'error'));
    server.failure = null;
    await vi.advanceTimersByTimeAsync(20_000);
    await waitFor(() => ids(el).length === v6.events.length);
    expect(part(el, 'error')).toBeNull();
  });
});

describe('a developing story: when to ask', () => {
  test('polls every `refresh` seconds while visible, never while hidden, once on return, and backs off after failures', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const server = new FakeServer(STORY, v6);
    const el = await mount((el) => {
      el.setAttribute('refresh', '30');
      el.src = STORY;
    }, 900);
    const count = () => server.requests.length;
    expect(count()).toBe(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(count()).toBe(2);

    setPageHidden(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(count()).toBe(2);
    setPageHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(count()).toBe(3);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(count()).toBe(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(count()).toBe(4);
    // A glance at another tab, ten seconds before the next refresh was due: one on return all the same,
    // and the next 30 s after it; a return moments after a refresh asks nothing.
    await vi.advanceTimersByTimeAsync(10_000);
    setPageHidden(true);
    await vi.advanceTimersByTimeAsync(10_000);
    setPageHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(count()).toBe(5);
    setPageHidden(true);
    setPageHidden(false);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(count()).toBe(5);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(count()).toBe(6);

    // Failures: retried after 30 s, then 60 s, then 120 s (spread by ±20 %, here not at all), and a return to
    // the page does not cut a wait short.
    server.failure = () => Promise.resolve(new Response('', { status: 502 }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(count()).toBe(7);
    setPageHidden(true);
    setPageHidden(false);
    for (const wait of [30_000, 60_000, 120_000]) {
      await vi.advanceTimersByTimeAsync(wait - 100);
      expect(count()).toBe(7 + [30_000, 60_000, 120_000].indexOf(wait));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(count()).toBe(10);
    expect(part(el, 'stale')).not.toBeNull();
    server.failure = null;
    server.publish(v7);
    await vi.advanceTimersByTimeAsync(240_000);
    expect(count()).toBe(11);
    await el.updateComplete;
    expect(part(el, 'stale')).toBeNull();
    // Back to the usual pace.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(count()).toBe(12);
  });

  test('a burst of updates is one announcement, and marks go once seen: opened, focused, or after a minute in view', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await mount((el) => {
      el.listView = true;
      el.events = without(v5, 'communique-omits-tokyo-office', 'japan-nato-itpp');
    }, 900);
    await publish(el, without(v5, 'japan-nato-itpp'));
    expect(liveRegion(el)).toBe('1 new event.');
    await publish(el, v5);
    await publish(el, v6);
    // Said once the quiet spell is over, for both updates together: the programme, added then changed, is new.
    expect(liveRegion(el)).toBe('1 new event.');
    await vi.advanceTimersByTimeAsync(10_000);
    await el.updateComplete;
    expect(liveRegion(el)).toBe('7 new events, 2 updated.');
    expect(Object.keys(marks(el))).toHaveLength(10);

    el.select('japan-nato-itpp');
    await el.updateComplete;
    button(el, 'ap4-leaders-meeting')!.focus();
    await el.updateComplete;
    expect(marks(el)['japan-nato-itpp']).toBeUndefined();
    expect(marks(el)['ap4-leaders-meeting']).toBeUndefined();
    expect(Object.keys(marks(el))).toHaveLength(8);
    await vi.advanceTimersByTimeAsync(60_000);
    await el.updateComplete;
    expect(marks(el)).toEqual({});
  });

  test('new events fade in where they belong, unless the reader prefers reduced motion', async () => {
    for (const motion of ['no-preference', 'reduce']) {
      await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'prefers-reduced-motion', value: motion }] });
      const el = await mount((el) => (el.events = v4), 900);
      await publish(el, v5);
      expect(button(el, 'japan-nato-itpp')!.getAnimations().length, motion).toBe(motion === 'reduce' ? 0 : 1);
      unmountAll();
    }
  });
});

describe('a developing story: since your last visit (`remember`)', () => {
  test('marks what was added or changed since the last visit, and keeps nothing but hashes', async () => {
    const key = `news-timeline:${location.pathname}#developing`;
    const first = await mount((el) => {
      el.id = 'developing';
      el.remember = true;
      el.events = v4;
    }, 900);
    expect(parts(first, 'change')).toHaveLength(0);
    await waitFor(() => localStorage.getItem(key));
    unmountAll();
    const stored = localStorage.getItem(key)!;
    expect(stored).not.toMatch(/vilnius|Kishida/);

    const second = await mount((el) => {
      el.id = 'developing';
      el.locale = 'en-GB';
      el.remember = true;
      el.events = v5;
    }, 900);
    // Each marked event's name ends with its mark; the mark is drawn in its label, which a crowded drawing
    // may tuck away (made only when it shows, once hover and focus are followed).
    const named = () => Object.fromEntries(parts(second, 'event').filter((b) => b.matches('.is-new, .is-updated')).map((b) => [b.dataset['id'], b.getAttribute('aria-label')!.split(', ').at(-1)]));
    await waitFor(() => Object.keys(named()).length === 3);
    expect(named()).toEqual({ 'communique-omits-tokyo-office': 'New', 'vilnius-summit': 'Updated', 'japan-nato-itpp': 'New' });
    const drawn = marks(second);
    expect(Object.keys(drawn).length).toBeGreaterThan(0);
    for (const [id, text] of Object.entries(drawn)) expect(text).toBe(named()[id]);
    expect(liveRegion(second)).toMatch(/^Since your last visit \(\d\d:\d\d\): 2 new events, 1 updated\.$/);
  });

  test('storage that throws (private mode, a full quota) never breaks the page', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('The operation is insecure.', 'SecurityError'); });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount((el) => {
      el.id = 'private';
      el.listView = true;
      el.remember = true;
      el.events = v5;
    }, 900);
    expect(ids(el)).toHaveLength(v5.events.length);
    await publish(el, v6);
    await waitFor(() => warn.mock.calls.length > 0, 3000);
    expect(warn.mock.calls[0]![0]).toMatch(/^news-timeline: could not remember this visit/);
    expect(Object.keys(marks(el))).toHaveLength(9);
  });
});
