import { afterEach, describe, expect, test, vi } from 'vitest';
import { VERTICAL_BELOW } from '../../src/layout/orientation.js';
import { NewsTimeline, REHEARSALS } from '../../src/news-timeline.js';
import { FIRST_VIEW_FONTS } from '../../src/render/fonts.js';
import { articleData, mount, nextFrame, unmountAll } from './harness.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const EVENTS = ['news-timeline-load', 'news-timeline-issues', 'news-timeline-select', 'news-timeline-range-change', 'news-timeline-update', 'news-timeline-filter-change'];

/** What `prepare` drew, seen from a subclass (the rehearsal is made with `new this()`): where it was, and what it showed. */
class Probe extends NewsTimeline {
  static seen: { connected: boolean; hidden: boolean; mode: string | null; events: number; ticks: number }[] = [];
  static made: Probe[] = [];
  constructor() {
    super();
    Probe.made.push(this);
  }
  static locales: (string | null)[] = [];
  override updated(): void {
    super.updated();
    Probe.locales.push(this.locale);
    const root = this.renderRoot;
    Probe.seen.push({
      connected: this.isConnected,
      hidden: getComputedStyle(this).visibility === 'hidden' && this.inert && this.parentNode === document.documentElement,
      mode: root.querySelector('.vertical') ? 'vertical' : root.querySelector('svg.chart') ? 'drawing' : null,
      events: root.querySelectorAll('button.event').length,
      ticks: root.querySelectorAll('.tick').length,
    });
  }
}
customElements.define('news-timeline-probe', Probe);

/** Each font a visible text of the element is set in: "style weight size" as the browser computed it. */
function fontsShown(el: Element): Set<string> {
  const fonts = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const text = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) || (node instanceof HTMLInputElement && (node.type === 'text' || node.type === 'search'));
    if (!text || node.getClientRects().length === 0) continue;
    const style = getComputedStyle(node);
    fonts.add(`${style.fontStyle} ${style.fontWeight} ${style.fontSize}`);
  }
  return fonts;
}

/** `FIRST_VIEW_FONTS` in the same terms: the shorthand's optional style and weight, then the size. */
const warmed = new Set(FIRST_VIEW_FONTS.map((font) => {
  const words = font.split(' ');
  const size = words.pop()!;
  return `${words.includes('italic') ? 'italic' : 'normal'} ${words.find((w) => /^\d+$/.test(w)) ?? '400'} ${size}`;
}));

describe('NewsTimeline.prepare: a rehearsal the reader never sees', () => {
  test('draws the sample on no page at the page width, then lays it out hidden in the page and takes it out in the same task, several times', async () => {
    Probe.seen = [];
    Probe.made = [];
    // The browser paints only between tasks: a task queued the moment the rehearsal enters the page
    // runs after the one it entered in, and must find it gone, so no frame could have shown it.
    const stillThere: boolean[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => stillThere.push(document.querySelector('news-timeline-probe') !== null);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n instanceof Probe))) channel.port2.postMessage(null);
    });
    observer.observe(document.documentElement, { childList: true });
    await Probe.prepare();
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    channel.port1.close();
    expect(stillThere).toEqual(Array.from({ length: REHEARSALS }, () => false));
    expect(document.querySelector('news-timeline-probe')).toBeNull();
    // At this test page's width (wider than VERTICAL_BELOW) the drawing, with the sample's three events and the axis's ticks.
    const drawn = { mode: innerWidth >= VERTICAL_BELOW ? 'drawing' : 'vertical', events: 3, ticks: expect.any(Number) };
    // Rehearsed more than once, each time by a new element (a first render, as a page's first timeline
    // will be): drawn on no page, then laid out hidden in it, and only so.
    expect(REHEARSALS).toBeGreaterThan(1);
    expect(Probe.made.length).toBe(REHEARSALS);
    expect(Probe.seen.filter((seen) => !seen.connected)).toEqual(Array.from({ length: REHEARSALS }, () => ({ connected: false, hidden: false, ...drawn })));
    expect(Probe.seen[0]).toEqual({ connected: false, hidden: false, ...drawn });
    expect(Probe.seen[0]!.ticks).toBeGreaterThan(0);
    expect(Probe.seen).toContainEqual({ connected: true, hidden: true, ...drawn });
    expect(Probe.seen.filter((seen) => seen.connected).every((seen) => seen.hidden)).toBe(true);
  });

  test("rehearses in the page's locale when its words are at hand, else in English", async () => {
    const lang = document.documentElement.lang;
    try {
      // English pages' own formatters (en-GB writes "24 May 2023") are built then; a French page's words would have to load.
      for (const [page, rehearsed] of [['en-GB', 'en-GB'], ['en-US', 'en-US'], ['en', 'en'], ['fr-FR', 'en'], ['', 'en']] as const) {
        document.documentElement.lang = page;
        Probe.locales = [];
        await Probe.prepare();
        expect(Probe.locales[0], page).toBe(page === '' ? (navigator.language.startsWith('en') ? navigator.language : 'en') : rehearsed);
      }
    } finally {
      document.documentElement.lang = lang;
    }
  });

  test('leaves nothing in the page: no node, no event, no request, no message, no focus', async () => {
    const before = document.body.innerHTML;
    const children = [...document.documentElement.children];
    const focused = document.activeElement;
    // It goes in beside the body, not into it: a page watching its body sees nothing.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    for (const type of EVENTS) {
      window.addEventListener(type, listen, true);
      document.addEventListener(type, listen);
    }
    const messages = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'info'), vi.spyOn(console, 'log')];
    const requests = performance.getEntriesByType('resource').length;
    // A page in a language whose words load on demand: the rehearsal loads nothing for it.
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'fr';
    try {
      await NewsTimeline.prepare();
      // What it leaves for later (the printed list at idle) has its time too.
      for (let i = 0; i < 10; i++) await nextFrame();
      await new Promise((resolve) => requestIdleCallback(resolve));
      expect(document.body.innerHTML).toBe(before);
      expect([...document.documentElement.children]).toEqual(children);
      expect(changes.concat(observer.takeRecords())).toEqual([]);
      expect(document.activeElement).toBe(focused);
      expect(heard).toEqual([]);
      for (const message of messages) expect(message).not.toHaveBeenCalled();
      expect(performance.getEntriesByType('resource').length).toBe(requests);
    } finally {
      observer.disconnect();
      document.documentElement.lang = lang;
      for (const type of EVENTS) {
        window.removeEventListener(type, listen, true);
        document.removeEventListener(type, listen);
      }
    }
  });

  test('a timeline made after it draws as one made before it', async () => {
    const first = await mount((el) => (el.events = articleData), 1000);
    const html = first.shadowRoot!.innerHTML;
    unmountAll();
    await NewsTimeline.prepare();
    const second = await mount((el) => (el.events = articleData), 1000);
    expect(second.shadowRoot!.innerHTML).toBe(html);
  });

  // The fonts it looks up ahead are those a first view sets its text in: a style sheet that brings in
  // another size or weight must add it to FIRST_VIEW_FONTS (render/fonts.ts), or its lookup waits for the first render.
  test.each([1280, 390])('FIRST_VIEW_FONTS has every font of the first view at %i px', async (width) => {
    const el = await mount((el) => (el.events = articleData), width);
    const missing = [...fontsShown(el)].filter((font) => !warmed.has(font));
    expect(fontsShown(el).size).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });
});
