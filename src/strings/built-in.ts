import type { TimelineStrings } from '../strings.js';
import { GERMAN } from './de.js';
import { ENGLISH } from './en.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { JAPANESE } from './ja.js';
import { CHINESE_SIMPLIFIED } from './zh-cn.js';

/**
 * The built-in interface languages, by lower-case BCP 47 tag, all at hand: what npm users (and
 * server rendering, which cannot wait) get. The one-file bundle replaces this module with
 * ./built-in-lazy.ts, which loads each language but English when a page first asks for it.
 */
export const BUILT_IN_STRINGS: Readonly<Record<string, TimelineStrings>> = {
  en: ENGLISH,
  ja: JAPANESE,
  'zh-cn': CHINESE_SIMPLIFIED,
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
};

/** Languages loaded on demand: none here. */
export const STRINGS_ON_DEMAND: Readonly<Record<string, () => Promise<TimelineStrings>>> = {};
