import type { EventLayout } from './lanes.js';

/** Where an event sits, as much as moving among events needs. */
export type NavigationItem = Pick<EventLayout, 'lane' | 'x0' | 'x1'>;

/** Where a key moves the focus among events, independent of the keys and of writing direction. */
export type EventMove = 'previous' | 'next' | 'first' | 'last' | 'up' | 'down';

/**
 * The index of the event a move lands on, or `null` when there is none that way. `items` are in
 * date order (as layout returns them); `up`/`down` go to the nearest event on screen in the
 * nearest lane above or below that has events.
 */
export function moveFocus(items: readonly NavigationItem[], index: number, move: EventMove): number | null {
  const last = items.length - 1;
  if (last < 0) return null;
  const current = items[index];
  if (!current) return move === 'last' ? last : 0;
  switch (move) {
    case 'previous': return index > 0 ? index - 1 : null;
    case 'next': return index < last ? index + 1 : null;
    case 'first': return 0;
    case 'last': return last;
    case 'up':
    case 'down': return nearestInLane(items, current, move === 'up' ? -1 : 1);
  }
}

function nearestInLane(items: readonly NavigationItem[], from: NavigationItem, step: -1 | 1): number | null {
  const lanes = items.map((item) => item.lane).filter((lane) => (lane - from.lane) * step > 0);
  if (lanes.length === 0) return null;
  const lane = step > 0 ? Math.min(...lanes) : Math.max(...lanes);
  const centre = (from.x0 + from.x1) / 2;
  let best: number | null = null;
  let bestDistance = Infinity;
  items.forEach((item, i) => {
    if (item.lane !== lane) return;
    const distance = Math.abs((item.x0 + item.x1) / 2 - centre);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}
