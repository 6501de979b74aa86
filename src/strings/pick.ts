import type { TimelineStringOverrides, TimelineStrings } from '../strings.js';
import { BUILT_IN_STRINGS, STRINGS_ON_DEMAND } from './built-in.js';
import { remember } from '../model/remember.js';
import { ENGLISH } from './en.js';

/** The languages at hand, by lower-case tag; a language loaded on demand joins them. */
const ready: Record<string, TimelineStrings> = { ...BUILT_IN_STRINGS };
const loading = new Map<string, Promise<void>>();

/** Tags already canonicalised, and what they gave. */
const canonical = new Map<string, string | undefined>();

/**
 * A valid, canonical BCP 47 tag, or `undefined` (the browser's language) when `tag` is missing or
 * malformed: Intl throws on a malformed tag, and one bad attribute must not break the page.
 */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  // Every update asks (twice): remember the answers, a page uses a handful of tags.
  return remember(canonical, tag, 100, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return undefined;
    }
  });
}

/** The element's locale: its `locale`, else the nearest `lang` attribute, else the browser's language. */
export function resolveLocale(locale: string | null, host: Element): string | undefined {
  // closest() is absent on the server.
  return canonicalLocale(locale ?? host.closest?.('[lang]')?.getAttribute('lang')) ?? canonicalLocale(globalThis.navigator?.language);
}

/** The built-in language for a locale: exact tag, then its base language ("fr-CA" → fr, "zh-Hans" → zh-CN), else English. */
function languageOf(locale: string | undefined): string {
  const tag = locale?.toLowerCase() ?? '';
  const base = tag.split('-')[0] ?? '';
  const built = (key: string) => Object.hasOwn(ready, key) || Object.hasOwn(STRINGS_ON_DEMAND, key);
  return [tag, base === 'zh' ? 'zh-cn' : base].find(built) ?? 'en';
}

/** The interface language for a locale (English until a language loaded on demand has arrived). */
export function stringsFor(locale: string | undefined): TimelineStrings {
  return ready[languageOf(locale)] ?? ENGLISH;
}

/** Whether `stringsFor(locale)` already gives the locale's language (or English, its fallback): nothing would load. */
export function stringsAtHand(locale: string | undefined): boolean {
  return Object.hasOwn(ready, languageOf(locale));
}

/**
 * `null` when `stringsFor(locale)` already gives the locale's language; else a promise that resolves
 * once it does (once per language and page). A language that cannot load (offline, blocked) is English.
 */
export function loadStrings(locale: string | undefined): Promise<void> | null {
  if (stringsAtHand(locale)) return null;
  // Not at hand, so one of the languages loaded on demand.
  const key = languageOf(locale);
  let pending = loading.get(key);
  if (!pending) {
    pending = STRINGS_ON_DEMAND[key]!().then(
      (strings) => void (ready[key] = strings),
      () => {
        console.warn(`news-timeline: the interface text for "${key}" could not load; showing English`);
        ready[key] = ENGLISH;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** `base` with any overridden entries replaced; status names merge one by one. */
export function mergeStrings(base: TimelineStrings, overrides: TimelineStringOverrides | null | undefined): TimelineStrings {
  if (!overrides) return base;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...base, ...defined, status: { ...base.status, ...overrides.status } };
}

/**
 * Loads the built-in interface text for `locale` (a BCP 47 tag), once per page. Elements load their
 * language themselves; a server renders synchronously, so it awaits this before rendering a page in
 * a language other than English.
 */
export async function loadLanguage(locale: string): Promise<void> {
  await loadStrings(canonicalLocale(locale));
}
