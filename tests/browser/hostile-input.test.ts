import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NewsTimelineSelectEvent } from '../../src/events.js';
import { richTextCode } from '../../src/render/rich-text.js';
import { fill, HOSTILE_UNITS } from '../hostile-patterns.js';
import { articleData, mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

const startUrl = location.href;

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
  history.replaceState(history.state, '', startUrl);
});

const GOOD = [
  { id: 'good-1', start: '2023-05-24', title: 'Good' },
  { id: 'good-2', start: '2023-06-01', title: 'Also good' },
];
const FAR = [...GOOD, { id: 'far', start: '275761', title: 'Far' }, { id: 'deep', start: '-999999', title: 'Deep' }, { id: 'edge', start: '+275760-09-13', title: 'Edge' }];
const quiet = () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'groupCollapsed').mockImplementation(() => {});
  vi.spyOn(console, 'groupEnd').mockImplementation(() => {});
};
const eventIds = (el: NewsTimeline) => parts(el, 'event').map((b) => b.dataset['id']);

describe('dates Date cannot hold', () => {
  test('at 390 px the vertical timeline shows the good events, not "Loading" forever', async () => {
    quiet();
    const el = await mount((el) => (el.events = FAR), 390);
    expect(el.resolvedOrientation).toBe('vertical');
    expect(part(el, 'loading')).toBeNull();
    expect(eventIds(el)).toEqual(['good-1', 'good-2']);
    expect(part(el, 'issues')!.textContent).toContain('3 events were skipped');
  });

  test('the list view and the drawing show every good event, and the summary counts what is drawn', async () => {
    quiet();
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      const el = await mount((el) => (el.events = [...FAR, { id: 'later', start: '2024-01-01', title: 'Later' }]), 900);
      expect(eventIds(el)).toEqual(['good-1', 'good-2', 'later']);
      expect(part(el, 'summary')!.textContent).toMatch(/^Timeline of 3 events /);
      el.listView = true;
      await el.updateComplete;
      await nextFrame();
      expect(eventIds(el)).toEqual(['good-1', 'good-2', 'later']);
      expect(await el.toSVG()).toContain('Later');
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });

  test('the first and last years a timeline can place are drawn in every view, and export', async () => {
    const edges = [{ id: 'first', start: '-250000', title: 'First' }, { id: 'last', start: '250000-12-31', title: 'Last' }, ...GOOD];
    for (const width of [390, 900]) {
      const el = await mount((el) => (el.events = edges), width);
      expect(eventIds(el).sort()).toEqual(['first', 'good-1', 'good-2', 'last']);
      el.select('last');
      el.listView = true;
      await el.updateComplete;
      await nextFrame();
      expect(eventIds(el)).toEqual(['first', 'good-1', 'good-2', 'last']);
      expect(await el.toSVG()).toContain('Last');
      unmountAll();
    }
  });
});

describe('many problems', () => {
  test('100,000 bad items: 1,000 shown with "and 99,000 more", one console group for the load', async () => {
    const group = vi.spyOn(console, 'groupCollapsed').mockImplementation(() => {});
    const end = vi.spyOn(console, 'groupEnd').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount((el) => {
      el.id = 'many';
      // One event more than the limit: the last `1` is dropped unread, and counted.
      el.events = { title: 'Ones', events: [GOOD[0], ...new Array(100_000).fill(1)] };
    });
    const items = part(el, 'issues')!.querySelectorAll('li');
    expect(items).toHaveLength(1_001);
    expect(items[1_000]!.textContent).toBe('…and 99,000 more.');
    expect(part(el, 'issues')!.querySelector('summary')!.textContent).toBe('100,000 events were skipped because of problems in the data.');
    expect(group).toHaveBeenCalledTimes(1);
    expect(group.mock.calls[0]![0]).toBe('news-timeline #many "Ones": 99999 errors, 1 warning (100000 events skipped)');
    expect(end).toHaveBeenCalledTimes(1);
    expect(error.mock.calls.length + warn.mock.calls.length).toBe(1_001);
    expect(warn).toHaveBeenLastCalledWith('…and 99000 more (only the first 1000 are kept)');
    expect(eventIds(el)).toEqual(['good-1']);
  });

  test('a one-row CSV whose header is bad says one event was skipped, and that the file has problems', async () => {
    quiet();
    const el = await mount((el) => {
      const script = document.createElement('script');
      script.type = 'text/csv';
      script.textContent = 'date,headline\n2023,Hello\n';
      el.append(script);
    }, 800, false);
    const state = await waitFor(() => part(el, 'error'));
    expect(state.textContent!.trim()).toBe('1 event was skipped because of problems in the data. 2 problems concern the data as a whole.');
  });
});

