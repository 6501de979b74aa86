/** "1 event" / "7 events": a count with the singular or plural noun, for languages that inflect that way. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
