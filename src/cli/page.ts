import { formatEventDate } from '../model/format-date.js';
import { serializeTimeline } from '../model/serialize.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { safeUrl } from '../model/urls.js';

/** What a one-file page is made of besides the data: the built bundle and its on-demand parts. */
export interface PageAssets {
  /** `dist/news-timeline.bundle.js`. */
  readonly bundle: string;
  /** The files of `dist/chunks/` by name (`ja-1a2b3c.js`), for the parts this page needs. */
  readonly chunks: ReadonlyMap<string, string>;
}

/** The page's options: the language of its dates and interface (default English). */
export interface PageOptions {
  readonly locale?: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe anywhere in HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * JSON for a `<script type="application/json">`: every `<` written as `\u003c`, so no `</script>` or
 * `<!--` in the data can end or change the script element; `JSON.parse` reads the same value.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Code for an inline `<script>`: `</script` and `<!--` are written with `<` as `\x3C`, which means `<`
 * in every place minified code has them (strings, templates, regular expressions, `u` flag included).
 * Unescaped, the first would end the element early, and the second puts the HTML parser in a state
 * where a later `</script>` no longer ends it.
 */
export const inlineScript = (code: string): string => code.replace(/<(?=\/script|!--)/gi, '\\x3C');

/**
 * The on-demand parts this page loads: the code that places labels shown on hover (any drawing may tuck
 * labels away, at some width), the interface language, and the rich-text reader and sanitiser when an event has rich text.
 */
function partsNeeded(timeline: Timeline, locale: string): string[] {
  const language = locale.toLowerCase().startsWith('zh') ? 'zh-cn' : locale.toLowerCase().split('-')[0]!;
  const parts = ['hover-labels', ...(['ja', 'zh-cn', 'fr', 'de', 'es'].includes(language) ? [language] : [])];
  if (timeline.events.some((event) => event.body !== null)) parts.push('html-text', 'sanitizer');
  return parts;
}

/**
 * An import map that answers the bundle's `import('./chunks/<part>-<hash>.js')` with the part itself
 * (a `data:` URL), so the page loads nothing from anywhere; `null` when no part is needed.
 */
function importMap(parts: readonly string[], chunks: ReadonlyMap<string, string>): string {
  const imports: Record<string, string> = {};
  for (const part of parts) {
    // No part's name is another's followed by "-": the prefix names one file.
    const file = [...chunks.keys()].find((name) => name.startsWith(`${part}-`) && name.endsWith('.js'));
    if (file === undefined) throw new Error(`dist/chunks has no ${part} part: run npm run build`);
    imports[`./chunks/${file}`] = `data:text/javascript;base64,${Buffer.from(chunks.get(file)!, 'utf8').toString('base64')}`;
  }
  return scriptJson({ imports });
}

/** One event as the list a reader without JavaScript (or a search engine) reads; the element reads the same markup. */
function listItem(event: TimelineEvent, locale: string, heading: string): string {
  const time = (date: { readonly text: string }, label: string) => `<time datetime="${escapeHtml(date.text)}">${escapeHtml(label)}</time>`;
  const when = time(event.start, formatEventDate(event, locale));
  const links = event.sources.flatMap((source) => {
    const url = safeUrl(source.url);
    return url === null ? [] : [`<a href="${escapeHtml(url)}">${escapeHtml(source.title ?? source.publisher ?? url)}</a>`];
  });
  return [
    `<li id="${escapeHtml(event.id)}"${event.status === 'confirmed' ? '' : ` data-status="${event.status}"`}>`,
    `  ${when}`,
    `  <${heading}>${escapeHtml(event.title)}</${heading}>`,
    ...(event.summary ? event.summary.split('\n').map((p) => `  <p>${escapeHtml(p)}</p>`) : []),
    ...(links.length ? [`  <p>${links.join(' · ')}</p>`] : []),
    '</li>',
  ].join('\n');
}

// Only for the list shown before the script runs (or without it); the element brings its own styles.
const PAGE_STYLE = `body{margin:0 auto;max-width:72rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}
news-timeline{display:block}news-timeline:not(:defined)>ol{padding-left:1.5rem}
news-timeline:not(:defined) li{margin-block:1rem}news-timeline:not(:defined) h2{margin:0;font-size:1.1rem}`;

/**
 * One self-contained HTML page: the timeline written as a plain list (what readers without JavaScript
 * and search engines read), the data as JSON inside the element, and the bundle inline, which reads the
 * data and turns the list into the timeline. It names no other file, so it works uploaded anywhere or
 * opened from disk.
 */
export function writePage(timeline: Timeline, assets: PageAssets, options: PageOptions = {}): string {
  const locale = options.locale ?? 'en';
  const title = timeline.title ?? 'Timeline';
  const map = importMap(partsNeeded(timeline, locale), assets.chunks);
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
<script type="importmap">${map}</script>
</head>
<body>
<main>
<news-timeline locale="${escapeHtml(locale)}">
<h1>${escapeHtml(title)}</h1>
${timeline.description ? `<p>${escapeHtml(timeline.description)}</p>\n` : ''}<ol>
${timeline.events.map((event) => listItem(event, locale, 'h2')).join('\n')}
</ol>
<script type="application/json">${scriptJson(serializeTimeline(timeline))}</script>
</news-timeline>
</main>
<script type="module">${inlineScript(assets.bundle)}</script>
</body>
</html>
`;
}