describe('deep links leave the rest of the URL to the page', () => {
  const button = (el: NewsTimeline, id: string) => parts(el, 'event').find((x) => x.dataset['id'] === id)!;
  const linked = () => mount((el) => {
    el.id = 'tl';
    el.deepLink = true;
    el.events = GOOD;
  });

  test.each(['#section', '#/route/path?x=1', '#/route/path?x=1&other=2'])('%s survives selecting and closing, byte for byte', async (hash) => {
    history.replaceState(history.state, '', `${startUrl.split('#')[0]}${hash}`);
    const el = await linked();
    await userEvent.click(button(el, 'good-2'));
    expect(location.hash).toBe(`${hash}&tl=good-2`);
    await userEvent.click(part(el, 'close')!);
    expect(location.hash).toBe(hash);
  });

  test('closing the only key leaves no "#" behind', async () => {
    history.replaceState(history.state, '', startUrl.split('#')[0]);
    const el = await linked();
    await userEvent.click(button(el, 'good-1'));
    expect(location.hash).toBe('#tl=good-1');
    await userEvent.click(part(el, 'close')!);
    expect(location.href).toBe(startUrl.split('#')[0]);
  });

  test('on a page whose path starts with "//", selecting still works and writes the link', async () => {
    history.replaceState(history.state, '', `${location.origin}//example.org/page${location.search}`);
    const el = await linked();
    const selected: (string | null)[] = [];
    el.addEventListener('news-timeline-select', (e: NewsTimelineSelectEvent) => selected.push(e.id));
    await userEvent.click(button(el, 'good-1'));
    expect(selected).toEqual(['good-1']);
    expect(location.pathname).toBe('//example.org/page');
    expect(location.hash).toBe('#tl=good-1');
  });

  test('a browser that refuses replaceState: the selection, its event and its announcement still happen', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await linked();
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const selected: (string | null)[] = [];
    el.addEventListener('news-timeline-select', (e: NewsTimelineSelectEvent) => selected.push(e.id));
    await userEvent.click(button(el, 'good-2'));
    await el.updateComplete;
    expect(el.selected).toBe('good-2');
    expect(selected).toEqual(['good-2']);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).toContain('Also good');
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  test('going back to a URL without the key closes the card; a link naming another timeline does not', async () => {
    history.replaceState(history.state, '', `${startUrl.split('#')[0]}#start`);
    const el = await linked();
    location.hash = 'page';
    await userEvent.click(button(el, 'good-2'));
    expect(location.hash).toBe('#page&tl=good-2');
    location.hash = 'other=x';
    await nextFrame();
    await el.updateComplete;
    expect(el.selected).toBe('good-2');
    history.back();
    await waitFor(() => location.hash === '#page&tl=good-2');
    history.back();
    await waitFor(() => location.hash === '#start');
    await waitFor(() => el.selected === null);
    expect(part(el, 'detail')).toBeNull();
  });
});

