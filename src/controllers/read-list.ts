import type { NewsEvent } from '../model/types.js';

/**
 * Reads the light-DOM markup a page writes for readers without JavaScript:
 *
 *   <ol><li><time datetime="2023-05-24">24 May 2023</time> <h3>Title</h3> <p>Summary</p> <a href="…">Source</a></li></ol>
 *
 * into events for the parser (which checks every field, as for any other input). Only text and
 * attributes are read; nothing is moved, changed or rendered from the page's markup.
 */

const text = (node: Element | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * One `<li>` as an event: dates from `<time datetime>` (a second `<time>` is the end), the title from
 * a heading, the summary from paragraphs, sources from links, media from an image; `id` and
 * `data-group`, `data-status`, `data-importance` attributes are read too.
 */
export function readListItem(li: Element): NewsEvent {
  const times = [...li.querySelectorAll('time')];
  const heading = li.querySelector('h1, h2, h3, h4, h5, h6, strong');
  const summary = [...li.querySelectorAll('p')].map((p) => text(p)).filter(Boolean).join('\n');
  const event: NewsEvent = {
    start: times[0]?.getAttribute('datetime') ?? text(times[0]) ?? '',
    title: text(heading) ?? '',
  };
  const end = times[1]?.getAttribute('datetime') ?? text(times[1]);
  if (end) event.end = end;
  if (summary) event.summary = summary;
  for (const key of ['id', 'group', 'status', 'importance'] as const) {
    const value = li.getAttribute(key === 'id' ? 'id' : `data-${key}`);
    if (value === null) continue;
    if (key === 'importance') event.importance = Number(value) as NewsEvent['importance'];
    else if (key === 'status') event.status = value as NewsEvent['status'];
    else event[key] = value;
  }
  const links = [...li.querySelectorAll('a[href]')];
  if (links.length) event.sources = links.map((a) => ({ url: a.getAttribute('href') ?? '', ...(text(a) ? { title: text(a)! } : {}) }));
  const img = li.querySelector('img[src]');
  if (img) event.media = { url: img.getAttribute('src') ?? '', ...(img.getAttribute('alt') ? { alt: img.getAttribute('alt')! } : {}) };
  return event;
}

/** The events of the first `<ol>` or `<ul>` child. */
export function readList(list: Element): NewsEvent[] {
  return [...list.children].filter((child) => child.localName === 'li').map(readListItem);
}
