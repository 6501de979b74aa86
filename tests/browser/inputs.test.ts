import { afterEach, describe, expect, test, vi } from 'vitest';
import { NewsTimelineIssuesEvent, type NewsTimelineLoadEvent } from '../../src/events.js';
import { intersects, mount, part, parts, unmountAll, waitFor, type NewsTimeline } from './harness.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const titles = (el: NewsTimeline) => parts(el, 'event').map((b) => b.querySelector('.label-title')!.textContent);

/** Mounts an element whose children are written as markup, as a page would. */
function mountMarkup(markup: string, attributes: Record<string, string> = {}) {
  return mount((el) => {
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.innerHTML = markup;
  });
}

const LIST = `<ol>
  <li id="mao"><time datetime="2023-05-24">24 May 2023</time> <h3>Mao Ning criticises NATO</h3> <p>At the regular press conference.</p> <a href="https://www.fmprc.gov.cn/">Source</a></li>
  <li data-group="nato" data-status="expected"><time datetime="2023-07-11">11</time>–<time datetime="2023-07-12">12 July 2023</time> <h3>Vilnius summit</h3></li>
  <li><time datetime="2022-06-28">28 June 2022</time> <h3>Madrid summit</h3> <a href="javascript:alert(1)">bad</a></li>
</ol>`;

describe('data written in the page', () => {
  test('a light-DOM list becomes the timeline; the list itself is left untouched and hidden', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mountMarkup(LIST);
    expect(titles(el)).toEqual(['Madrid summit', 'Mao Ning criticises NATO', 'Vilnius summit']);
    expect(el.innerHTML).toBe(LIST);
    expect(el.shadowRoot!.querySelector('slot:not([name])')).toBeNull();
    expect(el.querySelector('ol')!.getBoundingClientRect().height).toBe(0);
    parts<HTMLButtonElement>(el, 'event')[1]!.click();
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(detail.querySelector('.text')!.textContent).toBe('At the regular press conference.');
    expect(detail.querySelector('a')!.getAttribute('href')).toBe('https://www.fmprc.gov.cn/');
    parts<HTMLButtonElement>(el, 'event')[2]!.click();
    await el.updateComplete;
    // The second <time> is the end of the range; data-status is read.
    expect(part(el, 'detail')!.querySelector('.date')!.textContent).toMatch(/11\s*–\s*12/);
    expect(part(el, 'detail')!.querySelector('.status')!.textContent).toMatch(/^Expected/);
  });

  test('a list with no usable event shows its markup again, under the error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mountMarkup('<ol><li><h3>No date here</h3></li></ol>');
    expect(part(el, 'error')).not.toBeNull();
    const slot = el.shadowRoot!.querySelector('slot:not([name])')!;
    expect((slot as HTMLSlotElement).assignedElements().map((e) => e.tagName)).toEqual(['OL']);
    expect(el.querySelector('ol')!.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  test('a list added after the element upgraded is read too', async () => {
    const el = await mount(() => {}, 800, false);
    expect(part(el, 'empty')).not.toBeNull();
    el.innerHTML = LIST.replace('<a href="javascript:alert(1)">bad</a>', '');
    await waitFor(() => parts(el, 'event').length === 3);
  });

  test('an inline <script type="application/json"> is read', async () => {
    const el = await mountMarkup(`<script type="application/json">${JSON.stringify({ title: 'Inline', events: [{ start: '2023', title: 'From a script' }] })}</script>`);
    expect(titles(el)).toEqual(['From a script']);
    expect(part(el, 'title')!.textContent).toBe('Inline');
  });

  test('an inline TimelineJS script is detected; a CSV script is read as CSV', async () => {
    const tljs = await mountMarkup(`<script type="application/json">${JSON.stringify({ events: [{ start_date: { year: 1943 }, text: { headline: 'TimelineJS slide' } }] })}</script>`);
    expect(titles(tljs)).toEqual(['TimelineJS slide']);
    const csv = await mountMarkup('<script type="text/csv">start,title\n2023-05-24,"From CSV, quoted"\n</script>');
    expect(titles(csv)).toEqual(['From CSV, quoted']);
  });

  test('the format attribute overrides detection', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const json = JSON.stringify({ events: [{ start_date: { year: 1943 }, text: { headline: 'Slide' } }] });
    const el = await mountMarkup(`<script type="application/json">${json}</script>`, { format: 'json' });
    expect(parts(el, 'event')).toHaveLength(0);
    expect(part(el, 'error')).not.toBeNull();
    const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
    el.format = 'timelinejs';
    await loaded;
    expect(titles(el)).toEqual(['Slide']);
  });

  test('src loads a TimelineJS spreadsheet CSV, detected by its extension; a video is a link, not an embed', async () => {
    let loaded: NewsTimelineLoadEvent | null = null;
    const el = await mount((el) => {
      el.addEventListener('news-timeline-load', (e) => (loaded = e as NewsTimelineLoadEvent));
      el.setAttribute('src', '/examples/data/timelinejs/my-own-timeline.csv');
    });
    expect(loaded!.timeline.events).toHaveLength(10);
    expect(part(el, 'title')!.textContent).toBe('MY OWN CSV');
    // Selecting an event draws it on its own, even where its neighbours are clustered.
    el.select(loaded!.timeline.events.find((e) => e.title.includes('And the women who made it work'))!.id);
    await el.updateComplete;
    // The media code was fetched with the data; the card shows the media once it is in.
    await expect.poll(() => part(el, 'detail')!.querySelector('figure')).not.toBeNull();
    const figure = part(el, 'detail')!.querySelector('figure')!;
    expect(figure.querySelector('img, iframe, video')).toBeNull();
    const link = figure.querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent, link.rel]).toEqual(['https://www.youtube.com/watch?v=aPweFhhXFvY', 'View media on youtube.com', 'noopener noreferrer']);
    expect(figure.querySelector('figcaption')!.textContent).toBe('Jean Bartik talks about the ENIAC women Computer History Museum');
  });

  test('src loads TimelineJS JSON as it is, and its crowded lane keeps labels apart', async () => {
    const el = await mount((el) => el.setAttribute('src', '/examples/data/timelinejs/eras.json'), 726);
    // Every event is drawn alone or counted in a cluster; each drawn one has its marker.
    const clustered = parts(el, 'cluster').reduce((n, c) => n + Number(c.textContent), 0);
    expect(parts(el, 'event').length + clustered).toBe(20);
    expect(parts(el, 'marker')).toHaveLength(parts(el, 'event').length);
    const rects = parts(el, 'label').filter((l) => getComputedStyle(l).opacity !== '0').map((l) => l.getBoundingClientRect());
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!), `labels ${i} and ${j}`).toBe(false);
    }
  });
});

