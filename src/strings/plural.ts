import { formatCount } from '../model/format-number.js';

/** "1 event" / "12,000 events": a count as the language writes it, with the singular or plural noun. */
export const plural = (n: number, one: string, many: string, locale: string) => `${formatCount(n, locale)} ${n === 1 ? one : many}`;
