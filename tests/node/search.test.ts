import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { eventHaystack, matchesWords, matchRanges, normalizeText, passesFilter, queryWords } from '../../src/model/search.js';
import { parseTimeline } from '../../src/model/parse.js';
import { eventIndex } from '../../src/layout/event-index.js';
import { createNarrower } from '../../src/plan/narrow.js';
import { facetsOf } from '../../src/plan/facets.js';
import { parseDate } from '../../src/model/dates.js';

const partners = parseTimeline(JSON.parse(readFileSync(new URL('../../examples/data/indo-pacific-partners-2022-2024.json', import.meta.url), 'utf8'))).data;
const event = (title: string, extra: Partial<{ summary: string; tags: string[]; publisher: string }> = {}) => ({
  title, summary: extra.summary ?? '', tags: extra.tags ?? [], sources: extra.publisher ? [{ publisher: extra.publisher }] : [],
});
const matches = (query: string, e: ReturnType<typeof event>, lane: string | null = null) => matchesWords(eventHaystack(e, lane), queryWords(query));

describe('the search matcher', () => {
  test('ignores case and accents, both ways', () => {
    expect(matches('macron', event('Rencontre avec Emmanuel MACRON'))).toBe(true);
    expect(matches('élysée', event('Visit to the Elysee'))).toBe(true);
    expect(matches('elysee', event('Visite à l’Élysée'))).toBe(true);
    expect(matches('MÜNCHEN', event('Sicherheitskonferenz in München'))).toBe(true);
    expect(matches('muenchen', event('Sicherheitskonferenz in München'))).toBe(false);
  });

  test('finds Japanese and Chinese words inside text without spaces, and folds full-width forms', () => {
    expect(matches('連絡事務所', event('NATOの東京連絡事務所開設が延期された'))).toBe(true);
    expect(matches('联络处', event('北约拟在东京设立联络处'))).toBe(true);
    expect(matches('ＮＡＴＯ', event('NATO summit'))).toBe(true);
    expect(matches('ｶﾞｽ', event('ガス供給'))).toBe(true);
    // The voicing mark is part of the letter: が is not か.
    expect(matches('か', event('ガスが'))).toBe(false);
  });

  test('needs every word, anywhere in title, summary, tags, lane or publishers', () => {
    const e = event('Vilnius summit', { summary: 'Leaders meet', tags: ['liaison-office'], publisher: 'Kyodo News' });
    expect(matches('vilnius leaders', e)).toBe(true);
    expect(matches('leaders liaison', e)).toBe(true);
    expect(matches('kyodo summit', e)).toBe(true);
    expect(matches('nato summit', e, 'NATO')).toBe(true);
    expect(matches('nato summit', e)).toBe(false);
    expect(matches('vilnius madrid', e)).toBe(false);
    // A word never spans two fields.
    expect(matches('summitleaders', e)).toBe(false);
  });

  test('a blank query has no words', () => {
    expect(queryWords('  \u3000 \t')).toEqual([]);
    expect(queryWords('Foo  foo FOO bar')).toEqual(['foo', 'bar']);
  });

  test('property: a text always matches any piece of itself, whatever its case and accents', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), fc.nat(), fc.boolean(), (text, a, b, upper) => {
      const piece = text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1) + 1).trim();
      const query = upper ? piece.toUpperCase() : piece.normalize('NFD');
      // A piece cut inside a multi-letter fold may not fold alike; only whole pieces are the claim.
      fc.pre(normalizeText(text).includes(normalizeText(piece)));
      expect(matches(query, event(text))).toBe(true);
    }), { seed: 19 });
  });

  test('property: more words never match more events', () => {
    const titles = partners.events.map((e) => e);
    fc.assert(fc.property(fc.array(fc.constantFrom('nato', 'japan', 'summit', 'cyber', 'korea', 'china', 'é', '日本', 'a', 'office'), { maxLength: 4 }), fc.constantFrom('nato', 'summit', 'x', 'ukraine'), (words, extra) => {
      const texts = titles.map((e) => eventHaystack(e, null));
      const before = texts.filter((t) => matchesWords(t, queryWords(words.join(' ')))).length;
      const after = texts.filter((t) => matchesWords(t, queryWords([...words, extra].join(' ')))).length;
      expect(after).toBeLessThanOrEqual(before);
    }), { seed: 19 });
  });

  test('matchRanges() marks the matched letters in the text as written', () => {
    const text = 'Réunion à l’Élysée, ÉLYSÉE';
    expect(matchRanges(text, queryWords('elysee')).map(([a, b]) => text.slice(a, b))).toEqual(['Élysée', 'ÉLYSÉE']);
    const nfd = 'Cafe\u0301 crème';
    expect(matchRanges(nfd, queryWords('cafe')).map(([a, b]) => nfd.slice(a, b))).toEqual(['Cafe\u0301']);
    expect(matchRanges('東京連絡事務所', queryWords('連絡')).map(([a, b]) => '東京連絡事務所'.slice(a, b))).toEqual(['連絡']);
    expect(matchRanges('abcabc', queryWords('bc ab'))).toEqual([[0, 6]]);
    expect(matchRanges('ﬁne', queryWords('f'))).toEqual([[0, 1]]);
  });

  test('passesFilter() keeps any chosen lane, tag or status, and needs all three', () => {
    const e = { group: 'nato', tags: ['summit', 'ap4'], status: 'expected' as const };
    expect(passesFilter(e, {})).toBe(true);
    expect(passesFilter(e, { groups: ['japan', 'nato'] })).toBe(true);
    expect(passesFilter(e, { groups: ['japan'] })).toBe(false);
    expect(passesFilter(e, { tags: ['cyber', 'ap4'] })).toBe(true);
    expect(passesFilter(e, { tags: ['cyber'] })).toBe(false);
    expect(passesFilter(e, { status: ['confirmed'] })).toBe(false);
    expect(passesFilter(e, { groups: ['nato'], tags: ['summit'], status: ['expected'] })).toBe(true);
    expect(passesFilter({ ...e, group: null }, { groups: ['nato'] })).toBe(false);
  });
});

