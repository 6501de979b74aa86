import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { richTextCode } from '../../src/render/rich-text.js';
import { mount, nextFrame, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

declare global {
  interface Window {
    __pwned: number;
  }
}

// Markup that runs script when it reaches the DOM unsanitised, including known sanitiser bypasses
// (mutation XSS through foreign content, noscript and style re-parsing; DOM clobbering).
const MARKUP = [
  '<script>window.__pwned++</script>',
  '<img src=x onerror="window.__pwned++">',
  '<svg onload="window.__pwned++"></svg>',
  '<svg><script>window.__pwned++</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned++</script>"></iframe>',
  '<a href="javascript:window.__pwned++">click</a>',
  '<a href="JaVaScRiPt&colon;window.__pwned++">click</a>',
  '<a href="&#106;avascript:window.__pwned++">click</a>',
  '<a href="java\tscript:window.__pwned++">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned++">',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=window.__pwned++ src>">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned++>">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned++>">',
  '"><img src=x onerror=window.__pwned++>',
  '<style>body{background:rgb(255,0,0)!important}</style>',
  '<p style="position:fixed;inset:0;background:red">cover</p>',
  '<form action="https://evil.example/"><input name="q"><button formaction="javascript:window.__pwned++">go</button></form>',
  '<object data="javascript:window.__pwned++"></object><embed src="javascript:window.__pwned++">',
  '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.__pwned++">',
  '<details open ontoggle="window.__pwned++">x</details>',
  '<video><source onerror="window.__pwned++"></video>',
  '<img name="body"><form name="cookie"></form><a id="__pwned" href="x">clobber</a>',
];

// URLs that must never become a link or a request.
const URLS = [
  'javascript:window.__pwned++',
  'JAVASCRIPT:window.__pwned++',
  ' javascript:window.__pwned++',
  'java\tscript:window.__pwned++',
  'java\nscript:window.__pwned++',
  '\u0000javascript:window.__pwned++',
  '&#106;avascript:window.__pwned++',
  'javascript&colon;window.__pwned++',
  'data:text/html,<script>window.__pwned++</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
];

const BAD_SCHEME = /^\s*(?:javascript|data|vbscript|file|blob)\s*:/i;

/** The i-th item of a list, wrapping around. */
const nth = (list: readonly string[], i: number): string => list[i % list.length]!;

/** A dataset with a script payload in every text field and a bad URL in every URL field. */
function hostileData() {
  return {
    title: nth(MARKUP, 0),
    description: nth(MARKUP, 1),
    asOf: '2023-05-25',
    groups: [{ id: 'g', label: nth(MARKUP, 2) }],
    eras: [{ start: '2020', end: '2021', title: nth(MARKUP, 3) }],
    events: MARKUP.map((payload, i) => ({
      id: `e${i}`,
      start: `2023-01-${String(i + 1).padStart(2, '0')}`,
      title: `${i} ${payload}`,
      summary: payload,
      body: `<p>${payload}</p><a href="${nth(URLS, i)}">link</a>${payload}`,
      displayDate: payload,
      group: i % 2 ? 'g' : payload,
      tags: [payload],
      sources: [
        { title: payload, publisher: payload, url: nth(URLS, i), date: '2023-01-01' },
        { title: 'good', url: 'https://example.org/' },
      ],
      media: { url: nth(URLS, i + 3), alt: payload, caption: payload, credit: payload },
    })),
  };
}

/** Every attribute of every element in a tree, shadow roots included. */
function* allElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** The element's own form controls, in the header's finder: the search box, the filters' checkboxes and the jump-to-date form. */
const OWN_CONTROLS = ['search', 'filter', 'jump'].map((p) => `[part~="header"] .finder > [part~="${p}"]`).join(', ');

function assertInert(el: NewsTimeline) {
  for (const node of allElements(el.shadowRoot!)) {
    // Those controls are the element's, not the data's (which never reaches the header's finder as markup); their attributes are checked all the same.
    const own = ['INPUT', 'FORM'].includes(node.tagName) && node.closest(OWN_CONTROLS) !== null;
    if (!own) expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'STYLE', 'BASE', 'META', 'INPUT'], node.outerHTML).not.toContain(node.tagName);
    for (const attr of node.attributes) {
      expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).toBe(false);
      expect(attr.name, node.outerHTML).not.toBe('srcdoc');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(attr.name)) {
        expect(attr.value, `${node.tagName} ${attr.name}`).not.toMatch(BAD_SCHEME);
      }
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) expect(node.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('a hostile dataset', () => {
  test('renders with every card opened: no script runs, no bad URL reaches the DOM, nothing outside changes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.__pwned = 0;
    const before = { head: document.head.innerHTML, title: document.title, background: getComputedStyle(document.body).backgroundColor, bodyChildren: document.body.children.length };
    await richTextCode.load();
    const el = await mount((el) => (el.events = hostileData()), 900);
    // Events close together may be drawn as clusters: every event is a button or counted in one.
    const clustered = parts(el, 'cluster').reduce((n, c) => n + Number(c.textContent), 0);
    expect(parts(el, 'event').length + clustered).toBe(MARKUP.length);
    assertInert(el);

    // Each event in turn, through the keyboard's date order: a selected event is always drawn alone.
    const first = parts<HTMLButtonElement>(el, 'event').concat(parts<HTMLButtonElement>(el, 'cluster')).find((b) => b.tabIndex === 0)!;
    first.focus();
    await userEvent.keyboard('{Home}');
    for (let i = 0; i < MARKUP.length; i++) {
      if (i > 0) await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      const button = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(button.matches('[part="event"]')).toBe(true);
      button.click();
      await el.updateComplete;
      const detail = await waitFor(() => part(el, 'detail'));
      // The rich text is shown, sanitised, not the plain fallback.
      expect(detail.querySelector('.rich')).not.toBeNull();
      assertInert(el);
    }
    // Give any injected handler (image errors, toggles, refreshes) its chance to run.
    for (let i = 0; i < 10; i++) await nextFrame();
    expect(window.__pwned).toBe(0);
    expect(document.head.innerHTML).toBe(before.head);
    expect(document.title).toBe(before.title);
    expect(getComputedStyle(document.body).backgroundColor).toBe(before.background);
    expect(document.body.children.length).toBe(before.bodyChildren + 1);
    // Text fields stayed text: the title shows the markup as characters.
    expect(part(el, 'title')!.textContent).toBe(nth(MARKUP, 0));
  });

  test('the same payloads in TimelineJS JSON come through as text and sanitised rich text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.__pwned = 0;
    await richTextCode.load();
    const slides = MARKUP.map((payload, i) => ({
      start_date: { year: 2023, month: 1, day: i + 1 },
      text: { headline: payload, text: payload },
      media: { url: nth(URLS, i), caption: payload, credit: payload },
      group: payload,
      display_date: payload,
    }));
    const el = await mount((el) => (el.events = { title: { text: { headline: nth(MARKUP, 0), text: nth(MARKUP, 1) } }, events: slides }), 900);
    for (const button of parts<HTMLButtonElement>(el, 'event')) {
      button.click();
      await el.updateComplete;
      assertInert(el);
    }
    for (let i = 0; i < 10; i++) await nextFrame();
    expect(window.__pwned).toBe(0);
  });

  test('rich text keeps its allowed markup and safe links', async () => {
    await richTextCode.load();
    const body = '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace" onclick="x()">Ada</a> <em>and</em> <a href="mailto:a@b.org">mail</a> <a href="/rel">rel</a></p><blockquote>Q <cite>C</cite></blockquote><span class="tl-note" style="color:red">note</span>';
    const el = await mount((el) => (el.events = [{ id: 'a', start: '1815', title: 'Ada', body }]));
    parts<HTMLButtonElement>(el, 'event')[0]!.click();
    await el.updateComplete;
    const rich = part(el, 'detail')!.querySelector('.rich')!;
    expect(rich.innerHTML.replace(/<!--[^]*?-->/g, '')).toBe(
      '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace" rel="noopener noreferrer">Ada</a> <em>and</em> <a href="mailto:a@b.org" rel="noopener noreferrer">mail</a> <a href="/rel" rel="noopener noreferrer">rel</a></p><blockquote>Q <cite>C</cite></blockquote><span>note</span>',
    );
  });

  test('sanitised rich text is inserted once per open card: zoom steps keep its nodes, and two timelines of one story each show it', async () => {
    await richTextCode.load();
    const events = [{ id: 'a', start: '1815', title: 'Ada', body: '<p>Notes on <a href="https://en.wikipedia.org/wiki/Analytical_engine">the engine</a></p>' }, { id: 'b', start: '1843', title: 'Notes' }];
    const first = await mount((el) => (el.events = events));
    const second = await mount((el) => (el.events = events));
    for (const el of [first, second]) {
      el.select('a');
      await el.updateComplete;
    }
    const link = part(first, 'detail')!.querySelector<HTMLAnchorElement>('.rich a')!;
    link.focus();
    first.zoomTo('1814-01-01', '1850-01-01');
    await first.updateComplete;
    first.zoomTo('1810-01-01', '1860-01-01');
    await first.updateComplete;
    // The same link, still where the reader put focus: not parsed and inserted again at each step.
    expect(part(first, 'detail')!.querySelector('.rich a')).toBe(link);
    expect(first.shadowRoot!.activeElement).toBe(link);
    for (const el of [first, second]) expect(part(el, 'detail')!.querySelector('.rich')!.textContent).toBe('Notes on the engine');
    // Closed and opened again, the card shows the text again.
    first.select(null);
    await first.updateComplete;
    first.select('a');
    await first.updateComplete;
    expect(part(first, 'detail')!.querySelector('.rich')!.textContent).toBe('Notes on the engine');
  });
});
