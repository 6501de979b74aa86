import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineData } from '../../src/model/types.js';
import { articleData, axTree, mount, nextFrame, part, parts, unmountAll, type AXNode, type NewsTimeline } from './harness.js';

const article = parseTimeline(articleData).data;
const laneOf = (group: string | null) => article.groups.find((g) => g.id === group)?.label ?? '';

afterEach(async () => {
  unmountAll();
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

/** The name each event's button should have: its title, a pause, its date line, and its lane as the data spells it. */
function expectedNames(el: NewsTimeline): string[] {
  return parts(el, 'event').map((b) => {
    const event = article.events.find((e) => e.id === b.dataset['id'])!;
    const date = b.querySelector('.label-date')!.textContent!.replace(/\s+/g, ' ').trim();
    return `${event.title}, ${date}, ${laneOf(event.group)}`;
  });
}

const eventButtons = (tree: AXNode[]) => tree.filter((n) => n.role === 'button' && article.events.some((e) => n.name.startsWith(e.title)));

describe('accessible names: title, a pause, date, lane in the data\'s case', () => {
  test.each([
    ['horizontal', 1200, (el: NewsTimeline): void => void (el.orientation = 'horizontal')],
    ['vertical', 360, (el: NewsTimeline): void => void (el.orientation = 'vertical')],
    ['list view', 800, (el: NewsTimeline): void => void (el.listView = true)],
  ] as const)('%s', async (_, width, setup) => {
    const el = await mount((el) => {
      setup(el);
      el.events = articleData;
    }, width);
    const tree = await axTree();
    expect(eventButtons(tree).map((n) => n.name)).toEqual(expectedNames(el));
    for (const node of eventButtons(tree)) expect(node.description, node.name).toBe('');
    // The list of events is named.
    const lists = tree.filter((n) => n.role === 'list');
    expect(lists.map((n) => n.name)).toContain('Events');
  });

  test('no control repeats its name as its description', async () => {
    await mount((el) => {
      el.story = true;
      el.events = articleData;
    }, 1200);
    const buttons = (await axTree()).filter((n) => n.role === 'button');
    expect(buttons.filter((b) => b.description && b.description === b.name).map((b) => b.name)).toEqual([]);
    expect(buttons.map((b) => b.name)).toEqual(expect.arrayContaining(['Zoom in', 'Zoom out', 'Show all', 'List view', 'Previous event', 'Next event']));
  });

  test('Enter opens the card without announcing again what focus just said; a click still announces it', async () => {
    const el = await mount((el) => (el.events = articleData), 1200);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const madrid = parts<HTMLButtonElement>(el, 'event').find((b) => b.dataset['id'] === 'madrid-summit')!;
    madrid.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.selected).toBe('madrid-summit');
    expect(live.textContent!.trim()).toBe('');
    await userEvent.click(parts(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!);
    await el.updateComplete;
    expect(live.textContent).toContain('NATO Vilnius summit');
  });
});

describe('dense views tell screen-reader users where every event is', () => {
  test('at 300 events, with clusters drawn, the tree says the list view has every event', async () => {
    const el = await mount((el) => (el.events = syntheticTimeline(300) as TimelineData), 1200);
    expect(parts(el, 'cluster').length).toBeGreaterThan(0);
    const tree = await axTree();
    const clusters = tree.filter((n) => n.role === 'button' && /events?,/.test(n.name) && /Zoom in/.test(n.name));
    const singles = tree.filter((n) => n.role === 'button' && n.name.startsWith('Event '));
    expect(clusters.length + singles.length).toBeLessThan(300);
    // Read in order (browse mode), something before the events says where all of them are...
    const note = tree.findIndex((n) => /List view/.test(n.name) && /300/.test(n.name) && n.role !== 'button');
    const firstEvent = tree.findIndex((n) => n === singles[0] || n === clusters[0]);
    expect(note, 'a note about the list view').toBeGreaterThan(-1);
    expect(note).toBeLessThan(firstEvent);
    // ...and a cluster reached by Tab says it too.
    for (const cluster of clusters) expect(cluster.description).toMatch(/List view/);
  });

  test('with every event shown one by one, there is no such note', async () => {
    await mount((el) => (el.events = articleData), 1200);
    expect((await axTree()).some((n) => /List view shows/.test(n.name + n.description))).toBe(false);
  });
});

test('in forced colours every marker uses system colours, whatever its status', async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
  const el = await mount((el) => (el.events = { ...articleData, events: articleData.events.map((e, i) => ({ ...e, status: (['confirmed', 'expected', 'disputed', 'cancelled'] as const)[i % 4] })) }), 1200);
  await nextFrame();
  // A system colour resolves to the same value on any element: read CanvasText and Canvas from one.
  const probe = part(el, 'summary')!;
  probe.style.color = 'CanvasText';
  probe.style.backgroundColor = 'Canvas';
  const system = new Set([getComputedStyle(probe).color, getComputedStyle(probe).backgroundColor]);
  probe.style.color = probe.style.backgroundColor = '';
  const marks = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg.chart .mark, svg.chart .strike')];
  expect(marks.length).toBeGreaterThan(8);
  const wrong = marks.flatMap((m) => {
    const s = getComputedStyle(m);
    const paints = [['stroke', s.stroke], ...(m.classList.contains('strike') ? [] : [['fill', s.fill]])];
    return paints.filter(([, v]) => !system.has(v!)).map(([k, v]) => `${m.getAttribute('class')} ${k} ${v}`);
  });
  expect(wrong).toEqual([]);
});
