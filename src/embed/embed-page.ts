/**
 * The script of `embed.html`: one `<news-timeline>` from the query string, filling the frame, and its
 * height posted to the parent page whenever it changes, so the host script (`news-timeline-embed.js`)
 * can size the iframe. The element itself comes from the bundle, loaded by the page beside this file.
 */
import { HEIGHT_MESSAGE, readEmbedParams, type EmbedHeightMessage } from './embed-params.js';

const { attributes, title, problems } = readEmbedParams(location.search);
if (title) document.title = title;
// Screen readers speak the page in the timeline's language.
if (attributes['locale']) document.documentElement.lang = attributes['locale'];

if (problems.length) {
  const notice = document.createElement('div');
  notice.setAttribute('role', 'alert');
  notice.className = 'embed-problems';
  const list = document.createElement('ul');
  for (const problem of problems) {
    console.error(`news-timeline embed: ${problem}`);
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  notice.append('This embedded timeline has a problem with its address:', list);
  document.body.append(notice);
}

if ('src' in attributes) {
  const timeline = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attributes)) timeline.setAttribute(name, value);
  document.body.append(timeline);
}

// The page's own height, whatever changes it (data arriving, a card opening, the layout switching to
// vertical): posting it is harmless to any parent, so no origin is named.
let posted = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  const message: EmbedHeightMessage = { type: HEIGHT_MESSAGE, height };
  window.parent.postMessage(message, '*');
}).observe(document.documentElement);
