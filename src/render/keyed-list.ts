import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { getCommittedValue, insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';

/** Items set aside per list: about two views of units, so zooming out and in again finds the last view's. */
const PARKED = 300;

/**
 * A list whose items keep their DOM by key, as Lit's `repeat` does, written with Lit's public directive
 * API. Why not `repeat`: from lit-html 3.3.1 on, `removePart` leaves each removed item's end marker (an
 * empty comment) behind (lit/lit#5298, unfixed in 3.3.3). A timeline removes and makes items on every
 * pan, zoom and scroll, so in a page left open for days its lists filled with thousands of comments, and
 * every later insert and removal walked past them. Here an item that goes takes both its markers.
 *
 * Items are matched by key and kept in the new order: an item already where it should be is only updated,
 * one out of place is moved before the item now there. Our lists keep date order from step to step, so
 * moves are rare; what changes is which items are in them.
 *
 * An item that goes is set aside with its DOM for a while: a reader who zooms out and in again, or pans
 * back, gets the same items back, updated rather than made again. The last `PARKED` to go are kept. The
 * latest `hold` of them (the list's choice, none by default) stay where they were in the document, each
 * item's element (the first in its template, which must then begin with one) marked `data-parked` and
 * `aria-hidden`, for the list's styles to hide without losing its layout (`content-visibility: hidden`):
 * nodes taken out of the document lose it, and laying out a label's text again is most of what bringing
 * a unit back costs. The rest wait out of the document, each in a fragment of its own. Items must hold no
 * async directive: they are not told they left.
 */
class KeyedList extends Directive {
  /** The key of each item part, in the order they were last committed. */
  private keys: unknown[] = [];
  /** Items that went, by key, held in place or each in a fragment of its own; the longest gone first. */
  private readonly parked = new Map<unknown, ChildPart>();
  /** The parked items still in the document, hidden; the longest parked first. */
  private readonly held = new Set<ChildPart>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('keyedList() can only be used where a child goes');
  }

  /** On the server and at the first render: the items' templates, which Lit commits as an array. */
  render(items: readonly unknown[], _key: (item: unknown) => unknown, template: (item: unknown) => unknown, _hold = 0): unknown[] {
    return items.map(template);
  }

  override update(container: ChildPart, [items, key, template, hold = 0]: Parameters<KeyedList['render']>): unknown {
    const keys = items.map(key);
    const values = items.map(template);
    const old = getCommittedValue(container);
    // Nothing committed yet, or something else (a first render, hydration): Lit makes one part per value.
    if (!Array.isArray(old)) {
      this.keys = keys;
      this.parked.clear();
      this.held.clear();
      return values;
    }
    const previous = old as ChildPart[];
    const partOf = new Map<unknown, ChildPart>();
    previous.forEach((part, i) => partOf.set(this.keys[i], part));
    const wanted = new Set(keys);
    const stay: ChildPart[] = [];
    const { parked, held } = this;
    previous.forEach((part, i) => {
      const k = this.keys[i];
      if (partOf.get(k) !== part) remove(container, part);
      else if (wanted.has(k)) stay.push(part);
      else {
        // Not parked already: a key in the list is taken out of `parked` when it comes back.
        parked.set(k, part);
        if (hold) {
          held.add(part);
          mark(part, true);
        } else setAside(part);
      }
    });
    // Beyond `hold`, the longest held go out of the document too.
    for (const part of held) {
      if (held.size <= hold) break;
      held.delete(part);
      setAside(part);
      mark(part, false);
    }

    const parts: ChildPart[] = [];
    const placed = new Set<ChildPart>();
    let next = 0;
    keys.forEach((k, i) => {
      while (next < stay.length && placed.has(stay[next]!)) next++;
      const here = stay[next];
      let part = partOf.get(k);
      const back = part === undefined ? parked.get(k) : undefined;
      if (back) {
        parked.delete(k);
        part = back;
        if (held.delete(back)) {
          // Held where it was: shown again as it is, unless items came and went around it out of order.
          mark(back, false);
          const after = parts.length ? parts[parts.length - 1]!.endNode! : container.startNode!;
          if (!(follows(after, back.startNode!) && follows(back.endNode!, here ? here.startNode! : container.endNode!))) insertPart(container, here, back);
        } else {
          // Its fragment goes back whole, before the item now there or at the list's end. Not `insertPart`:
          // it moves nodes up to the part's next sibling, which in a fragment is null, as the list's end can be.
          container.startNode!.parentNode!.insertBefore(back.startNode!.parentNode!, here ? here.startNode : container.endNode);
        }
      } else if (part === undefined || placed.has(part)) {
        // New, or a key given twice: the second time it gets a part of its own.
        part = insertPart(container, here);
      } else if (part === here) next++;
      else insertPart(container, here, part);
      placed.add(part);
      setChildPartValue(part, values[i]);
      parts.push(part);
    });
    for (const [k, part] of parked) {
      if (parked.size <= PARKED) break;
      parked.delete(k);
      held.delete(part);
      remove(container, part);
    }
    setCommittedValue(container, parts);
    this.keys = keys;
    return noChange;
  }
}

/** Takes an item's nodes out of the document into a fragment of its own, markers included. */
function setAside(part: ChildPart) {
  const fragment = document.createDocumentFragment();
  for (let node = part.startNode, end = part.endNode!.nextSibling; node !== end; ) {
    const after: Node | null = node!.nextSibling;
    fragment.append(node!);
    node = after;
  }
}

/**
 * Marks a held item's element as set aside, or as back: `data-parked`, and hidden from assistive technology.
 * Not `inert`: that restyles the whole item (a millisecond more per zoom in at 10 events), and content
 * hidden as the list's styles hide it can be neither focused nor clicked anyway.
 */
function mark(part: ChildPart, on: boolean) {
  const el = (part.startNode as Comment).nextElementSibling!;
  el.toggleAttribute('data-parked', on);
  el.ariaHidden = on ? 'true' : null;
}

/** Whether `b` comes after `a` in the document. */
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Takes an item's part out with both its markers (see `KeyedList` for why the end one is ours to remove). */
function remove(container: ChildPart, part: ChildPart) {
  const end = part.endNode;
  removePart(part);
  if (end !== null && end !== container.endNode && end.nodeType === Node.COMMENT_NODE) end.parentNode?.removeChild(end);
}

/**
 * `items` drawn with `template`, each keeping its DOM from render to render by `key`: the nodes of an item
 * whose key stays are kept (and with them focus and state), moved if the order changed.
 */
export const keyedList = directive(KeyedList) as <T>(items: readonly T[], key: (item: T) => unknown, template: (item: T) => unknown, hold?: number) => DirectiveResult<typeof KeyedList>;
