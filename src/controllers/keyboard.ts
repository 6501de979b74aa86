import type { ReactiveControllerHost } from 'lit';
import { moveFocus, type EventMove } from '../layout/navigation.js';
import { sameStop, type FocusUnit, type TabStop } from '../plan/tab-stop.js';

/** What the keyboard asks the element to do. */
export interface KeyboardActions {
  /** How many events there are, and the id at a position in date order. */
  readonly count: () => number;
  readonly idAt: (index: number) => string | null;
  readonly indexOf: (id: string) => number;
  /** What is drawn, in date order, for moves between lanes (`null` in list view and the vertical layout). */
  readonly units: () => readonly FocusUnit[] | null;
  /** Moves focus to an event, bringing it into view (and into the DOM, if it was in a cluster). */
  readonly focus: (id: string) => void;
  readonly focusCluster: (key: string) => void;
  /** Brings an event into view (focus reached it by Tab). */
  readonly reveal: (id: string) => void;
  /** Closes the open card; `false` when none was open. */
  readonly close: () => boolean;
  /** Zooms by `factor` around a time (`null`: the middle of the view). */
  readonly zoom: (factor: number, at: { id: string } | { cluster: string } | null) => void;
  readonly fit: () => void;
  /** Whether the page is right to left, which swaps ← and →. */
  readonly rtl: () => boolean;
}

const MOVES: Readonly<Record<string, EventMove>> = {
  ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last',
};

/**
 * Keys inside the element (never the document): a roving tabindex makes the events one tab stop.
 * ← → (and ↑ ↓ in a list) step through every event in date order, even one drawn inside a cluster,
 * which then shows on its own; Home and End go to the first and last; ↑ ↓ on the drawing move to
 * the nearest thing in the lane above or below; +/− zoom around the focused event, 0 fits all,
 * Escape closes the card. Enter and Space are the buttons' own (a cluster's zooms in). Right-to-left
 * pages swap ← and →. The element binds the two handlers in its template, so nothing outlives it.
 */
export class KeyboardController {
  /** What holds the tab stop once the reader has moved; `null` until then. */
  current: TabStop | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly actions: KeyboardActions) {}

  /** The event that should stay in the DOM however dense its neighbourhood: the one with the tab stop. */
  get pinnedId(): string | null {
    return this.current && 'id' in this.current ? this.current.id : null;
  }

  /**
   * Focus landed on an event or cluster (by key, click or Tab): it becomes the tab stop. Keyboard
   * focus also brings an event into view; a click does not, so a drag that starts on one is not disturbed.
   */
  onFocusin = (event: FocusEvent): void => {
    const unit = focusedUnit(event.target);
    if (!unit) return;
    if (!sameStop(unit, this.current)) {
      this.current = unit;
      this.host.requestUpdate();
    }
    if ('id' in unit && (event.target as HTMLElement).matches(':focus-visible')) this.actions.reveal(unit.id);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (this.actions.close()) event.preventDefault();
      return;
    }
    const from = focusedUnit(event.target);
    if (!from) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const rtl = this.actions.rtl();
      this.move(from, rtl && move === 'previous' ? 'next' : rtl && move === 'next' ? 'previous' : move);
      return;
    }
    if (event.key === '+' || event.key === '=') this.actions.zoom(2, from);
    else if (event.key === '-' || event.key === '_') this.actions.zoom(0.5, from);
    else if (event.key === '0') this.actions.fit();
    else return;
    event.preventDefault();
  };

  /** Moves the tab stop to an event and focuses it. */
  focusEvent(id: string): void {
    this.current = { id };
    this.host.requestUpdate();
    this.actions.focus(id);
  }

  private move(from: TabStop, wanted: EventMove): void {
    const units = this.actions.units();
    // In a list (no drawing) the list runs down the page: ↑/↓ are previous/next.
    const move = units ? wanted : wanted === 'up' ? 'previous' : wanted === 'down' ? 'next' : wanted;
    const n = this.actions.count();
    // Where `from` sits in date order: an event's own place; a cluster sits just before its first event.
    const here = 'id' in from ? this.actions.indexOf(from.id) : (units?.find((u) => u.cluster === from.cluster)?.first ?? 0);
    const inCluster = 'cluster' in from;
    let target: number | null = null;
    switch (move) {
      case 'first': target = 0; break;
      case 'last': target = n - 1; break;
      case 'next': target = inCluster ? here : here + 1; break;
      case 'previous': target = here - 1; break;
      case 'up':
      case 'down': {
        if (!units) return;
        const at = units.findIndex((u) => ('id' in from ? u.id === from.id : u.cluster === from.cluster));
        const to = at === -1 ? null : moveFocus(units, at, move);
        const unit = to === null ? null : units[to];
        if (unit?.cluster) return this.actions.focusCluster(unit.cluster);
        if (unit?.id) return this.focusEvent(unit.id);
        return;
      }
    }
    const id = target !== null && target >= 0 && target < n ? this.actions.idAt(target) : null;
    if (id) this.focusEvent(id);
  }
}

/** The event or cluster of a focused button, or `null` for anything else. */
function focusedUnit(target: EventTarget | null): TabStop | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target.classList.contains('event') && target.dataset['id']) return { id: target.dataset['id'] };
  if (target.classList.contains('cluster') && target.dataset['cluster']) return { cluster: target.dataset['cluster'] };
  return null;
}

