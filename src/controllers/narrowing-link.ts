import type { TimelineFilter } from '../model/search.js';
import { NEWS_EVENT_STATUSES, type NewsEventStatus } from '../model/types.js';
import { readHashKey, writeHashKey } from './hash-key.js';

/** A reader's search and filters as a link carries them. */
export interface Narrowing {
  readonly query: string;
  readonly filter: TimelineFilter;
}

/**
 * The URL keys of one timeline's search and filters, beside its selection's key: `<id>.q`,
 * `<id>.lanes`, `<id>.tags` and `<id>.status`. A list is its values, each percent-encoded, joined by
 * commas, so a tag with a comma in it comes back whole.
 */
const FACETS = [['groups', 'lanes'], ['tags', 'tags'], ['status', 'status']] as const;

const joinList = (values: readonly string[] | undefined) => (values?.length ? values.map(encodeURIComponent).join(',') : null);
const splitList = (text: string | null) => (text ? text.split(',').map(decodeList).filter(Boolean) : []);

function decodeList(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The search and filters a fragment names for `key`, or `null` when it names none. */
export function readNarrowing(hash: string, key: string): Narrowing | null {
  const query = readHashKey(hash, `${key}.q`);
  const lists = FACETS.map(([, name]) => readHashKey(hash, `${key}.${name}`));
  if (query === null && lists.every((l) => l === null)) return null;
  const [groups, tags, status] = lists.map(splitList) as [string[], string[], string[]];
  const filter: { groups?: string[]; tags?: string[]; status?: NewsEventStatus[] } = {};
  if (groups.length) filter.groups = groups;
  if (tags.length) filter.tags = tags;
  // Only statuses that exist: a link is untrusted text.
  const known = status.filter((s): s is NewsEventStatus => (NEWS_EVENT_STATUSES as readonly string[]).includes(s));
  if (known.length) filter.status = known;
  return { query: query ?? '', filter };
}

/** The fragment with `key`'s search and filters written (and emptied ones removed); every other part kept. */
export function writeNarrowing(hash: string, key: string, { query, filter }: Narrowing): string {
  let out = writeHashKey(hash, `${key}.q`, query.trim() ? query : null);
  for (const [facet, name] of FACETS) out = writeHashKey(out, `${key}.${name}`, joinList(filter[facet]));
  return out;
}
