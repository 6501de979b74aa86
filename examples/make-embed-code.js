// The three embed codes of the "Make a timeline" page, from its options: the script tag with the data
// inline, the iframe of embed.html with the data's URL, and the npm usage. Pure functions of their inputs.

/** The options form as attributes of <news-timeline>, in a stable order; only those that are set. */
export function timelineAttributes(options) {
  const attributes = [];
  if (options.title) attributes.push(['label', options.title]);
  for (const name of ['theme', 'orientation', 'locale']) if (options[name]) attributes.push([name, options[name]]);
  if (options.height) attributes.push(['height', String(options.height)]);
  if (options.story) attributes.push(['story', '']);
  if (options.export) attributes.push(['export', '']);
  return attributes;
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const tagAttributes = (attributes) => attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/** JSON that cannot end its <script> element: every `<` as `\u003c`, which JSON.parse reads back. */
export const inlineJson = (data) => JSON.stringify(data, null, 2).replace(/</g, '\\u003c');

/** The script-tag snippet: the bundle, and the element with the data (news-timeline JSON) inside it. */
export function scriptTagCode(base, options, data) {
  return `<script type="module" src="${escapeAttribute(new URL('news-timeline.bundle.js', base).href)}"></script>
<news-timeline${tagAttributes(timelineAttributes(options))}>
<script type="application/json">
${inlineJson(data)}
</script>
</news-timeline>`;
}

/** The embed page's address for data at `src` with these options (embed.html checks each again). */
export function embedUrl(base, options, src) {
  const url = new URL('embed.html', base);
  url.searchParams.set('src', src);
  for (const [name, value] of timelineAttributes(options)) url.searchParams.set(name === 'label' ? 'title' : name, value === '' ? '1' : value);
  return url.href;
}

/** The iframe snippet, with the host script that gives the frame the timeline's height. */
export function iframeCode(base, options, src) {
  return `<iframe src="${escapeAttribute(embedUrl(base, options, src))}" title="${escapeAttribute(options.title || 'Timeline')}" style="display:block;width:100%;height:${options.height || 600}px;border:0" loading="lazy"></iframe>
<script src="${escapeAttribute(new URL('news-timeline-embed.js', base).href)}" async></script>`;
}

/** The npm usage: install, import, give the element the data saved as timeline.json. */
export function npmCode(options) {
  return `npm install news-timeline

// In your app (the data below saved as timeline.json):
import 'news-timeline';
import data from './timeline.json';
document.querySelector('news-timeline').events = data;

<!-- In your page or component: -->
<news-timeline${tagAttributes(timelineAttributes(options))}></news-timeline>`;
}
