// Lets the bundle drop the d3-time intervals nothing uses, in dist/news-timeline.bundle.js only. The
// timeline reads UTC intervals (utcTicks, utcDay, utcMonth, utcYear), but d3-time's single-file build
// makes every interval, local time included, at the top level, and aliases each one's `range` there
// (`const timeDays = timeDay.range`). A bundler must assume a call or a property read may have side
// effects, so it keeps them all. They have none: this marks them pure, so unused ones fall away (about
// 0.3 KB gzipped). D3's code itself is unchanged. If d3-time changes shape the build fails here.

const INTERVAL = /^(const (?:\w+|\[\w+, \w+\]) = )(timeInterval|timeWeekday|utcWeekday|ticker)\(/gm;
const RANGE_ALIAS = /^const (\w+) = (\w+)\.range;$/gm;

/** A Rollup plugin: marks d3-time's top-level interval constructors and range aliases pure. */
export const pureTimeIntervals = {
  name: 'd3-time-pure-intervals',
  transform(code, id) {
    if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return null;
    const intervals = code.match(INTERVAL)?.length ?? 0;
    const aliases = code.match(RANGE_ALIAS)?.length ?? 0;
    // 29 today: 14 weekdays, 13 other intervals and 2 tickers; and 27 range aliases.
    if (intervals < 20 || aliases < 20) {
      throw new Error(`d3-time-pure-intervals: expected d3-time's top-level intervals and range aliases, found ${intervals} and ${aliases}; check build/time-intervals.js against this d3-time`);
    }
    // Same lines, same line numbers: the source map holds.
    const out = code.replace(INTERVAL, '$1/*#__PURE__*/ $2(').replace(RANGE_ALIAS, 'const $1 = /*#__PURE__*/ (() => $2.range)();');
    return { code: out, map: null };
  },
};
