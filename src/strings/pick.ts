import type { TimelineStringOverrides, TimelineStrings } from '../strings.js';
import { GERMAN } from './de.js';
import { ENGLISH } from './en.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { JAPANESE } from './ja.js';
import { CHINESE_SIMPLIFIED } from './zh-cn.js';

/** Built-in interface languages, by lower-case BCP 47 tag. */
export const BUILT_IN_STRINGS: Readonly<Record<string, TimelineStrings>> = {
  en: ENGLISH,
  ja: JAPANESE,
  'zh-cn': CHINESE_SIMPLIFIED,
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
};

/**
 * A valid, canonical BCP 47 tag, or `undefined` (the browser's language) when `tag` is missing or
 * malformed: Intl throws on a malformed tag, and one bad attribute must not break the page.
 */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The interface language for a locale: exact tag, then its base language ("fr-CA" → fr, "zh-Hans" → zh-CN), else English. */
export function stringsFor(locale: string | undefined): TimelineStrings {
  const tag = locale?.toLowerCase() ?? '';
  const base = tag.split('-')[0] ?? '';
  return BUILT_IN_STRINGS[tag] ?? BUILT_IN_STRINGS[base === 'zh' ? 'zh-cn' : base] ?? ENGLISH;
}

/** `base` with any overridden entries replaced; status names merge one by one. */
export function mergeStrings(base: TimelineStrings, overrides: TimelineStringOverrides | null | undefined): TimelineStrings {
  if (!overrides) return base;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...base, ...defined, status: { ...base.status, ...overrides.status } };
}
