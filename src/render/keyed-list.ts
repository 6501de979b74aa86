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
 * An item that goes is set aside with its DOM, out of the document, for a while: a reader who zooms out and
 * in again, or pans back, gets the same items back, moved in and updated rather than made again. The
 * last `PARKED` to go are kept. Items must hold no async directive: they are not told they left.
 */
class KeyedList extends Directive {
  /** The key of each item part, in the order they were last committed. */
  private keys: unknown[] = [];
  /** Items that went, by key, each in a fragment of its own; the longest gone first. */
  private readonly parked = new Map<unknown, ChildPart>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('keyedList() can only be used where a child goes');
  }

  /** On the server and at the first render: the items' templates, which Lit commits as an array. */
  render(items: readonly unknown[], _key: (item: unknown) => unknown, template: (item: unknown) => unknown): unknown[] {
    return items.map(template);
  }

  override update(container: ChildPart, [items, key, template]: Parameters<KeyedList['render']>): unknown {
    const keys = items.map(key);
    const values = items.map(template);
    const old = getCommittedValue(container);
    // Nothing committed yet, or something else (a first render, hydration): Lit makes one part per value.
    if (!Array.isArray(old)) {
      this.keys = keys;
      this.parked.clear();
      return values;
    }
    const previous = old as ChildPart[];
    const partOf = new Map<unknown, ChildPart>();
    previous.forEach((part, i) => partOf.set(this.keys[i], part));
    const wanted = new Set(keys);
    const stay: ChildPart[] = [];
    const { parked } = this;
    previous.forEach((part, i) => {
      const k = this.keys[i];
      if (partOf.get(k) !== part) remove(container, part);
      else if (wanted.has(k)) stay.push(part);
      else {
        const fragment = document.createDocumentFragment();
        for (let node = part.startNode, end = part.endNode!.nextSibling; node !== end; ) {
          const after: Node | null = node!.nextSibling;
          fragment.append(node!);
          node = after;
        }
        // Not parked already: a key in the list is taken out of `parked` when it comes back.
        parked.set(k, part);
      }
    });

    const parts: ChildPart[] = [];
    const placed = new Set<ChildPart>();
    let next = 0;
    keys.forEach((k, i) => {
      while (next < stay.length && placed.has(stay[next]!)) next++;
      const here = stay[next];
      let part = partOf.get(k);
      const back = part === undefined ? parked.get(k) : undefined;
      if (back) {
        // Its fragment goes back whole, before the item now there or at the list's end. Not `insertPart`:
        // it moves nodes up to the part's next sibling, which in a fragment is null, as the list's end can be.
        parked.delete(k);
        container.startNode!.parentNode!.insertBefore(back.startNode!.parentNode!, here ? here.startNode : container.endNode);
        part = back;
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
      remove(container, part);
    }
    setCommittedValue(container, parts);
    this.keys = keys;
    return noChange;
  }
}

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
export const keyedList = directive(KeyedList) as <T>(items: readonly T[], key: (item: T) => unknown, template: (item: T) => unknown) => DirectiveResult<typeof KeyedList>;