describe('export of text it was given', () => {
  test('control characters and lone surrogates never make the SVG unreadable or the PNG fail', async () => {
    const el = await mount((el) => {
      el.label = 'Bell\u0007 and \ud800 half';
      el.events = [{ id: 'a', start: '2023', title: 'Ctrl\u0001Z \udfff end', summary: 'x\u0000y' }, ...GOOD];
    });
    const svg = await el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')!.textContent).toBe('Bell and  half');
    expect(svg).toContain('CtrlZ');
    const png = await el.toPNG();
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1_000);
  });

  test('a download that fails says so beside the buttons, and in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount((el) => {
      el.exportButtons = true;
      el.events = GOOD;
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(null));
    const png = parts(el, 'export-button')[1]!;
    await userEvent.click(png);
    await waitFor(() => part(el, 'export-note')?.textContent?.trim());
    const note = part(el, 'export-note')!;
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent!.trim()).toBe('The PNG could not be made. The browser’s console says why.');
    expect(getComputedStyle(note).display).not.toBe('none');
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'news-timeline: PNG encoding failed' }));
  });
});

describe('a moved element', () => {
  test('lays out for its new container, follows that container\'s size, and still answers gestures', async () => {
    const el = await mount((el) => (el.events = articleData), 900);
    expect(el.resolvedOrientation).toBe('horizontal');
    // Once the element has settled (nothing of its first load left to do), nothing else would update it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1_000 }));
    for (let i = 0; i < 3; i++) await nextFrame();
    const other = document.createElement('div');
    other.style.width = '400px';
    document.body.append(other);
    try {
      el.remove();
      other.append(el);
      await waitFor(() => el.resolvedOrientation === 'vertical');
      other.style.width = '1000px';
      await waitFor(() => el.resolvedOrientation === 'horizontal');
      expect(Math.round(part(el, 'plot')!.getBoundingClientRect().width)).toBeGreaterThan(900);
      other.style.width = '900px';
      await waitFor(() => Math.round(part(el, 'plot')!.getBoundingClientRect().width) <= 900);
      const ranges: unknown[] = [];
      el.addEventListener('news-timeline-range-change', (e) => ranges.push(e));
      const plot = part(el, 'plot')!;
      const box = plot.getBoundingClientRect();
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
      await waitFor(() => ranges.length > 0, 2_000);
    } finally {
      other.remove();
    }
  });
});

describe('encodings of src', () => {
  const utf16le = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    return bytes;
  };

  test('UTF-16 with a byte-order mark is read as the JSON it is, not as CSV', async () => {
    const url = URL.createObjectURL(new Blob([utf16le(JSON.stringify([{ id: 'tokyo', start: '2023', title: 'Café 東京' }]))], { type: 'application/json' }));
    try {
      const el = await mount((el) => (el.src = url));
      expect(parts(el, 'event').map((b) => b.dataset['id'])).toEqual(['tokyo']);
      expect(part(el, 'issues')).toBeNull();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  test('the charset a server names is used', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('start,title\n2023,caf'), 0xe9, 0x0a]);
    const url = URL.createObjectURL(new Blob([latin1], { type: 'text/csv; charset=iso-8859-1' }));
    try {
      const el = await mount((el) => (el.src = url));
      expect(part(el, 'summary')!.textContent).toMatch(/^Timeline of 1 event/);
      expect(parts(el, 'event')[0]!.textContent).toContain('café');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('hostile patterns at growing sizes (fast-check)', () => {
  // Within the default time limit: on readers that backtrack, the largest size alone took seconds a pattern.
  test.each([1_000, 10_000, 100_000])('at %i characters, the element still draws every good event, and opens the hostile one', async (size) => {
    quiet();
    await richTextCode.load();
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...HOSTILE_UNITS),
      fc.constantFrom('body', 'summary', 'title'),
      async (unit, field) => {
        unmountAll();
        const text = fill(unit, size);
        const el = await mount((el) => (el.events = [...GOOD, { id: 'hostile', start: '2023-07-01', title: 'Hostile', [field]: text }]), 900);
        const ids = eventIds(el);
        expect(ids).toEqual(expect.arrayContaining(['good-1', 'good-2']));
        // A title of only spaces is no title: that event is skipped, and says so.
        if (ids.includes('hostile')) {
          el.select('hostile');
          await el.updateComplete;
          expect(part(el, 'detail')).not.toBeNull();
        } else expect(part(el, 'issues')).not.toBeNull();
      },
    ), { numRuns: 20, seed: size });
  });
});
