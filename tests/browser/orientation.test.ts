import { afterEach, describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/model/parse.js';
import { articleData, mount, part, parts, unmountAll, waitFor } from './harness.js';

const articleIds = parseTimeline(articleData).data.events.map((e) => e.id);

afterEach(unmountAll);

describe('orientation="auto"', () => {
  test('switches at the vertical-below threshold, measured on the element itself', async () => {
    const narrow = await mount((el) => (el.events = articleData), 599);
    expect(narrow.resolvedOrientation).toBe('vertical');
    const wide = await mount((el) => (el.events = articleData), 600);
    expect(wide.resolvedOrientation).toBe('horizontal');
    const custom = await mount((el) => {
      el.setAttribute('vertical-below', '900');
      el.events = articleData;
    }, 800);
    expect(custom.resolvedOrientation).toBe('vertical');
  });

  test('follows its container as it resizes, both ways', async () => {
    const el = await mount((el) => (el.events = articleData), 900);
    expect(el.resolvedOrientation).toBe('horizontal');
    el.parentElement!.style.width = '400px';
    await waitFor(() => el.resolvedOrientation === 'vertical');
    expect(parts(el, 'event')).toHaveLength(articleIds.length);
    el.parentElement!.style.width = '1000px';
    await waitFor(() => el.resolvedOrientation === 'horizontal');
  });

  test('an element that starts hidden lays out when it is shown', async () => {
    const container = document.createElement('div');
    container.style.cssText = 'display: none; width: 360px';
    document.body.append(container);
    const el = document.createElement('news-timeline');
    el.events = articleData;
    container.append(el);
    await el.updateComplete;
    expect(el.resolvedOrientation).toBeNull();
    expect(parts(el, 'event')).toHaveLength(articleIds.length);
    container.style.display = 'block';
    await waitFor(() => el.resolvedOrientation === 'vertical');
    container.style.display = 'none';
    container.style.width = '1000px';
    container.style.display = 'block';
    await waitFor(() => el.resolvedOrientation === 'horizontal');
    container.remove();
  });

  test('orientation="horizontal" and "vertical" force one whatever the width', async () => {
    const h = await mount((el) => {
      el.orientation = 'horizontal';
      el.events = articleData;
    }, 360);
    expect(h.resolvedOrientation).toBe('horizontal');
    const v = await mount((el) => {
      el.setAttribute('orientation', 'vertical');
      el.events = articleData;
    }, 1600);
    expect(v.resolvedOrientation).toBe('vertical');
  });
});

describe.each([320, 1600])('the vertical layout at %i px', (width) => {
  test('runs every event top to bottom in date order, inside the element, with no nested scroll', async () => {
    const el = await mount((el) => {
      el.orientation = 'vertical';
      el.events = articleData;
    }, width);
    const buttons = parts<HTMLButtonElement>(el, 'event');
    expect(buttons.map((b) => b.dataset['id'])).toEqual(articleIds);
    const rects = buttons.map((b) => b.getBoundingClientRect());
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.top, articleIds[i]).toBeGreaterThanOrEqual(rects[i - 1]!.bottom);
    const host = el.getBoundingClientRect();
    for (const r of rects) {
      expect(r.left).toBeGreaterThanOrEqual(host.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(host.right + 0.5);
      expect(r.height).toBeGreaterThanOrEqual(24);
    }
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    for (const node of [part(el, 'base')!, part(el, 'plot')!, part(el, 'events')!]) expect(['visible', 'clip']).toContain(getComputedStyle(node).overflowY);
    expect(parts(el, 'break').map((b) => b.textContent!.trim())).toEqual(['… 4 months', '… 7 months']);
  });
});

test('in the vertical layout the card opens inline, right after its event', async () => {
  const el = await mount((el) => {
    el.orientation = 'vertical';
    el.events = articleData;
  }, 360);
  const buttons = parts<HTMLButtonElement>(el, 'event');
  const madrid = buttons.find((b) => b.dataset['id'] === 'madrid-summit')!;
  madrid.click();
  await el.updateComplete;
  const card = part(el, 'detail')!;
  expect(card.textContent).toContain('Madrid');
  const next = buttons[buttons.indexOf(madrid) + 1]!;
  expect(card.getBoundingClientRect().top).toBeGreaterThanOrEqual(madrid.getBoundingClientRect().bottom);
  expect(card.getBoundingClientRect().bottom).toBeLessThanOrEqual(next.getBoundingClientRect().top);
  expect(madrid.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

