import { afterEach, describe, expect, test, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import articleJson from '../../examples/data/japan-nato-2022-2023.json';
import v6 from '../../examples/data/developing/v6.json';
import { denseTimeline } from '../fixtures/dense.js';
import { FakeServer } from './fake-server.js';

// The one-file bundle, exactly as a page without a build step loads it: built from the same sources as
// the rest of the suite, minified and with its on-demand parts as files of their own, so it is tested
// here as a page gets it. `npm test` builds it first.
const BUNDLE = '/dist/news-timeline.bundle.js';

afterEach(() => document.body.replaceChildren());

/** The article's timeline from the bundle, 900 px wide, once loaded; `setup` sets its id and attributes first. */
async function mountFromBundle(setup: (el: HTMLElement) => void = () => {}) {
  await import(/* @vite-ignore */ BUNDLE);
  const el = document.createElement('news-timeline') as HTMLElement & {
    events: unknown; zoomTo(a: string, b: string): void; fit(): void; updateComplete: Promise<boolean>;
  };
  el.style.width = '900px';
  setup(el);
  const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
  el.events = articleJson;
  document.body.append(el);
  await loaded;
  return el;
}

/** The on-demand chunks this page has fetched, by name. */
const chunksFetched = () => performance.getEntriesByType('resource')
  .map((r) => /\/dist\/chunks\/([a-z-]+)-[\w-]+\.js$/.exec(r.name)?.[1])
  .filter((name): name is string => name !== undefined);

describe('dist/news-timeline.bundle.js', () => {
  test('defines <news-timeline> and draws every event', async () => {
    // Its first line is V8's compile hint (rollup.config.js): every function is compiled while the file streams in.
    expect((await (await fetch(BUNDLE)).text()).split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    const el = await mountFromBundle();
    expect(customElements.get('news-timeline')).toBeDefined();
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).toHaveLength(articleJson.events.length);
    // A wide timeline without media or rich text fetches none of the code only other timelines need.
    expect(chunksFetched()).toEqual([]);
  });

  test('loads the TimelineJS and CSV importers on demand, from the chunk beside it', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const el = document.createElement('news-timeline') as HTMLElement & { events: unknown };
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    el.events = {
      title: { text: { headline: 'TimelineJS' } },
      events: [
        { start_date: { year: '2022', month: '6', day: '28' }, text: { headline: 'Madrid summit' } },
        { start_date: { year: '2023', month: '7', day: '11' }, text: { headline: 'Vilnius summit' } },
      ],
    };
    document.body.append(el);
    await loaded;
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="event"] .label-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Madrid summit', 'Vilnius summit']);
    expect(performance.getEntriesByType('resource').some((r) => /\/dist\/chunks\/format-importers-[\w-]+\.js/.test(r.name))).toBe(true);
  });

  test('loads the SVG export on demand: not with the timeline, but at the first toSVG()', async () => {
    const exporter = /\/dist\/chunks\/svg-[\w-]+\.js/;
    const fetched = () => performance.getEntriesByType('resource').some((r) => exporter.test(r.name));
    const el = (await mountFromBundle()) as Awaited<ReturnType<typeof mountFromBundle>> & { toSVG(): Promise<string> };
    expect(fetched()).toBe(false);
    const svg = await el.toSVG();
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.localName).toBe('svg');
    expect(svg).toContain('Vilnius');
    expect(fetched()).toBe(true);
  });

  test('the download buttons offer SVG and PNG files, with export\'s code and the PNG writer loaded at the first click', async () => {
    const el = await mountFromBundle((el) => {
      el.id = 'downloads';
      el.setAttribute('export', '');
    });
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="export-button"]');
      buttons[0]!.click();
      await expect.poll(() => downloads).toEqual(['downloads.svg']);
      buttons[1]!.click();
      await expect.poll(() => downloads, { timeout: 5000 }).toEqual(['downloads.svg', 'downloads.png']);
      expect(chunksFetched()).toEqual(expect.arrayContaining(['svg', 'raster']));
      expect(el.shadowRoot!.querySelector('[part~="export-note"]')!.textContent).toBe('');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  test('reads a list written in the page with the bundle alone, never showing "no events" while it does', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const before = chunksFetched().length;
    const el = document.createElement('news-timeline') as HTMLElement & { updateComplete: Promise<boolean> };
    el.style.width = '900px';
    el.innerHTML = '<ol><li><time datetime="2022-06-28">28 June 2022</time> <h3>Madrid summit</h3></li><li><time datetime="2023-07-11">11 July 2023</time> <h3>Vilnius summit</h3></li></ol>';
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).toBeNull();
    await loaded;
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="event"] .label-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Madrid summit', 'Vilnius summit']);
    // The page's own list is hidden once the timeline stands in for it.
    expect(el.querySelector('ol')!.getBoundingClientRect().height).toBe(0);
    expect(chunksFetched().length).toBe(before);
  });

  test('a narrow timeline lays out vertically from the bundle alone: no chunk, and every render shows every event', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const before = chunksFetched().length;
    type Element = HTMLElement & { events: unknown; resolvedOrientation: string | null; addController(c: { hostUpdated(): void }): void };
    const el = document.createElement('news-timeline') as Element;
    el.style.width = '360px';
    el.events = articleJson;
    let fired = false;
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true })).then(() => (fired = true));
    // What every render showed, and whether "loaded" had fired by then.
    const renders: [string | null, number, boolean][] = [];
    el.addController({ hostUpdated: () => renders.push([el.resolvedOrientation, el.shadowRoot!.querySelectorAll('[part~="event"]').length, fired]) });
    document.body.append(el);
    await loaded;
    expect(el.resolvedOrientation).toBe('vertical');
    expect(chunksFetched().length).toBe(before);
    // Before the element measured itself it showed every event as a plain list (never a blank box), and was not "loaded".
    const before1 = renders.filter(([orientation]) => orientation === null);
    expect(before1.every(([, events, done]) => events === articleJson.events.length && !done)).toBe(true);
    expect(renders.filter(([orientation]) => orientation === 'vertical').every(([, events]) => events === articleJson.events.length)).toBe(true);
    const rows = el.shadowRoot!.querySelectorAll('.events.vertical [part~="event"]');
    expect(rows).toHaveLength(articleJson.events.length);
    // Its rules are in the element's sheet: the spine is drawn and rows flow down the page.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.events.vertical')!, '::before').width).toBe('2px');
    expect(rows[1]!.getBoundingClientRect().top).toBeGreaterThan(rows[0]!.getBoundingClientRect().bottom - 1);
  });

  test('rich text loads its code on demand, media is in the bundle: the summary comes from the rich text, the card shows the media', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const el = document.createElement('news-timeline') as HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
    el.style.width = '900px';
    el.setAttribute('selected', 'vilnius');
    el.events = {
      events: [
        { id: 'madrid', start: '2022-06-29', title: 'Madrid summit', body: '<p>Kishida attends &amp; speaks.</p><script>window.ran = true</script>' },
        { id: 'vilnius', start: '2023-07-11', title: 'Vilnius summit', summary: 'Kishida attends again.', media: { url: 'https://www.youtube.com/watch?v=x', caption: 'Arrival' } },
      ],
    };
    type Loaded = Event & { timeline: { events: readonly { summary: string }[] } };
    const loaded = new Promise<Loaded>((r) => el.addEventListener('news-timeline-load', (e) => r(e as Loaded), { once: true }));
    document.body.append(el);
    const { timeline } = await loaded;
    expect(timeline.events[0]!.summary).toBe('Kishida attends & speaks.');
    // The reader of rich text came from a chunk: its own, or the importers' (an earlier test loaded them), which carry it.
    expect(chunksFetched().filter((c) => c === 'html-text' || c === 'format-importers').length).toBeGreaterThan(0);
    expect(chunksFetched()).not.toContain('media');
    // The card open from the start shows its media by the time the timeline says it is loaded.
    const figure = el.shadowRoot!.querySelector('[part~="detail"] figure')!;
    expect(figure.querySelector('a')!.textContent).toBe('View media on youtube.com');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Arrival');
    // The card's rules for media and rich text are in the element's sheet.
    expect(getComputedStyle(figure).marginTop).toBe('12px');
    el.setAttribute('selected', 'madrid');
    await expect.poll(() => el.shadowRoot!.querySelector('[part~="detail"] .rich p')).not.toBeNull();
    const paragraph = el.shadowRoot!.querySelector('[part~="detail"] .rich p')!;
    expect([paragraph.textContent, getComputedStyle(paragraph).marginTop]).toEqual(['Kishida attends & speaks.', '0px']);
    expect(el.shadowRoot!.querySelector('[part~="detail"] script')).toBeNull();
    expect(chunksFetched()).toContain('sanitizer');
    expect((window as { ran?: boolean }).ran).toBeUndefined();
  });

  // The element declares its reactive properties with Lit's static properties.
  test('attributes set properties, and properties reflect to attributes, as the element declares them', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    type Element = HTMLElement & Record<'verticalBelow' | 'rowHeight', number> & Record<'listView' | 'story' | 'exportButtons', boolean> &
      { events: unknown; selected: string | null; resolvedOrientation: string | null; updateComplete: Promise<boolean> };
    const el = document.createElement('news-timeline') as Element;
    el.style.width = '900px';
    el.setAttribute('vertical-below', '2000');
    el.setAttribute('row-height', '64');
    el.setAttribute('export', '');
    el.events = articleJson;
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.body.append(el);
    await loaded;
    expect([el.verticalBelow, el.rowHeight, el.exportButtons, el.listView]).toEqual([2000, 64, true, false]);
    expect(el.resolvedOrientation).toBe('vertical');
    expect(el.shadowRoot!.querySelectorAll('[part~="export-button"]')).toHaveLength(2);
    el.selected = 'madrid-summit';
    el.listView = true;
    el.story = true;
    await el.updateComplete;
    expect(['selected', 'list-view', 'story'].map((a) => el.getAttribute(a))).toEqual(['madrid-summit', '', '']);
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).not.toBeNull();
    el.removeAttribute('list-view');
    await el.updateComplete;
    expect(el.listView).toBe(false);
  });

  test('loads a language other than English on demand, and shows it from the first render, never English first', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const languageChunk = /\/dist\/chunks\/(ja|zh-cn|fr|de|es)-[\w-]+\.js/;
    // This page reads English (en-GB): no other language has been fetched by the tests before.
    expect(performance.getEntriesByType('resource').some((r) => languageChunk.test(r.name))).toBe(false);
    const el = document.createElement('news-timeline') as HTMLElement & { events: unknown; locale: string; updateComplete: Promise<boolean> };
    el.style.width = '900px';
    el.locale = 'ja';
    el.events = articleJson;
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.body.append(el);
    const seen: string[] = [];
    const read = () => {
      const summary = el.shadowRoot!.querySelector('[part~="summary"]')?.textContent;
      if (summary) seen.push(summary);
    };
    new MutationObserver(read).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await loaded;
    read();
    expect(seen.length).toBeGreaterThan(0);
    for (const summary of seen) expect(summary).toMatch(/年表/);
    const fetched = performance.getEntriesByType('resource').filter((r) => languageChunk.test(r.name)).map((r) => r.name.match(languageChunk)![1]);
    expect(fetched).toEqual(['ja']);

    // A lang attribute that changes later: the next render waits for that language too.
    const german = document.createElement('div');
    german.lang = 'de';
    document.body.append(german);
    const other = document.createElement('news-timeline') as typeof el;
    other.events = articleJson;
    german.append(other);
    await other.updateComplete;
    expect(other.shadowRoot!.querySelector('[part~="summary"]')!.textContent).toMatch(/^Zeitleiste/);
  });

  test('loads deep links on demand, only with deep-link: the selection and search in the link show from the first drawn frame', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const page = location.href;
    // Earlier timelines in this file had no deep-link: the links were never fetched.
    expect(chunksFetched()).not.toContain('links');
    history.replaceState(history.state, '', `${page.split('#')[0]}#dl=vilnius-summit&dl.q=summit`);
    try {
      const el = await mountFromBundle((el) => {
        el.id = 'dl';
        el.setAttribute('deep-link', '');
      });
      const { selected, query } = el as unknown as { selected: string | null; query: string | null };
      expect([selected, query]).toEqual(['vilnius-summit', 'summit']);
      expect(el.shadowRoot!.querySelector('[part~="detail"] h2')!.textContent).toMatch(/Vilnius summit/);
      expect(chunksFetched()).toContain('links');
      // The matches come with the search code, which loads on demand too.
      const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]:not([data-parked] *)')].map((b) => b.dataset['id']);
      await expect.poll(() => shown().length).toBeLessThan(articleJson.events.length);
      expect(shown()).toEqual(expect.arrayContaining(['madrid-summit', 'vilnius-summit']));
      // Closing the card takes its key out of the link; the search stays in it.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await expect.poll(() => location.hash).toBe('#dl.q=summit');
    } finally {
      history.replaceState(history.state, '', page);
      // The card opened from the link scrolled the page to it.
      scrollTo(0, 0);
    }
  });

  test('a dataset that says how its story moved on (its "Updated" line, an event\'s status and updates) is drawn and styled from the bundle alone', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const el = document.createElement('news-timeline') as HTMLElement & { events: unknown; select(id: string): void; updateComplete: Promise<boolean> };
    el.style.width = '900px';
    el.setAttribute('locale', 'en-GB');
    el.events = {
      title: 'A developing story', updated: '2023-07-12T16:30Z',
      events: [
        { id: 'talks', start: '2023-07-11', title: 'Talks begin', status: 'expected', updates: [
          { date: '2023-07-12', text: 'The talks ended a day late.' },
          { date: '2023-07-11', text: 'An earlier version gave the wrong city.', kind: 'correction' },
        ] },
        { id: 'other', start: '2023-07-01', title: 'Earlier news' },
      ],
    };
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.body.append(el);
    await loaded;
    el.select('talks');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('[part~="updated"]').fontSize).toBe('13px');
    expect(root.querySelector('.detail .status')!.textContent).not.toBe('');
    expect(style('[part~="updates"]').fontSize).toBe('14px');
    expect(style('[part~="updates"] .update-date').fontWeight).toBe('700');
    expect(style('[part~="updates"] .correction strong').color).not.toBe(style('[part~="updates"] .correction').color);
    // Nothing of developing stories: the timeline was drawn once and never updated.
    expect(chunksFetched()).not.toContain('developing');
  });

  test('a developing story loads its code on demand: an update keeps the event being read in place on screen, and a failed refresh says since when the data is shown', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    // No timeline before this one was updated: the code of developing stories was never fetched.
    expect(chunksFetched()).not.toContain('developing');
    const server = new FakeServer('/newsroom/bundle-story.json', { ...v6, events: v6.events.filter((e) => e.id !== 'france-objects-ft-report') });
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    try {
      const el = document.createElement('news-timeline') as HTMLElement & { src: string; refresh(): Promise<void>; updateComplete: Promise<boolean> };
      el.style.width = '400px';
      el.setAttribute('locale', 'en-GB');
      el.src = server.path;
      const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
      document.body.append(el, spacer);
      await loaded;
      const button = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
      window.scrollTo(0, button('office-decision-postponed')!.getBoundingClientRect().top + window.scrollY - 100);
      await new Promise((r) => requestAnimationFrame(r));
      const top = button('office-decision-postponed')!.getBoundingClientRect().top;
      // An event added above the one being read: the page scrolls by what it added.
      server.publish(v6);
      await el.refresh();
      await new Promise((r) => requestAnimationFrame(r));
      expect(button('france-objects-ft-report')).not.toBeNull();
      // Within the pixel the anchor leaves alone (controllers/scroll-anchor.ts): without it the row above is its height away.
      expect(Math.abs(button('office-decision-postponed')!.getBoundingClientRect().top - top)).toBeLessThan(1);
      expect(chunksFetched()).toContain('developing');
      // The marks' styles came with the chunk.
      const mark = el.shadowRoot!.querySelector('[part~="change"]')!;
      expect(getComputedStyle(mark).textTransform).toBe('uppercase');
      // A refresh that fails keeps the data, with a note that says since when it is shown.
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      server.failure = () => Promise.resolve(new Response('busy', { status: 503 }));
      await el.refresh();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="stale"]')?.textContent).toMatch(/^Could not update; showing data from \d\d:\d\d\.$/);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="stale"]')!).borderInlineStartWidth).toBe('4px');
    } finally {
      vi.restoreAllMocks();
      spacer.remove();
      scrollTo(0, 0);
    }
  });

  test('a page without the chunk of developing stories still shows each new version, without marks; only the console says why', async () => {
    // The bundle from a blob: URL, beside which no chunk can be found (as on a page that copied the file alone).
    const alone = URL.createObjectURL(new Blob([await (await fetch(BUNDLE)).text()], { type: 'text/javascript' }));
    const { NewsTimeline } = await import(/* @vite-ignore */ alone) as { NewsTimeline: CustomElementConstructor };
    customElements.define('news-timeline-alone', NewsTimeline);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const el = document.createElement('news-timeline-alone') as HTMLElement & { events: unknown; refresh(): Promise<void>; updateComplete: Promise<boolean> };
      el.style.width = '900px';
      el.events = { ...v6, events: v6.events.filter((e) => e.id !== 'france-objects-ft-report') };
      let loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
      document.body.append(el);
      await loaded;
      loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
      el.events = v6;
      await loaded;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="event"][data-id="france-objects-ft-report"]')).not.toBeNull();
      expect(root.querySelector('[part~="change"]')).toBeNull();
      expect(root.querySelector('[part~="error"]')).toBeNull();
      expect(error.mock.calls.map(([text]) => String(text))).toEqual([expect.stringMatching(/^news-timeline: the code that compares versions of the data could not load; updates are shown without marks/)]);
      await expect(el.refresh()).resolves.toBeUndefined();
    } finally {
      vi.restoreAllMocks();
      URL.revokeObjectURL(alone);
    }
  });

  test('labels shown on hover or focus: their code loads when the page is idle once a drawing tucks labels away, places the label hovered, and Escape hides it', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    // The article at 900 px tucks no label away: the timelines before this one never fetched that code.
    expect(chunksFetched()).not.toContain('hover-labels');
    const el = document.createElement('news-timeline') as HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
    el.style.width = '900px';
    el.setAttribute('orientation', 'horizontal');
    el.events = denseTimeline({ count: 40, days: 120, lanes: 2 });
    const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
    document.body.append(el);
    await loaded;
    // Idle may come late while other tests keep the browser busy: this waits for it, it does not time it.
    await expect.poll(() => chunksFetched(), { timeout: 10_000 }).toContain('hover-labels');
    // Not harness.ts's centre and mouseTo: the harness imports the element's source, which would define
    // <news-timeline> before the bundle under test does (and every chunk test here would then fail).
    const centre = (b: Element) => {
      const r = b.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    };
    const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) => {
      const { x, y } = centre(b);
      return b.classList.contains('tucked') && el.shadowRoot!.elementFromPoint(x, y)?.closest('button') === b;
    })!;
    // With that code in, a tucked label is made only when it shows.
    await expect.poll(() => button.querySelector('.label')).toBeNull();
    // Shown: it is there, has a box and is not faded out.
    const shows = () => {
      const label = button.querySelector('.label');
      return !!label && label.checkVisibility({ opacityProperty: true }) && getComputedStyle(label).opacity === '1';
    };
    // The real mouse, in the test's frame.
    const mouseTo = async ({ x, y }: { x: number; y: number }) => {
      const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
      const scale = frame.width / innerWidth;
      await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: frame.left + x * scale, y: frame.top + y * scale });
    };
    try {
      await mouseTo(centre(button));
      await expect.poll(() => button.querySelector('.bridge')).not.toBeNull();
      await expect.poll(shows).toBe(true);
      await userEvent.keyboard('{Escape}');
      await expect.poll(shows).toBe(false);
      // Once the pointer has left its event, hovering it shows it again.
      await mouseTo({ x: 1, y: 1 });
      await el.updateComplete;
      await mouseTo(centre(button));
      await expect.poll(shows).toBe(true);
    } finally {
      await mouseTo({ x: 1, y: 1 });
    }
  });

  test('ctrl+wheel zooms and a drag pans, each ending in one range change', async () => {
    const el = await mountFromBundle();
    const ranges: { start: Date; end: Date }[] = [];
    el.addEventListener('news-timeline-range-change', (e) => ranges.push(e as unknown as { start: Date; end: Date }));
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    await userEvent.keyboard('{Control>}');
    await userEvent.wheel(plot, { delta: { y: -120 }, times: 3 });
    await userEvent.keyboard('{/Control}');
    for (let i = 0; i < 60 && ranges.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(ranges).toHaveLength(1);
    const zoomed = ranges[0]!.end.getTime() - ranges[0]!.start.getTime();

    const box = plot.getBoundingClientRect();
    const y = box.bottom - 10;
    const init = (x: number) => ({ clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0 });
    plot.dispatchEvent(new MouseEvent('mousedown', init(box.left + 300)));
    for (let dx = 20; dx <= 200; dx += 20) window.dispatchEvent(new MouseEvent('mousemove', init(box.left + 300 + dx)));
    window.dispatchEvent(new MouseEvent('mouseup', init(box.left + 500)));
    await el.updateComplete;
    expect(ranges).toHaveLength(2);
    expect(ranges[1]!.start.getTime()).toBeLessThan(ranges[0]!.start.getTime());
    expect(ranges[1]!.end.getTime() - ranges[1]!.start.getTime()).toBeCloseTo(zoomed, -5);
  });

  // Every way of changing the view, touch included, through the built file.
  test('zoomTo(), fit(), the toolbar and a two-finger pinch all change the view', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
    try {
      const el = await mountFromBundle();
      const ranges: { start: Date; end: Date }[] = [];
      el.addEventListener('news-timeline-range-change', (e) => ranges.push(e as unknown as { start: Date; end: Date }));
      const control = (name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
      const ticks = () => [...el.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((t) => t.textContent).join();
      const whole = ticks();
      el.zoomTo('2022-09-01', '2022-12-31');
      await el.updateComplete;
      expect(ticks()).not.toBe(whole);
      expect(control('zoom-out').getAttribute('aria-disabled')).toBe('false');
      el.fit();
      await el.updateComplete;
      expect(ticks()).toBe(whole);
      control('zoom-in').click();
      await el.updateComplete;
      expect(ranges).toHaveLength(1);
      control('fit').click();
      await el.updateComplete;
      expect(ranges).toHaveLength(2);

      // A pinch, in the top page's coordinates: the test runs in a frame, which may be scaled to fit.
      const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
      const scale = frame.width / innerWidth;
      // It starts on the axis labels, which the zoom re-renders: the drawing takes no pointer events, so
      // the touch lands on the plot, which stays, and its touchend is not lost with a replaced label.
      const chart = el.shadowRoot!.querySelector('svg.chart')!;
      const box = chart.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('[part~="axis"] text')!.getBoundingClientRect();
      const y = (label.top + label.bottom) / 2;
      for (const x of [350, 400, 500, 550]) expect(el.shadowRoot!.elementFromPoint(box.left + x, y)).toBe(el.shadowRoot!.querySelector('.plot'));
      const at = (...xs: number[]) => xs.map((x, id) => ({ x: frame.left + (box.left + x) * scale, y: frame.top + y * scale, id }));
      await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(400, 500) });
      for (let d = 10; d <= 50; d += 10) await cdp().send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(400 - d, 500 + d) });
      await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      for (let i = 0; i < 40 && ranges.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
      expect(ranges).toHaveLength(3);
      expect(ranges[2]!.end.getTime() - ranges[2]!.start.getTime()).toBeLessThan(ranges[1]!.end.getTime() - ranges[1]!.start.getTime());
    } finally {
      await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
  });
});
