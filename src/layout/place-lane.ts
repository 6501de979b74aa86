import { bisectLeft } from 'd3-array';
import { pinnedIn } from './clusters.js';
import { groupCrowded, type MemberRange } from './crowding.js';
import type { EventToPlace, LabelPlacer } from './place-labels.js';
import type { Span } from './rows.js';

/** One lane to place: its events in view, which of them the plan gathered into clusters, and how to draw each. */
export interface LaneToPlace<E extends EventToPlace> {
  /** The lane's events in view, by index, in date order. */
  readonly members: Uint32Array;
  /** Clusters the plan chose (`planDetail`), as member ranges with their keys. */
  readonly planned: readonly (MemberRange & { readonly key: string })[];
  /** Events drawn alone whatever happens (selected, focused, touched): never inside a group's count. */
  readonly pinned: ReadonlySet<number>;
  /** The key of a group the lane made itself. */
  readonly keyOf: (range: MemberRange) => string;
  /** A group's mark. */
  readonly groupSpan: (range: MemberRange) => Span;
  /**
   * The target around where an event starts: crowding groups events by where they start, as clusters
   * do, so a long range that finds no row groups with the events near its start, not with all it
   * spans; `null` for a start outside the drawing (a range reaching in from beyond it groups with nothing).
   */
  readonly startOf: (index: number) => Span | null;
  /** The events to place alone, in the order they are placed (the most important first). */
  readonly toPlace: (events: readonly number[]) => readonly E[];
  readonly placer: () => LabelPlacer;
}

/** A cluster the lane draws: its members, key, mark, row and how many events it counts. */
export interface PlacedGroup extends MemberRange {
  readonly key: string;
  readonly span: Span;
  readonly row: number;
  readonly count: number;
}

/** Times a lane groups what it could not place before it places the rest where it can (only pinned events left in the way). */
const MAX_REGROUPS = 12;

/**
 * Places a lane: clusters claim their rows, then each event alone takes a row (see `LabelPlacer`).
 * What finds no row clear of other markers and clusters is grouped with what it would touch (see
 * `groupCrowded`) and the lane is placed again, so every event and cluster keeps a target of its own.
 */
export function placeLane<E extends EventToPlace>(lane: LaneToPlace<E>): { placer: LabelPlacer; groups: PlacedGroup[]; placed: readonly E[] } {
  const { members } = lane;
  const planned = new Map(lane.planned.map((g) => [`${g.from}:${g.to}`, g.key]));
  let ranges: MemberRange[] = lane.planned.map(({ from, to }) => ({ from, to }));
  for (let tries = 0; ; tries++) {
    const force = tries > MAX_REGROUPS;
    const attempt = placeOnce(lane, ranges, planned, force);
    if (force || attempt.crowded.length === 0) return attempt;
    const { placer } = attempt;
    const start = (p: number) => {
      const span = lane.startOf(members[p]!);
      return span && placer.packed(span);
    };
    const grown = groupCrowded(ranges, attempt.crowded, members.length, start, (p) => lane.pinned.has(members[p]!), placer.gap);
    // Nothing could grow (what is in the way is pinned, or a range reaching in from beyond the drawing):
    // the rest is placed where it covers least.
    if (grown) ranges = grown;
    else tries = MAX_REGROUPS;
  }
}

const isBar = (event: EventToPlace) => event.x1 - event.x0 >= 1;

function placeOnce<E extends EventToPlace>(lane: LaneToPlace<E>, ranges: readonly MemberRange[], planned: ReadonlyMap<string, string>, force: boolean) {
  const { members, pinned } = lane;
  const placer = lane.placer();
  const crowded: { range: MemberRange; span: Span }[] = [];
  const groups: PlacedGroup[] = [];
  // Nothing here walks the lane's events one by one: from 10,000 events it holds tens of thousands in view.
  const pins = pinnedIn(members, pinned);
  const inside = (i: number, range: MemberRange) => members[range.from]! <= i && i <= members[range.to - 1]!;
  for (const range of ranges) {
    const count = range.to - range.from - pins.filter((i) => inside(i, range)).length;
    // A range of pinned events alone is no cluster: they are drawn one by one.
    if (count === 0) continue;
    const span = lane.groupSpan(range);
    const row = placer.claim(span, force);
    if (row === -1) crowded.push({ range, span: placer.packed(span) });
    groups.push({ ...range, key: planned.get(`${range.from}:${range.to}`) ?? lane.keyOf(range), span, row, count });
  }
  // Drawn alone, in date order: the events in the gaps between the groups, and the pinned ones in them.
  const alone = pins.filter((i) => groups.some((g) => inside(i, g)));
  // Ranges come in member order, apart (planDetail's runs, groupCrowded's groups).
  let at = 0;
  for (const g of groups) {
    while (at < g.from) alone.push(members[at++]!);
    at = g.to;
  }
  while (at < members.length) alone.push(members[at++]!);
  const order = lane.toPlace(alone.sort((a, b) => a - b));
  // Forced, ranges go last: markers keep rows of their own and a bar lies where it covers least.
  const placed = force ? [...order].sort((a, b) => Number(isBar(a)) - Number(isBar(b))) : [...order];
  placed.forEach((event, n) => {
    if (placer.place(event, false)) return;
    const start = lane.startOf(event.index);
    // A range whose bar finds no row in a crowded stretch is drawn where it starts, like a point (its label gives its dates).
    const point = start && isBar(event) ? { ...event, x0: (start.left + start.right) / 2, x1: (start.left + start.right) / 2, marker: start } : null;
    if (point && placer.place(point, false)) return void (placed[n] = point);
    // A range reaching in from beyond the drawing groups with nothing: it lies where it covers least.
    if (force || !start) {
      placer.place(point ?? event, true);
      if (point) placed[n] = point;
      return;
    }
    const p = bisectLeft(members, event.index);
    crowded.push({ range: { from: p, to: p + 1 }, span: placer.packed(start) });
  });
  return { placer, groups, placed, crowded };
}
