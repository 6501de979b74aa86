import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TimelineStrings } from '../../src/strings.js';

// Languages but English load on demand, in the bundle and in apps alike (src/strings/built-in.ts). A mock
// of that table stands in for a language that cannot load.
type Tables = typeof import('../../src/strings/built-in.js');

async function pickWith(tables: () => Promise<Tables> | Tables) {
  vi.resetModules();
  vi.doMock('../../src/strings/built-in.js', tables);
  return import('../../src/strings/pick.js');
}

afterEach(() => {
  vi.doUnmock('../../src/strings/built-in.js');
  vi.restoreAllMocks();
});

describe('languages loaded on demand', () => {
  test('the table has English at hand and loads each other built-in language from its own module', async () => {
    const lazy = await vi.importActual<Tables>('../../src/strings/built-in.js');
    expect(Object.keys(lazy.BUILT_IN_STRINGS)).toEqual(['en']);
    const modules = {
      ja: (await import('../../src/strings/ja.js')).JAPANESE,
      'zh-cn': (await import('../../src/strings/zh-cn.js')).CHINESE_SIMPLIFIED,
      fr: (await import('../../src/strings/fr.js')).FRENCH,
      de: (await import('../../src/strings/de.js')).GERMAN,
      es: (await import('../../src/strings/es.js')).SPANISH,
    };
    expect(Object.keys(lazy.STRINGS_ON_DEMAND).sort()).toEqual(Object.keys(modules).sort());
    for (const [tag, load] of Object.entries(lazy.STRINGS_ON_DEMAND)) expect(await load(), tag).toBe(modules[tag as keyof typeof modules]);
  });

  test('English and languages without built-in text need nothing; another language loads once, then is at hand', async () => {
    const { loadStrings, stringsFor, stringsAtHand } = await pickWith(() => vi.importActual<Tables>('../../src/strings/built-in.js'));
    for (const tag of [undefined, 'en-GB', 'pt-BR']) expect(stringsAtHand(tag), tag).toBe(true);
    expect(stringsAtHand('fr-CA')).toBe(false);
    expect(loadStrings(undefined)).toBeNull();
    expect(loadStrings('en-GB')).toBeNull();
    expect(loadStrings('pt-BR')).toBeNull();
    expect(stringsFor('fr-CA').close).toBe('Close');
    const pending = loadStrings('fr-CA');
    expect(pending).toBeInstanceOf(Promise);
    expect(loadStrings('fr')).toBe(pending);
    expect(stringsAtHand('fr')).toBe(false);
    await pending;
    expect(stringsAtHand('fr')).toBe(true);
    expect(stringsFor('fr-CA').close).toBe('Fermer');
    expect(loadStrings('fr')).toBeNull();
    // zh-Hans and zh-TW read the one Chinese table, as with every language at hand.
    await loadStrings('zh-Hans');
    expect(stringsFor('zh-TW').close).toBe('关闭');
    expect(stringsFor('ja').close).toBe('Close');
  });

  test('a language that cannot load (offline, blocked) is English, with a warning, and is not asked for again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ENGLISH } = await vi.importActual<typeof import('../../src/strings/en.js')>('../../src/strings/en.js');
    const load = vi.fn((): Promise<TimelineStrings> => Promise.reject(new Error('offline')));
    const { loadStrings, stringsFor, stringsAtHand } = await pickWith(() => ({ BUILT_IN_STRINGS: { en: ENGLISH }, STRINGS_ON_DEMAND: { de: load } }));
    // Asking whether a language is at hand starts no load (NewsTimeline.prepare asks it of the page's).
    expect(stringsAtHand('de-AT')).toBe(false);
    expect(load).not.toHaveBeenCalled();
    await loadStrings('de-AT');
    expect(stringsFor('de-AT').close).toBe('Close');
    expect(loadStrings('de')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"de" could not load'));
  });
});