describe('the filter step', () => {
  test('narrows a dataset to exactly the events a fresh search finds, as the query grows and shrinks', () => {
    const narrow = createNarrower();
    const fresh = (query: string) => partners.events.filter((e) => {
      const lane = partners.groups.find((g) => g.id === e.group)?.label ?? null;
      return matchesWords(eventHaystack(e, lane), queryWords(query));
    }).map((e) => e.id);
    for (const query of ['s', 'su', 'sum', 'summit', 'summit j', 'summit ja', 'summit japan', 'summit', 'japan summit', 'l', 'li']) {
      const result = narrow(partners, query, null, eventIndex(partners));
      expect(result.timeline.events.map((e) => e.id), query).toEqual(fresh(query));
      expect(result.matches).toBe(fresh(query).length);
      expect(result.total).toBe(partners.events.length);
    }
  });

  test('keeps the dataset itself when nothing narrows it, and its lanes when something does', () => {
    const narrow = createNarrower();
    expect(narrow(partners, '  ', { tags: [] }, eventIndex(partners)).timeline).toBe(partners);
    const result = narrow(partners, '', { groups: ['japan'], status: ['cancelled'] }, eventIndex(partners));
    expect(result.timeline.events.map((e) => [e.group, e.status])).toEqual([['japan', 'cancelled']]);
    expect(result.timeline.groups).toBe(partners.groups);
    expect(narrow(partners, 'zzzz', null, eventIndex(partners)).matches).toBe(0);
  });
});

describe('the jump box\'s example', () => {
  const example = (events: readonly object[]) => facetsOf(parseTimeline({ events }).data).jumpExample;

  test('is the latest date the events reach, as written, so every dataset shows one of its own', () => {
    expect(facetsOf(partners).jumpExample).toBe('2025-06-26');
    expect(example([{ id: 'a', start: '0622', title: 'A' }, { id: 'b', start: '0674', end: '0678', title: 'B' }])).toBe('0678');
    expect(example([{ id: 'a', start: 'Y-13800000000', title: 'Big Bang' }, { id: 'b', start: '1990-04', title: 'Hubble' }])).toBe('1990-04');
    expect(example([{ id: 'a', start: 'Y-13800000000', title: 'Big Bang' }])).toBe('Y-13800000000');
    expect(example([])).toBe('');
  });

  test('goes to the day at most and leaves out the data\'s doubt, and the box reads it back', () => {
    expect(example([{ id: 'a', start: '2024-11-05T21:30:00-05:00', title: 'Polls close' }])).toBe('2024-11-05');
    expect(example([{ id: 'a', start: '2023-07~', title: 'About July' }])).toBe('2023-07');
    for (const text of ['2025-06-26', '0678', '1990-04', 'Y-13800000000', '2024-11-05', '2023-07']) expect(parseDate(text).ok, text).toBe(true);
  });
});
