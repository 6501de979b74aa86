import type { ReactiveControllerHost } from 'lit';
import type { TimelineLayout } from '../layout/layout.js';
import { moveFocus, type EventMove } from '../layout/navigation.js';

/** What the keyboard asks the element to do. */
export interface KeyboardActions {
  /** The events in date order, and where they are drawn (`null` in list view or before measuring). */
  readonly ids: () => readonly string[];
  readonly layout: () => TimelineLayout | null;
  /** Moves focus to an event, bringing it into view. */
  readonly focus: (id: string) => void;
  /** Brings an event into view (focus reached it by Tab). */
  readonly reveal: (id: string) => void;
  /** Closes the open card; `false` when none was open. */
  readonly close: () => boolean;
  /** Zooms by `factor` around an event (`null`: the middle of the view). */
  readonly zoom: (factor: number, id: string | null) => void;
  readonly fit: () => void;
}

const MOVES: Readonly<Record<string, EventMove>> = {
  ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last',
};

/**
 * Keys inside the element (never the document): a roving tabindex makes the events one tab stop;
 * arrows, Home and End move among them, +/− zoom around the focused one, 0 fits all, Escape closes
 * the card. Enter and Space are the buttons' own. Right-to-left pages swap ← and →. It has no
 * lifecycle of its own: the element binds its two handlers in its template, so nothing outlives it.
 */
export class KeyboardController {
  /** The event that holds the tab stop; the first one until the reader moves. */
  private current: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly actions: KeyboardActions) {}

  /** The id of the one event in the tab order, given the selection. */
  tabStop(selected: string | null): string | null {
    const ids = this.actions.ids();
    if (this.current && ids.includes(this.current)) return this.current;
    if (selected && ids.includes(selected)) return selected;
    return ids[0] ?? null;
  }

  /**
   * Focus landed on an event (by key, click or Tab): it becomes the tab stop. Keyboard focus also
   * brings it into view; a click does not, so a drag that starts on an event is not disturbed.
   */
  onFocusin = (event: FocusEvent): void => {
    const id = eventId(event.target);
    if (!id) return;
    if (id !== this.current) {
      this.current = id;
      this.host.requestUpdate();
    }
    if ((event.target as HTMLElement).matches(':focus-visible')) this.actions.reveal(id);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (this.actions.close()) event.preventDefault();
      return;
    }
    const id = eventId(event.target);
    if (!id) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const rtl = getComputedStyle(this.host).direction === 'rtl';
      const directed = rtl && move === 'previous' ? 'next' : rtl && move === 'next' ? 'previous' : move;
      const ids = this.actions.ids();
      const items = this.actions.layout()?.items;
      const index = ids.indexOf(id);
      // In list view (no drawing) the list runs down the page: ↑/↓ are previous/next too.
      const target = items && items.length === ids.length
        ? moveFocus(items, index, directed)
        : moveFocus(ids.map(() => ({ lane: 0, x0: 0, x1: 0 })), index, directed === 'up' ? 'previous' : directed === 'down' ? 'next' : directed);
      const next = target === null ? undefined : ids[target];
      if (next) this.actions.focus(next);
      return;
    }
    if (event.key === '+' || event.key === '=') this.actions.zoom(2, id);
    else if (event.key === '-' || event.key === '_') this.actions.zoom(0.5, id);
    else if (event.key === '0') this.actions.fit();
    else return;
    event.preventDefault();
  };
}

/** The event id of a focused button, or `null` for anything else. */
function eventId(target: EventTarget | null): string | null {
  return target instanceof HTMLElement && target.classList.contains('event') ? (target.dataset['id'] ?? null) : null;
}
