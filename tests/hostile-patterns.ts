/**
 * Text built to make a reader backtrack or repeat work: the patterns `bench/adversarial.mjs` times.
 * Tests feed them to check what comes out (never how long it takes: that is the benchmark's job).
 */
export const HOSTILE_UNITS = [
  '<p ', '<a', '<a href=', '<!--', '<script>', '</p', '<', '<b>', '<div><p>x', '&amp', '&#1', ' ', 'a.', '"', ',', ';', '\n', '/', '1',
] as const;

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
