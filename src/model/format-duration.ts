const DAY = 86_400_000;

/**
 * A length of time in words, in the reader's locale and at a sensible unit: "11 months", "2 years",
 * "3 weeks". Rounds down, so a gap never reads longer than it is.
 */
export function formatDuration(ms: number, locale: string | undefined): string {
  const days = ms / DAY;
  const [value, unit] = days >= 730 ? [days / 365.2425, 'year']
    : days >= 60 ? [days / 30.436875, 'month']
    : days >= 14 ? [days / 7, 'week']
    : [days, 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.max(1, roundDown(value)));
}

/** Down to a whole number, and in deep time to three significant digits: "9,190,000,000 years", not 9,199,999,999. */
function roundDown(value: number): number {
  const whole = Math.floor(value);
  if (whole < 1e6) return whole;
  const step = 10 ** (Math.floor(Math.log10(whole)) - 2);
  return Math.floor(whole / step) * step;
}
