import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { afterEach, describe, expect, test } from 'vitest';
import { keyedList } from '../../src/render/keyed-list.js';

const box = document.createElement('div');
document.body.append(box);
afterEach(() => render(html``, box));

interface Item {
  readonly id: string;
  readonly text: string;
}

type List = (items: readonly Item[], key: (item: Item) => unknown, template: (item: Item) => unknown) => unknown;

const draw = (items: readonly Item[], list: List = keyedList) => {
  render(html`<ul>${list(items, (item) => item.id, (item) => html`<li data-id=${item.id}>${item.text}</li>`)}</ul>`, box);
  return box.querySelector('ul')!;
};
const shown = (ul: HTMLUListElement) => [...ul.children].map((li) => `${li.getAttribute('data-id')}:${li.textContent}`);
const comments = (node: Node) => [...node.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
/** A small seeded generator, so a failure names a sequence that can be run again. */
const random = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

test('items keep their nodes by key through insertions, removals and moves, in the order given', () => {
  const next = random(7);
  let items: Item[] = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, text: 'a' }));
  let ul = draw(items);
  for (let round = 0; round < 200; round++) {
    const before = new Map([...ul.children].map((li) => [li.getAttribute('data-id'), li]));
    // Drop some, add some, move a few, change some texts: what a pan, a zoom and an update do to the units.
    items = items.filter(() => next() > 0.2);
    for (let n = Math.floor(next() * 8); n > 0; n--) items.splice(Math.floor(next() * (items.length + 1)), 0, { id: `n${round}-${n}`, text: 'b' });
    for (let n = Math.floor(next() * 3); n > 0 && items.length > 1; n--) items.splice(Math.floor(next() * items.length), 0, ...items.splice(Math.floor(next() * items.length), 1));
    items = items.map((item) => (next() < 0.1 ? { ...item, text: `${item.text}!` } : item));
    ul = draw(items);
    expect(shown(ul), `round ${round}`).toEqual(items.map((item) => `${item.id}:${item.text}`));
    for (const li of ul.children) {
      const id = li.getAttribute('data-id');
      if (before.has(id)) expect(li, `round ${round}: ${id} kept its node`).toBe(before.get(id));
    }
  }
});

test('an item that goes takes all its marker comments with it: churn leaves as many as a fresh list has', () => {
  const next = random(11);
  let items: Item[] = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, text: '' }));
  let ul = draw(items);
  for (let round = 0; round < 100; round++) {
    items = [...items.filter(() => next() > 0.3), ...Array.from({ length: 12 }, (_, i) => ({ id: `n${round}-${i}`, text: '' }))];
    ul = draw(items);
  }
  const fresh = document.createElement('div');
  render(html`<ul>${keyedList(items, (item) => item.id, (item) => html`<li>${item.text}</li>`)}</ul>`, fresh);
  expect(ul.children.length).toBe(items.length);
  expect(comments(ul)).toBe(comments(fresh.querySelector('ul')!));
  expect(comments(ul)).toBeLessThanOrEqual(2 * items.length + 2);
});

test('why not Lit\'s repeat: with lit-html 3.3.3 each removed item leaves a comment (lit/lit#5298); when this fails, Lit has fixed it', () => {
  let items: Item[] = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, text: '' }));
  const ul = draw(items, repeat);
  const start = comments(ul);
  for (let round = 0; round < 5; round++) {
    items = [...items.slice(3), ...Array.from({ length: 3 }, (_, i) => ({ id: `n${round}-${i}`, text: '' }))];
    draw(items, repeat);
  }
  expect(comments(ul) - start).toBe(15);
});

test('a key given twice draws both items, and emptying and refilling the list works', () => {
  let ul = draw([{ id: 'a', text: '1' }, { id: 'a', text: '2' }, { id: 'b', text: '3' }]);
  expect(shown(ul)).toEqual(['a:1', 'a:2', 'b:3']);
  ul = draw([{ id: 'b', text: '3' }, { id: 'a', text: '1' }, { id: 'a', text: '2' }, { id: 'a', text: '4' }]);
  expect(shown(ul)).toEqual(['b:3', 'a:1', 'a:2', 'a:4']);
  ul = draw([]);
  expect(ul.children.length).toBe(0);
  ul = draw([{ id: 'c', text: '5' }]);
  expect(shown(ul)).toEqual(['c:5']);
  expect(comments(ul)).toBeLessThanOrEqual(4);
});

test('an item that goes and comes back gets its own nodes back, updated, in its place', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: '1' }));
  let ul = draw(items);
  const nodes = new Map([...ul.children].map((li) => [li.getAttribute('data-id'), li]));
  // Zoomed in: only the middle stays. Zoomed out again: the others return, one of them changed.
  ul = draw([items[2]!]);
  expect(shown(ul)).toEqual(['c:1']);
  const back = items.map((item) => (item.id === 'b' ? { ...item, text: '2' } : item));
  ul = draw(back);
  expect(shown(ul)).toEqual(['a:1', 'b:2', 'c:1', 'd:1', 'e:1']);
  for (const li of ul.children) expect(li).toBe(nodes.get(li.getAttribute('data-id')));
  // Back in a different order, and with a newcomer between them.
  ul = draw([back[3]!, { id: 'x', text: '3' }, back[0]!]);
  ul = draw([back[4]!, back[3]!, { id: 'y', text: '4' }, back[1]!, back[0]!]);
  expect(shown(ul)).toEqual(['e:1', 'd:1', 'y:4', 'b:2', 'a:1']);
  for (const li of ul.children) if (li.getAttribute('data-id') !== 'y') expect(li).toBe(nodes.get(li.getAttribute('data-id')));
  const fresh = document.createElement('div');
  render(html`<ul>${keyedList([1, 2, 3, 4, 5], (n) => n, (n) => html`<li>${n}</li>`)}</ul>`, fresh);
  expect(comments(ul)).toBe(comments(fresh.querySelector('ul')!));
});

