import { afterEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { NewsTimelineSelectEvent } from '../../src/events.js';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, focusedEventId, intersects, mount, nextFrame, part, parts, unmountAll, waitFor } from './harness.js';

const articleIds = parseTimeline(articleData).data.events.map((e) => e.id);

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('<news-timeline> with the article dataset', () => {
  test('renders every event as a button, in date order, in an ordered list', async () => {
    const el = await mount((el) => (el.events = articleData));
    const buttons = parts<HTMLButtonElement>(el, 'event');
    expect(buttons.map((b) => b.dataset['id'])).toEqual(articleIds);
    expect(part(el, 'events')!.tagName).toBe('OL');
    expect(buttons.every((b) => b.tagName === 'BUTTON')).toBe(true);
    expect(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('aria-hidden')).toBe('true');
    expect(part(el, 'summary')!.textContent).toBe(`Timeline of ${articleIds.length} events from February 2022 to July 2023, in 5 lanes.`);
    expect(parts(el, 'marker')).toHaveLength(articleIds.length);
    expect(part(el, 'axis')!.querySelectorAll('text').length).toBeGreaterThan(2);
  });

  test('the events are one tab stop, after the finder and the toolbar: Tab enters on the first event and the next Tab leaves them', async () => {
    const el = await mount((el) => (el.events = articleData));
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    // Each stop inside the element, named by its event id or by the part it belongs to, until Tab leaves.
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await userEvent.tab();
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) {
        if (seen.length) break;
        continue;
      }
      seen.push(focusedEventId(el) ?? active.closest('[part]')!.getAttribute('part')!);
    }
    before.remove();
    // Find first (search, filters, jump to a date), then move the view, then the events: one stop, the first event.
    expect(seen).toEqual(['search', 'filter', 'jump', 'jump', 'control zoom-in', 'control zoom-out', 'control fit', 'control list-toggle', articleIds[0]]);
    expect(parts(el, 'event').filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  test.each([320, 600, 1000])('at %i px no two visible labels overlap and nothing scrolls sideways', async (width) => {
    const el = await mount((el) => (el.events = articleData), width);
    const labels = parts(el, 'label').filter((l) => getComputedStyle(l).opacity !== '0');
    expect(labels.length).toBeGreaterThan(3);
    const rects = labels.map((l) => l.getBoundingClientRect());
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!), `labels ${i} and ${j}`).toBe(false);
    }
    // Text never spills out of its reserved box: it is clipped with an ellipsis instead.
    for (const label of labels) expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth + 1);
    const host = el.getBoundingClientRect();
    for (const b of parts(el, 'event')) {
      const r = b.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(host.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(host.right + 0.5);
      expect(r.width).toBeGreaterThanOrEqual(24);
      expect(r.height).toBeGreaterThanOrEqual(24);
    }
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  });

  test('dates are calendar days whatever the reader’s time zone', async () => {
    expect(new Date(2023, 4, 24).getTimezoneOffset()).not.toBe(0);
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = articleData;
    });
    const mao = parts(el, 'event').find((b) => b.dataset['id'] === 'mao-ning-press-conference')!;
    expect(mao.textContent).toContain('24 May 2023');
  });

  test('clicking an event opens its card with its date, summary and sources as safe links', async () => {
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = articleData;
    });
    const selections: NewsTimelineSelectEvent[] = [];
    document.addEventListener('news-timeline-select', (e) => selections.push(e));
    const vilnius = parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!;
    await userEvent.click(vilnius);
    await el.updateComplete;
    const card = part(el, 'detail')!;
    expect(card).not.toBeNull();
    expect(card.querySelector('#detail-title')!.textContent).toBe('NATO Vilnius summit (Kishida expected to attend)');
    expect(card.textContent!.replace(/\s*–\s*/, '–')).toContain('11–12 July 2023');
    expect(card.textContent).toContain('Expected, as reported on 25 May 2023');
    const links = [...card.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.href).toMatch(/^https?:\/\//);
    expect(vilnius.getAttribute('aria-expanded')).toBe('true');
    expect(el.selected).toBe('vilnius-summit');
    expect(el.getAttribute('selected')).toBe('vilnius-summit');
    expect(selections.map((e) => e.id)).toEqual(['vilnius-summit']);
    expect(selections[0]!.bubbles && selections[0]!.composed).toBe(true);
  });

  test('Enter on a focused event opens its card; Escape closes it and returns focus', async () => {
    const el = await mount((el) => (el.events = articleData));
    const madrid = parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === 'madrid-summit')!;
    madrid.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(part(el, 'detail')!.querySelector('#detail-title')!.textContent).toContain('Madrid summit');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(part(el, 'detail')).toBeNull();
    expect(focusedEventId(el)).toBe('madrid-summit');
  });

  test('setting selected from the page opens the card without firing a select event', async () => {
    const el = await mount((el) => (el.events = articleData));
    const spy = vi.fn();
    el.addEventListener('news-timeline-select', spy);
    el.selected = 'madrid-summit';
    await el.updateComplete;
    expect(part(el, 'detail')).not.toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  test('follows its container when it is resized', async () => {
    const el = await mount((el) => (el.events = articleData), 1000);
    const wide = part(el, 'plot')!.getBoundingClientRect().width;
    el.parentElement!.style.width = '360px';
    await waitFor(() => part(el, 'plot')!.getBoundingClientRect().width < wide);
    await el.updateComplete;
    await nextFrame();
    const host = el.getBoundingClientRect();
    for (const b of parts(el, 'event')) expect(b.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 0.5);
  });

  test('the header\'s buttons named by words share one text size; the zoom symbols are larger', async () => {
    const el = await mount((el) => (el.events = articleData));
    const size = (name: string) => getComputedStyle(part(el, name)!).fontSize;
    const go = el.shadowRoot!.querySelector<HTMLButtonElement>('.jump button')!;
    expect(go.textContent!.trim()).toBe('Go');
    expect(part(el, 'fit')!.textContent!.trim()).toBe('Show all');
    expect(new Set([size('fit'), size('list-toggle'), getComputedStyle(go).fontSize])).toEqual(new Set(['14px']));
    expect(parseFloat(size('zoom-in'))).toBeGreaterThan(14);
    expect(size('zoom-out')).toBe(size('zoom-in'));
  });

  test('a screenshot of the article example, for a person to look at', async () => {
    await page.viewport(1000, 1600);
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = articleData;
    }, 760);
    await userEvent.click(parts(el, 'event').find((b) => b.dataset['id'] === 'mao-ning-press-conference')!);
    await el.updateComplete;
    await nextFrame();
    const path = await page.screenshot({ element: el, path: '../../test-output/article-timeline.png' });
    expect(path).toMatch(/article-timeline\.png$/);
  });
});

