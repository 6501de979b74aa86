/** Stable ids for events that have none, so selections and links survive a reload. */

/** `"Mao Ning criticises NATO!"` → `mao-ning-criticises-nato`. Empty when nothing Latin is left. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** A short, stable hash (FNV-1a, base 36) for titles with no Latin letters, such as Japanese ones. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Derives an id from the date text and title: `2023-05-24-mao-ning-criticises-nato`. */
export function deriveEventId(startText: string, title: string): string {
  const date = slugify(startText) || 'undated';
  return `${date}-${slugify(title) || shortHash(title)}`;
}

/** Hands out unique ids: a second `summit` becomes `summit-2`. */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** For an id given more than once, the next number to try, so 100,000 copies cost linear time. */
  private readonly next = new Map<string, number>();

  claim(id: string): string {
    // One lookup for the usual case, a new id: adding it either grows the set or finds it taken.
    const size = this.used.size;
    if (this.used.add(id).size > size) return id;
    let n = this.next.get(id) ?? 2;
    while (this.used.has(`${id}-${n}`)) n++;
    const unique = `${id}-${n}`;
    this.next.set(id, n + 1);
    this.used.add(unique);
    return unique;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