test('what is set aside is bounded: the items gone longest are let go, the latest kept', () => {
  const batch = (b: number) => Array.from({ length: 100 }, (_, i) => ({ id: `b${b}-${i}`, text: '' }));
  let ul = draw(batch(0));
  const first = ul.children[0];
  for (let b = 1; b <= 4; b++) ul = draw(batch(b));
  // 400 items went since the first batch: more than are kept. The last batch to go (b3) is kept.
  const last = draw(batch(3)).children[0];
  ul = draw(batch(4));
  ul = draw(batch(3));
  expect(ul.children[0]).toBe(last);
  ul = draw(batch(0));
  expect(ul.children[0]).not.toBe(first);
  expect(shown(ul)).toEqual(batch(0).map((item) => `${item.id}:`));
});

describe('holding items in place', () => {
  const drawHolding = (items: readonly Item[], hold: number) => {
    render(html`<ul>${keyedList(items, (item) => item.id, (item) => html`<li data-id=${item.id}>${item.text}</li>`, hold)}</ul>`, box);
    return box.querySelector('ul')!;
  };
  const kept = (ul: HTMLUListElement) => [...ul.children].filter((li) => li.hasAttribute('data-parked')) as HTMLElement[];
  const showing = (ul: HTMLUListElement) => [...ul.children].filter((li) => !li.hasAttribute('data-parked')).map((li) => `${li.getAttribute('data-id')}:${li.textContent}`);

  test('the latest `hold` items to go stay in the document, marked and hidden from assistive technology; the others leave it; all come back as the same nodes, in order', () => {
    const items = [...'abcdefghij'].map((id) => ({ id, text: '1' }));
    let ul = drawHolding(items, 3);
    const nodes = new Map([...ul.children].map((li) => [li.getAttribute('data-id'), li as HTMLElement]));
    ul = drawHolding([items[4]!], 3);
    expect(showing(ul)).toEqual(['e:1']);
    expect(kept(ul).map((li) => li.getAttribute('data-id'))).toEqual(['h', 'i', 'j']);
    for (const li of kept(ul)) expect(li.getAttribute('aria-hidden')).toBe('true');
    for (const id of 'abcdfg') expect(nodes.get(id)!.isConnected, id).toBe(false);
    ul = drawHolding(items.map((item) => (item.id === 'i' ? { ...item, text: '2' } : item)), 3);
    expect(showing(ul)).toEqual(items.map((item) => `${item.id}:${item.id === 'i' ? 2 : 1}`));
    expect(kept(ul)).toEqual([]);
    for (const li of ul.children) {
      expect(li).toBe(nodes.get(li.getAttribute('data-id')));
      expect(li.hasAttribute('aria-hidden')).toBe(false);
    }
  });

  test('an item held where items came and went around it out of order is moved into its place', () => {
    const [a, b, c] = [...'abc'].map((id) => ({ id, text: '' }));
    let ul = drawHolding([a!, b!, c!], 5);
    const nodes = [...ul.children];
    ul = drawHolding([b!], 5);
    expect(kept(ul).length).toBe(2);
    ul = drawHolding([c!, b!, a!], 5);
    expect(showing(ul)).toEqual(['c:', 'b:', 'a:']);
    expect([...ul.children]).toEqual([nodes[2], nodes[1], nodes[0]]);
  });

  test('through churn, what shows is the items in the order given, never more than `hold` are held, and no held item is one shown', () => {
    const next = random(23);
    let items: Item[] = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, text: 'a' }));
    const hold = 6;
    let ul = drawHolding(items, hold);
    const seen = new Map<string | null, Element>();
    for (let round = 0; round < 200; round++) {
      for (const li of ul.children) seen.set(li.getAttribute('data-id'), li);
      const gone = items.filter(() => next() < 0.3);
      items = items.filter((item) => !gone.includes(item));
      // Some come back (zoomed out again), some are new, a few move.
      for (const item of [...seen.keys()].filter(() => next() < 0.05)) {
        if (!items.some((i) => i.id === item)) items.splice(Math.floor(next() * (items.length + 1)), 0, { id: item!, text: 'a' });
      }
      for (let n = Math.floor(next() * 8); n > 0; n--) items.splice(Math.floor(next() * (items.length + 1)), 0, { id: `n${round}-${n}`, text: 'b' });
      for (let n = Math.floor(next() * 3); n > 0 && items.length > 1; n--) items.splice(Math.floor(next() * items.length), 0, ...items.splice(Math.floor(next() * items.length), 1));
      ul = drawHolding(items, hold);
      expect(showing(ul), `round ${round}`).toEqual(items.map((item) => `${item.id}:${item.text}`));
      const held = kept(ul);
      expect(held.length).toBeLessThanOrEqual(hold);
      for (const li of held) expect(items.some((item) => item.id === li.getAttribute('data-id')), `round ${round}`).toBe(false);
      expect(comments(ul)).toBeLessThanOrEqual(2 * ul.children.length + 2);
    }
  });
});
