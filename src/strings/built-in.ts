import type { TimelineStrings } from '../strings.js';
import { ENGLISH } from './en.js';

/**
 * The built-in interface languages, by lower-case BCP 47 tag. English is at hand; each other language
 * is a small module loaded the first time an element needs it (a chunk of its own in the bundle, and
 * in any app's build), so a page in English never downloads the other five. The element waits for
 * its language before rendering, so a page in French never shows English first.
 */
export const BUILT_IN_STRINGS: Readonly<Record<string, TimelineStrings>> = { en: ENGLISH };

export const STRINGS_ON_DEMAND: Readonly<Record<string, () => Promise<TimelineStrings>>> = {
  ja: () => import('./ja.js').then((m) => m.JAPANESE),
  'zh-cn': () => import('./zh-cn.js').then((m) => m.CHINESE_SIMPLIFIED),
  fr: () => import('./fr.js').then((m) => m.FRENCH),
  de: () => import('./de.js').then((m) => m.GERMAN),
  es: () => import('./es.js').then((m) => m.SPANISH),
};
