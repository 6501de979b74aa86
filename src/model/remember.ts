/**
 * The value kept in `cache` for `key`, made on first use. A cache that has reached `limit` entries is
 * emptied first: these caches hold text that views write again and again (labels, names, tags), and
 * starting afresh now and then costs less than tracking which entries are used least.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, limit: number, make: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  if (cache.size >= limit) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}
