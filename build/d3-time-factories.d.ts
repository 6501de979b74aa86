/** See d3-time-factories.js. */
export declare const D3_TIME_FACTORIES: readonly string[];
