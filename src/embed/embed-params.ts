import { canonicalLocale } from '../model/locale-tag.js';
import { safeUrl } from '../model/urls.js';

/**
 * What `embed.html?src=…&theme=…` asks for, checked: the attributes to give the one `<news-timeline>`
 * of the embed page, and a message for each parameter that was refused (the page shows and logs them).
 * Pure, so it is tested in Node; the page itself only applies the result.
 */
export interface EmbedParams {
  /** Attribute name → value for the element; only checked values are here. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The frame's accessible name: the `title` parameter, when given. */
  readonly title: string | null;
  /** One sentence per refused parameter: which one, what was expected, what was found. */
  readonly problems: readonly string[];
}

/** The parameters the embed page reads, in the order they are checked. */
export const EMBED_PARAMETERS = ['src', 'title', 'theme', 'locale', 'orientation', 'story', 'export', 'height', 'start', 'end'] as const;

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  theme: ['light', 'dark'],
  orientation: ['auto', 'horizontal', 'vertical'],
};
const SWITCHES = new Set(['story', 'export']);
// A date the element reads as a window edge: a year (with sign), a month, a day, a time; nothing else.
const WINDOW_DATE = /^[+-]?\d{1,12}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const quoted = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** Reads the query string of an embed page (`location.search`, with or without `?`). */
export function readEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  const problems: string[] = [];
  let title: string | null = null;
  const refuse = (name: string, expected: string, value: string) => problems.push(`${name}: expected ${expected}, found ${quoted(value)}`);

  for (const name of EMBED_PARAMETERS) {
    const value = query.get(name)?.trim();
    if (value === undefined) continue;
    if (name === 'src') {
      const url = safeUrl(value);
      if (url === null) refuse(name, 'an http(s) or relative URL of the data', value);
      else attributes['src'] = url;
    } else if (name === 'title') {
      if (value) attributes['label'] = title = value.slice(0, 300);
    } else if (name in CHOICES) {
      const choice = value.toLowerCase();
      if (CHOICES[name]!.includes(choice)) attributes[name] = choice;
      else refuse(name, CHOICES[name]!.join(' or '), value);
    } else if (SWITCHES.has(name)) {
      if (['', '1', 'true', 'yes'].includes(value.toLowerCase())) attributes[name] = '';
      else if (!['0', 'false', 'no'].includes(value.toLowerCase())) refuse(name, '1 or 0', value);
    } else if (name === 'locale') {
      const locale = canonicalLocale(value);
      if (locale === null) refuse(name, 'a language tag such as en-GB or ja', value);
      else attributes['locale'] = locale;
    } else if (name === 'height') {
      const height = Number(value);
      if (Number.isInteger(height) && height >= 200 && height <= 5000) attributes['height'] = String(height);
      else refuse(name, 'a whole number of pixels from 200 to 5000', value);
    } else if (WINDOW_DATE.test(value)) {
      attributes[name] = value;
    } else {
      refuse(name, 'an ISO 8601 date such as 2023-05-24', value);
    }
  }
  if (!('src' in attributes) && !problems.some((p) => p.startsWith('src:'))) problems.unshift('src: expected the URL of the data (our JSON, TimelineJS JSON or CSV), found none');
  return { attributes, title, problems };
}

/** The message an embed page sends its parent whenever its height changes. */
export interface EmbedHeightMessage {
  readonly type: 'news-timeline-height';
  /** The page's height in CSS px, rounded up. */
  readonly height: number;
}

export const HEIGHT_MESSAGE = 'news-timeline-height';
