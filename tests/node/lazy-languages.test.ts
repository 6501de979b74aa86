import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TimelineStrings } from '../../src/strings.js';

// The one-file bundle loads languages but English on demand: rollup swaps src/strings/built-in.ts for
// src/strings/built-in-lazy.ts. Here the same swap is made with a mock, so pick.ts runs as in the bundle.
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

describe('languages loaded on demand (the one-file bundle)', () => {
  test('the lazy table offers the same languages, with the same text, as the one at hand', async () => {
    const eager = await vi.importActual<Tables>('../../src/strings/built-in.js');
    const lazy = await vi.importActual<Tables>('../../src/strings/built-in-lazy.js');
    expect(Object.keys(lazy.BUILT_IN_STRINGS)).toEqual(['en']);
    expect([...Object.keys(lazy.BUILT_IN_STRINGS), ...Object.keys(lazy.STRINGS_ON_DEMAND)].sort()).toEqual(Object.keys(eager.BUILT_IN_STRINGS).sort());
    for (const [tag, load] of Object.entries(lazy.STRINGS_ON_DEMAND)) expect(await load(), tag).toBe(eager.BUILT_IN_STRINGS[tag]);
  });

  test('English and languages without built-in text need nothing; another language loads once, then is at hand', async () => {
    const { loadStrings, stringsFor } = await pickWith(() => import('../../src/strings/built-in-lazy.js'));
    expect(loadStrings(undefined)).toBeNull();
    expect(loadStrings('en-GB')).toBeNull();
    expect(loadStrings('pt-BR')).toBeNull();
    expect(stringsFor('fr-CA').close).toBe('Close');
    const pending = loadStrings('fr-CA');
    expect(pending).toBeInstanceOf(Promise);
    expect(loadStrings('fr')).toBe(pending);
    await pending;
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
    const { loadStrings, stringsFor } = await pickWith(() => ({ BUILT_IN_STRINGS: { en: ENGLISH }, STRINGS_ON_DEMAND: { de: load } }));
    await loadStrings('de-AT');
    expect(stringsFor('de-AT').close).toBe('Close');
    expect(loadStrings('de')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"de" could not load'));
  });
});
