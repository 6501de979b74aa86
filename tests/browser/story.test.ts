import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NewsTimelineSelectEvent } from '../../src/events.js';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, mount, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

const article = parseTimeline(articleData).data;
const articleIds = article.events.map((e) => e.id);
const startUrl = location.href;

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
  history.replaceState(history.state, '', startUrl);
});

function inView(el: NewsTimeline, id: string): boolean {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const r = parts(el, 'event').find((b) => b.dataset['id'] === id)!.getBoundingClientRect();
  const centre = (r.left + r.right) / 2;
  return centre >= plot.left && centre <= plot.right;
}

const cardTitle = (el: NewsTimeline) => part(el, 'detail')?.querySelector('#detail-title')?.textContent ?? null;
const titleOf = (id: string) => article.events.find((e) => e.id === id)!.title;

describe('<news-timeline> story mode', () => {
  test('next/previous controls step through every event in date order, each in view with its card open', async () => {
    const el = await mount((el) => {
      el.story = true;
      el.events = articleData;
    });
    el.zoomTo('2023-05-01', '2023-06-01');
    await el.updateComplete;
    const selections: NewsTimelineSelectEvent[] = [];
    el.addEventListener('news-timeline-select', (e) => selections.push(e));
    const next = part<HTMLButtonElement>(el, 'next')!;
    for (const [i, id] of articleIds.entries()) {
      await userEvent.click(next);
      await el.updateComplete;
      expect(el.selected).toBe(id);
      expect(cardTitle(el)).toBe(titleOf(id));
      expect(inView(el, id), `${id} in view`).toBe(true);
      expect(part(el, 'position')!.textContent).toBe(`${i + 1} of ${articleIds.length}`);
    }
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(selections.map((e) => e.id)).toEqual(articleIds);
    // The controls keep focus, so a reader can keep pressing.
    expect(el.shadowRoot!.activeElement).toBe(next);
    for (const id of articleIds.slice(0, -1).reverse()) {
      await userEvent.click(part(el, 'previous')!);
      await el.updateComplete;
      expect(el.selected).toBe(id);
      expect(inView(el, id)).toBe(true);
    }
  });

  test('next(), previous() and select() move the story without firing events, and keep it in view', async () => {
    const el = await mount((el) => (el.events = articleData));
    el.zoomTo('2022-02-01', '2022-04-01');
    await el.updateComplete;
    const spy = vi.fn();
    el.addEventListener('news-timeline-select', spy);
    el.addEventListener('news-timeline-range-change', spy);
    el.next();
    await el.updateComplete;
    expect(el.selected).toBe(articleIds[0]);
    el.select('vilnius-summit');
    await el.updateComplete;
    expect(cardTitle(el)).toBe(titleOf('vilnius-summit'));
    expect(inView(el, 'vilnius-summit')).toBe(true);
    el.previous();
    await el.updateComplete;
    expect(el.selected).toBe(articleIds.at(-2));
    el.selected = articleIds[0]!;
    await el.updateComplete;
    expect(inView(el, articleIds[0]!)).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  test('a selection is announced politely with its title and date only', async () => {
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = articleData;
    });
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).toBe('');
    await userEvent.click(parts(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!);
    await el.updateComplete;
    expect(live.textContent!.replace(/\s*–\s*/, '–')).toBe(`${titleOf('vilnius-summit')}, 11–12 July 2023`);
    expect(live.textContent).not.toContain('Lithuania');
  });
});

describe('<news-timeline> deep links', () => {
  test('loading a page with #tl=vilnius-summit opens that card', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#tl=vilnius-summit`);
    const el = await mount((el) => {
      el.id = 'tl';
      el.deepLink = true;
      el.events = articleData;
    });
    await el.updateComplete;
    expect(el.selected).toBe('vilnius-summit');
    expect(cardTitle(el)).toBe(titleOf('vilnius-summit'));
  });

  test('without the deep-link attribute the hash is neither read nor written', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#tl=vilnius-summit`);
    const el = await mount((el) => {
      el.id = 'tl';
      el.events = articleData;
    });
    expect(el.selected).toBeNull();
    await userEvent.click(parts(el, 'event')[0]!);
    expect(location.hash).toBe('#tl=vilnius-summit');
  });

  test('selecting writes the hash without adding history entries; two timelines keep separate keys', async () => {
    const a = await mount((el) => {
      el.id = 'a';
      el.deepLink = true;
      el.events = articleData;
    });
    const b = await mount((el) => {
      el.id = 'b';
      el.deepLink = true;
      el.events = articleData;
    });
    const entries = history.length;
    const button = (el: NewsTimeline, id: string) => parts(el, 'event').find((x) => x.dataset['id'] === id)!;
    await userEvent.click(button(a, 'madrid-summit'));
    await userEvent.click(button(b, 'vilnius-summit'));
    await userEvent.click(button(a, articleIds[0]!));
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('a')).toBe(articleIds[0]);
    expect(hash.get('b')).toBe('vilnius-summit');
    expect(history.length).toBe(entries);
    expect(a.selected).toBe(articleIds[0]);
    expect(b.selected).toBe('vilnius-summit');
    // Closing a card removes only that timeline's key.
    await userEvent.click(part(b, 'close')!);
    expect(new URLSearchParams(location.hash.slice(1)).get('b')).toBeNull();
    expect(new URLSearchParams(location.hash.slice(1)).get('a')).toBe(articleIds[0]);
    // A changed hash (a pasted link) is read again, by the timeline it names only.
    location.hash = 'b=madrid-summit';
    await waitFor(() => b.selected === 'madrid-summit');
    expect(a.selected).toBe(articleIds[0]);
  });
});

describe('<news-timeline> names and views', () => {
  test('the list view shows the same events as a plain list, and keys still walk them', async () => {
    const el = await mount((el) => (el.events = articleData));
    await userEvent.click(part(el, 'list-toggle')!);
    await el.updateComplete;
    expect(part(el, 'list-toggle')!.getAttribute('aria-pressed')).toBe('true');
    expect(el.hasAttribute('list-view')).toBe(true);
    expect(part(el, 'events')!.classList.contains('plain')).toBe(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg.chart')!).display).toBe('none');
    expect(part(el, 'zoom-in')).toBeNull();
    const buttons = parts<HTMLButtonElement>(el, 'event');
    expect(buttons.map((b) => b.dataset['id'])).toEqual(articleIds);
    const tops = buttons.map((b) => b.getBoundingClientRect().top);
    expect(tops).toEqual([...tops].sort((x, y) => x - y));
    buttons[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['id']).toBe(articleIds[2]);
  });

  test('the caption slot names the timeline instead of the label', async () => {
    const el = await mount((el) => {
      const caption = document.createElement('h2');
      caption.slot = 'caption';
      caption.textContent = 'How Japan moved closer to NATO';
      el.append(caption);
      el.events = articleData;
    });
    await el.updateComplete;
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-labelledby')).toBe('caption');
    expect(base.hasAttribute('aria-label')).toBe(false);
    const plain = await mount((el) => {
      el.label = 'Japan and NATO';
      el.events = articleData;
    });
    expect(part(plain, 'base')!.getAttribute('aria-label')).toBe('Japan and NATO');
  });
});
