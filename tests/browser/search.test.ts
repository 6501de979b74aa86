import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NewsTimelineFilterChangeEvent } from '../../src/events.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineData } from '../../src/model/types.js';
import partnersJson from '../../examples/data/indo-pacific-partners-2022-2024.json';
import { focusedEventId, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

const partnersData = partnersJson as TimelineData;
const partners = parseTimeline(partnersData).data;
const startUrl = location.href;

afterEach(() => {
  unmountAll();
  history.replaceState(history.state, '', startUrl);
});

/** The ids of the events the reader can reach (one button each, in list view every event has one). */
const reachable = (el: NewsTimeline) => parts<HTMLButtonElement>(el, 'event').map((b) => b.dataset['id']!);
const idsWhere = (keep: (e: (typeof partners.events)[number]) => boolean) => partners.events.filter(keep).map((e) => e.id);
const settle = async (el: NewsTimeline) => {
  await el.updateComplete;
  await nextFrame();
};

async function type(el: NewsTimeline, text: string) {
  part<HTMLInputElement>(el, 'search')!.focus();
  await userEvent.keyboard(text);
  await waitFor(() => part(el, 'count')?.textContent);
  await settle(el);
}

/** Opens the filters' panel as a reader does, with a click on its button: its checkboxes are made then. */
async function openFilters(el: NewsTimeline) {
  part(el, 'filter')!.querySelector('summary')!.click();
  await settle(el);
}

describe('search', () => {
  test('typing narrows the reachable events to exactly the matches, ignoring case and accents, every word counting', async () => {
    const el = await mount((e) => {
      e.events = partnersData;
      e.listView = true;
    }, 900);
    expect(reachable(el)).toHaveLength(partners.events.length);
    await type(el, 'LIAISON jàpan');
    const expected = idsWhere((e) => /liaison/i.test(`${e.title} ${e.summary} ${e.tags.join(' ')}`) && /japan/i.test(`${e.title} ${e.summary} ${e.tags.join(' ')} ${e.group === 'japan' ? 'Japan' : ''} ${e.sources.map((s) => s.publisher).join(' ')}`));
    expect(expected.length).toBeGreaterThan(2);
    expect(reachable(el)).toEqual(expected);
    expect(part(el, 'count')!.textContent).toBe(`${expected.length} of ${partners.events.length} events`);
    expect(el.query).toBe('LIAISON jàpan');
    expect(part(el, 'summary')!.textContent).toContain(`${expected.length} events`);
    // Matches are marked in the labels.
    expect(parts(el, 'label').some((l) => l.querySelector('mark'))).toBe(true);
  });

  test('the drawing and keyboard follow the query: End reaches the last match, clusters count only matches', async () => {
    const el = await mount((e) => (e.events = partnersData), 1000);
    el.query = 'cyber';
    await waitFor(() => part(el, 'count')?.textContent);
    await settle(el);
    const expected = idsWhere((e) => /cyber/i.test(`${e.title} ${e.summary} ${e.tags.join(' ')}`));
    const clustered = parts<HTMLButtonElement>(el, 'cluster').reduce((n, c) => n + Number(c.dataset['count']), 0);
    expect(reachable(el).length + clustered).toBe(expected.length);
    for (const id of reachable(el)) expect(expected).toContain(id);
    parts<HTMLButtonElement>(el, 'event').concat(parts<HTMLButtonElement>(el, 'cluster')).find((b) => b.tabIndex === 0)!.focus();
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(focusedEventId(el)).toBe(expected[expected.length - 1]);
  });

  test('no match: a message, and its button clears the search and filters', async () => {
    const el = await mount((e) => (e.events = partnersData), 900);
    const changes: NewsTimelineFilterChangeEvent[] = [];
    el.addEventListener('news-timeline-filter-change', (e) => changes.push(e));
    await type(el, 'zzzqqq');
    expect(part(el, 'no-match')).not.toBeNull();
    expect(reachable(el)).toEqual([]);
    expect(changes.at(-1)!.count).toBe(0);
    expect(changes.at(-1)!.query).toBe('zzzqqq');
    part<HTMLButtonElement>(el, 'clear')!.click();
    await settle(el);
    expect(part(el, 'no-match')).toBeNull();
    expect(el.query).toBe('');
    expect(part<HTMLInputElement>(el, 'search')!.value).toBe('');
    expect(changes.at(-1)!).toMatchObject({ query: '', count: partners.events.length, total: partners.events.length });
  });

  test('Japanese text is found without spaces', async () => {
    const el = await mount((e) => {
      e.events = [
        { id: 'a', start: '2023-01-10', title: 'NATO東京連絡事務所の開設を検討' },
        { id: 'b', start: '2023-02-10', title: '首脳会談' },
        { id: 'c', start: '2023-03-10', title: 'Ｎａｔｏ連絡事務所' },
      ];
      e.listView = true;
    }, 800);
    el.query = '連絡事務所 nato';
    await waitFor(() => part(el, 'count')?.textContent);
    await settle(el);
    expect(reachable(el)).toEqual(['a', 'c']);
  });
});

describe('filters', () => {
  test('by lane, tag and status, through the controls and the property', async () => {
    const el = await mount((e) => {
      e.events = partnersData;
      e.listView = true;
    }, 1000);
    await openFilters(el);
    const box = (facet: string, value: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-facet="${facet}"][data-value="${value}"]`)!;
    box('groups', 'japan').click();
    await settle(el);
    expect(reachable(el)).toEqual(idsWhere((e) => e.group === 'japan'));
    expect(el.filter).toEqual({ groups: ['japan'] });
    box('groups', 'nato').click();
    await settle(el);
    expect(reachable(el)).toEqual(idsWhere((e) => e.group === 'japan' || e.group === 'nato'));
    box('tags', 'summit').click();
    await settle(el);
    expect(reachable(el)).toEqual(idsWhere((e) => (e.group === 'japan' || e.group === 'nato') && e.tags.includes('summit')));
    el.filter = { status: ['cancelled'] };
    await settle(el);
    expect(reachable(el)).toEqual(idsWhere((e) => e.status === 'cancelled'));
    expect(part(el, 'count')!.textContent).toBe(`1 of ${partners.events.length} events`);
  });

  test('controls show only facets with more than one value, folded into one button that keeps the header compact', async () => {
    const groupsOf = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="filter"] fieldset legend')].map((l) => l.textContent);
    const single = await mount((e) => (e.events = [{ start: '2023-01-01', title: 'One', tags: ['x'] }, { start: '2023-02-01', title: 'Two', tags: ['x'] }]), 900);
    expect(parts(single, 'filter')).toEqual([]);
    const tagsOnly = await mount((e) => (e.events = [{ start: '2023-01-01', title: 'One', tags: ['x'] }, { start: '2023-02-01', title: 'Two', tags: ['y'] }]), 900);
    // The groups are made when the panel first opens, and kept.
    expect(groupsOf(tagsOnly)).toEqual([]);
    // Opened without a click (a script, find in page): the toggle makes them.
    (part(tagsOnly, 'filter') as HTMLDetailsElement).open = true;
    await waitFor(() => groupsOf(tagsOnly).length > 0);
    expect(groupsOf(tagsOnly)).toEqual(['Tags']);
    for (const width of [1000, 380]) {
      const el = await mount((e) => (e.events = partnersData), width);
      const filters = parts(el, 'filter');
      expect(filters).toHaveLength(1);
      expect(filters[0]!.tagName).toBe('DETAILS');
      // Closed, the groups take no room; open, they lie over what follows and the header keeps its height.
      const header = part(el, 'header')!.getBoundingClientRect().height;
      const panel = filters[0]!.querySelector('.filter-panel')!;
      expect(panel.checkVisibility()).toBe(false);
      filters[0]!.querySelector('summary')!.focus();
      await userEvent.keyboard('{Enter}');
      // The groups are in the panel once it is open.
      expect(groupsOf(el)).toEqual(['Lanes', 'Tags', 'Status']);
      await settle(el);
      expect(panel.checkVisibility()).toBe(true);
      expect(part(el, 'header')!.getBoundingClientRect().height).toBe(header);
      await userEvent.keyboard('{Escape}');
      expect((filters[0] as HTMLDetailsElement).open).toBe(false);
      expect(el.shadowRoot!.activeElement).toBe(filters[0]!.querySelector('summary'));
    }
  });
});

describe('jump to a date', () => {
  test('brings the first event of that month into view and focuses it; a non-date says so', async () => {
    const el = await mount((e) => (e.events = partnersData), 1000);
    el.zoomTo('2022-01-01', '2022-03-01');
    await settle(el);
    const input = part(el, 'jump')!.querySelector('input')!;
    // Its example is a date of this timeline's own: the latest its events reach.
    expect(input.placeholder).toBe('2025-06-26');
    input.focus();
    await userEvent.keyboard('2023-07{Enter}');
    const expected = partners.events.find((e) => e.start.year === 2023 && e.start.month === 7)!.id;
    await waitFor(() => focusedEventId(el) === expected);
    input.focus();
    input.value = '';
    await userEvent.keyboard('July{Enter}');
    await settle(el);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.shadowRoot!.querySelector('#jump-error')!.textContent).toContain('“July” is not a date');
  });
});

describe('the link', () => {
  test('with deep-link, the query and filters go in the hash, and a link restores them', async () => {
    const el = await mount((e) => {
      e.id = 'tl';
      e.deepLink = true;
      e.events = partnersData;
      e.listView = true;
    }, 1000);
    await type(el, 'summit');
    await openFilters(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[data-facet="tags"][data-value="ukraine"]')!.click();
    await settle(el);
    expect(location.hash).toBe('#tl.q=summit&tl.tags=ukraine');
    const hash = location.hash;
    const matches = reachable(el);
    unmountAll();
    history.replaceState(history.state, '', `${startUrl.split('#')[0]}${hash}`);
    const restored = await mount((e) => {
      e.id = 'tl';
      e.deepLink = true;
      e.events = partnersData;
      e.listView = true;
    }, 1000);
    await waitFor(() => part(restored, 'count')?.textContent);
    await settle(restored);
    expect(restored.query).toBe('summit');
    expect(restored.filter).toEqual({ tags: ['ukraine'] });
    expect(part<HTMLInputElement>(restored, 'search')!.value).toBe('summit');
    expect(reachable(restored)).toEqual(matches);
  });
});
