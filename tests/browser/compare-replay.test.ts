import { afterEach, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's page half is plain JavaScript.
import { childChangesTo, parse, unlabelled } from '../../bench/compare-libs.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript, shared with the gallery.
import { syntheticTimeline } from '../../bench/synthetic.js';
import type { TimelineData } from '../../src/model/types.js';
import { mount, nextFrame, unmountAll, type NewsTimeline } from './harness.js';

// The side-by-side benchmark's "our DOM, no script" steps (bench/compare-libs.js) replay the markup our
// steps leave with DOM calls worked out beforehand. That is only a floor under our steps if the replay
// ends where ours did, keeps what ours keeps and makes no more than ours makes.

afterEach(unmountAll);

type Change = () => void;
const apply = (changes: Change[]) => changes.forEach((change) => change());
/** Markup without Lit's marker comments and the keyed lists' white space (the replay leaves both out of those lists). */
const withoutComments = (root: ParentNode) => {
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode!.removeChild(c));
  for (const list of copy.querySelectorAll('ol.events, svg.chart > g[transform]'))
    for (const node of [...list.childNodes]) if (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()) node.remove();
  return copy.innerHTML;
};
/** The event list's items by their button's event id or cluster key. */
const items = (root: ParentNode) => new Map([...root.querySelectorAll<HTMLElement>('ol.events > li > button')].map((b) => [b.dataset['id'] ?? `cluster:${b.dataset['cluster']}`, b.parentElement!]));

async function stepsOfOurs(n: number) {
  const data = syntheticTimeline(n) as TimelineData;
  const el: NewsTimeline = await mount((el) => (el.events = data), 1200);
  const root = el.shadowRoot!;
  const times = data.events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
  const [first, last] = [times[0]!, times.at(-1)!];
  const width = (last - first) / 4;
  const markup = [root.innerHTML];
  // A zoom in, pans across, then a zoom out and in again: units kept, moved, made and removed.
  const windows = [[first, first + width], [first + width * 0.2, first + width * 1.2], [first + width * 1.5, first + width * 2.5], [first, last], [first + width, first + width * 2]];
  for (const [start, end] of windows) {
    el.zoomTo(new Date(start!), new Date(end!));
    await el.updateComplete;
    await nextFrame();
    markup.push(root.innerHTML);
  }
  return markup;
}

test('replaying our steps ends on the markup each of our steps left, keeping items by key', async () => {
  const markup = await stepsOfOurs(1_000);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.append(parse(markup[0]));
  document.body.append(host);
  try {
    for (let i = 1; i < markup.length; i++) {
      const before = items(root);
      const next = parse(markup[i]);
      const wanted = withoutComments(next);
      const changes: Change[] = childChangesTo(root, next);
      expect(changes.length, `step ${i}`).toBeGreaterThan(0);
      apply(changes);
      expect(withoutComments(root), `step ${i}`).toBe(wanted);
      // An item whose key stays is the same node, not a copy (the pans keep most of theirs).
      const after = items(root);
      const stayed = [...after.keys()].filter((key) => before.has(key));
      for (const key of stayed) expect(after.get(key), `step ${i}: ${key}`).toBe(before.get(key));
      if (i === 2) expect(stayed.length).toBeGreaterThan(after.size / 2);
      // Worked out again from where it ended, nothing is left to change.
      expect(childChangesTo(root, parse(markup[i]))).toHaveLength(0);
    }
  } finally {
    host.remove();
  }
});

test('without labels, the replay keeps every event button and its name, and no label', async () => {
  const [, zoomed] = await stepsOfOurs(200);
  const ours = parse(zoomed);
  const names = [...ours.querySelectorAll('.event')].map((b: Element) => b.getAttribute('aria-label'));
  expect(ours.querySelectorAll('.event > .label').length).toBeGreaterThan(0);
  const bare = unlabelled(parse(zoomed));
  expect([...bare.querySelectorAll('.event')].map((b: Element) => b.getAttribute('aria-label'))).toEqual(names);
  expect(bare.querySelectorAll('.label, .bridge')).toHaveLength(0);
});
