import type { TimelineStrings } from '../strings.js';
import { ENGLISH } from './en.js';

/**
 * Stands in for ./built-in.ts in dist/news-timeline.bundle.js only (see rollup.config.js): English
 * is in the bundle, and each other built-in language is a small chunk in dist/chunks, loaded the
 * first time an element needs it. The element waits for it before rendering, so a page in French
 * never shows English first. Same tags, same tables as ./built-in.ts.
 */
export const BUILT_IN_STRINGS: Readonly<Record<string, TimelineStrings>> = { en: ENGLISH };

export const STRINGS_ON_DEMAND: Readonly<Record<string, () => Promise<TimelineStrings>>> = {
  ja: () => import('./ja.js').then((m) => m.JAPANESE),
  'zh-cn': () => import('./zh-cn.js').then((m) => m.CHINESE_SIMPLIFIED),
  fr: () => import('./fr.js').then((m) => m.FRENCH),
  de: () => import('./de.js').then((m) => m.GERMAN),
  es: () => import('./es.js').then((m) => m.SPANISH),
};
