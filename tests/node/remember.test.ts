import { expect, test } from 'vitest';
import { remember } from '../../src/model/remember.js';

test('remember() makes a value once per key, keeps undefined too, and empties a full cache before adding', () => {
  const cache = new Map<string, string | undefined>();
  let made = 0;
  const make = (value: string | undefined) => () => (made++, value);
  expect(remember(cache, 'a', 2, make('A'))).toBe('A');
  expect(remember(cache, 'a', 2, make('other'))).toBe('A');
  expect(remember(cache, 'b', 2, make(undefined))).toBeUndefined();
  expect(remember(cache, 'b', 2, make('other'))).toBeUndefined();
  expect(made).toBe(2);
  expect(remember(cache, 'c', 2, make('C'))).toBe('C');
  expect([...cache.keys()]).toEqual(['c']);
});
