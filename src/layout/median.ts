/**
 * The median of the defined numbers `value` gives for `items` (`undefined` if there are none), as
 * d3-array's `median` computes it. Kept here because d3-array is one module in the bundle: importing
 * its `median` would keep its quantile and selection code in the first download, where nothing else needs it.
 */
export function median<T>(items: Iterable<T>, value: (item: T) => number | null | undefined = (item) => item as number): number | undefined {
  const values: number[] = [];
  for (const item of items) {
    const v = value(item);
    if (v !== null && v !== undefined && v >= v) values.push(+v); // v >= v drops NaN
  }
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  // Between the two middle values as d3's quantile interpolates, so the two agree to the last bit but for zero's sign.
  return values.length % 2 ? values[mid] : values[mid - 1]! + (values[mid]! - values[mid - 1]!) * 0.5;
}
