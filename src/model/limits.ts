/**
 * Caps that keep a page alive when a dataset is huge or hostile. Hitting one is an issue, never a
 * frozen tab: the extra is cut or dropped and the rest is shown.
 */
export const LIMITS = {
  /** Characters of JSON or CSV text parsed at all (about 20 MB of UTF-16). */
  inputChars: 10_000_000,
  /** Events kept from one dataset; the rest are dropped with one warning. */
  events: 100_000,
  /** Eras and groups kept from one dataset. */
  eras: 1_000,
  groups: 1_000,
  /** Fields kept from one CSV row (the TimelineJS template has 18 columns). */
  columns: 1_000,
  /** Sources and tags kept per event. */
  perEvent: 100,
  /** Longest plain text kept, by field; any other text field gets `shortText`. */
  text: { title: 500, summary: 10_000, description: 10_000, credit: 1_000, body: 100_000 } as Readonly<Record<string, number>>,
  shortText: 2_000,
  /** Problems kept (and shown) from one dataset; the rest are counted ("and 99,000 more"). */
  issues: 1_000,
  /** Longest message of one problem, location included. */
  issueMessage: 300,
} as const;

/** The longest text a field may hold. */
export function maxTextLength(field: string): number {
  return Object.hasOwn(LIMITS.text, field) ? LIMITS.text[field]! : LIMITS.shortText;
}