describe('<news-timeline> data sources and states', () => {
  test('the src attribute loads a JSON file', async () => {
    const el = await mount((el) => el.setAttribute('src', '/examples/data/japan-nato-2022-2023.json'));
    expect(parts(el, 'event').map((b) => b.dataset['id'])).toEqual(articleIds);
  });

  test('a src that fails shows a visible error state, not a blank box', async () => {
    const el = await mount((el) => el.setAttribute('src', '/examples/data/missing.json'), 800, false);
    const error = await waitFor(() => part(el, 'error'));
    expect(error.textContent).toContain('/examples/data/missing.json');
    expect(error.textContent).toContain('HTTP 404');
    expect(error.getAttribute('role')).toBe('alert');
  });

  test('a new src replaces the old one, and a late answer for the old one is ignored', async () => {
    const el = await mount((el) => el.setAttribute('src', '/examples/data/missing.json'), 800, false);
    el.setAttribute('src', '/examples/data/japan-nato-2022-2023.json');
    await waitFor(() => parts(el, 'event').length === articleIds.length);
    await new Promise((r) => setTimeout(r, 200));
    expect(part(el, 'error')).toBeNull();
    expect(parts(el, 'event')).toHaveLength(articleIds.length);
  });

  test('an empty dataset shows an explicit empty state', async () => {
    const el = await mount((el) => (el.events = []));
    expect(part(el, 'empty')!.textContent).toContain('no events');
    const bare = await mount(() => {}, 800, false);
    expect(part(bare, 'empty')).not.toBeNull();
  });

  test('one bad event among good ones: the good ones render and the notice names the bad one', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount((el) => (el.events = [
      { id: 'a', start: '2023-05-24', title: 'Good A' },
      { id: 'vilnius-summit', start: '11/07/2023', title: 'Bad' },
      { id: 'b', start: '2023-07-11', title: 'Good B' },
    ]));
    expect(parts(el, 'event').map((b) => b.dataset['id'])).toEqual(['a', 'b']);
    const notice = part(el, 'issues')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('events[1] ("vilnius-summit").start: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"');
    expect(error.mock.calls).toEqual([['news-timeline: events[1] ("vilnius-summit").start: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"']]);
    el.label = 'relabelled';
    await el.updateComplete;
    expect(error).toHaveBeenCalledTimes(1);
  });

  test('a dataset with no usable event is an error state listing why', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount((el) => (el.events = [{ start: 'yesterday', title: 'x' }]));
    expect(part(el, 'error')).not.toBeNull();
    expect(part(el, 'issues')!.textContent).toContain('found "yesterday"');
    expect(parts(el, 'event')).toHaveLength(0);
  });

  test('untrusted text stays text and unsafe URLs never reach the DOM', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount((el) => (el.events = [{
      id: 'x', start: '2023-05-24', title: payload, summary: payload, group: payload,
      sources: [{ title: payload, url: 'javascript:window.__pwned=1' }, { title: 'ok', url: 'java\tscript:alert(1)' }],
      media: { url: 'javascript:alert(1)', alt: payload },
    }]));
    await userEvent.click(parts(el, 'event')[0]!);
    await el.updateComplete;
    await nextFrame();
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, iframe')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(part(el, 'detail')!.querySelector('#detail-title')!.textContent).toBe(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('load fires once per dataset, after the first render, bubbling and composed', async () => {
    const loads: Event[] = [];
    document.addEventListener('news-timeline-load', (e) => loads.push(e));
    const el = await mount((el) => (el.events = articleData));
    el.label = 'changed';
    await el.updateComplete;
    expect(loads).toHaveLength(1);
    expect(loads[0]!.bubbles && loads[0]!.composed).toBe(true);
    el.events = [{ start: '2023', title: 'New' }];
    await waitFor(() => loads.length === 2);
  });
});