describe('news-timeline-issues', () => {
  test('carries the issues, bubbles out of the element and is composed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: NewsTimelineIssuesEvent[] = [];
    const listener = (e: NewsTimelineIssuesEvent) => seen.push(e);
    document.addEventListener('news-timeline-issues', listener);
    try {
      await mount((el) => (el.events = [{ start: '2023', title: 'Good' }, { id: 'bad', start: '11/07/2023', title: 'Bad' }]));
    } finally {
      document.removeEventListener('news-timeline-issues', listener);
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(NewsTimelineIssuesEvent);
    expect(seen[0]!.composed).toBe(true);
    expect(seen[0]!.errorCount).toBe(1);
    expect(seen[0]!.issues.map((i) => i.message)).toEqual(['events[1] ("bad").start: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"']);
  });

  test('is fired by a hidden element too, which never draws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fired: NewsTimelineIssuesEvent | null = null;
    await mount((el) => {
      el.style.display = 'none';
      el.addEventListener('news-timeline-issues', (e) => (fired = e));
      el.events = [{ start: 'soon', title: 'Bad' }];
    }, 800, false);
    await waitFor(() => fired);
    expect(fired!.issues).toHaveLength(1);
  });

  test('is not fired for clean data', async () => {
    const listener = vi.fn();
    document.addEventListener('news-timeline-issues', listener);
    await mount((el) => (el.events = [{ start: '2023', title: 'Good' }]));
    document.removeEventListener('news-timeline-issues', listener);
    expect(listener).not.toHaveBeenCalled();
  });
});
