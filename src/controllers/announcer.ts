import type { TimelineDiff } from '../model/diff.js';

/** Announcements of updates are at least this far apart; updates in between are announced together. */
export const QUIET_MS = 10_000;

/**
 * One announcement per update, and one for a burst of them: the first is said at once, the ones that
 * follow within `QUIET_MS` together at its end, counting each event once (an event added then changed is
 * new; one added then removed is not mentioned).
 */
export class Announcer {
  private readonly added = new Set<string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private quietUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly say: (added: number, changed: number, removed: number) => void) {}

  hear(diff: TimelineDiff): void {
    const { added, changed, removed } = this;
    for (const id of diff.added) added.add(id);
    for (const id of diff.changed) if (!added.has(id)) changed.add(id);
    for (const id of diff.removed) {
      if (!added.delete(id)) removed.add(id);
      changed.delete(id);
    }
    const wait = this.quietUntil - Date.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** The element left the page: what was not said yet is said with the next update. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    const { added, changed, removed } = this;
    if (!added.size && !changed.size && !removed.size) return;
    this.say(added.size, changed.size, removed.size);
    added.clear();
    changed.clear();
    removed.clear();
    this.quietUntil = Date.now() + QUIET_MS;
  }
}
