/**
 * d3-time's functions that only build and return an interval (or a ticker) and do nothing else.
 * rollup.config.js tells Rollup so (`treeshake.manualPureFunctions`), so the intervals we never use drop
 * out of the bundle. The names are those of the d3-time version package.json pins exactly;
 * tests/node/bundle-build.test.ts fails if they change.
 * @type {readonly string[]}
 */
export const D3_TIME_FACTORIES = ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'];
