import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diffTimelines, hasChanges, type ChangeMark, type TimelineDiff } from '../model/diff.js';
import { statusChange, type StatusChange } from '../model/status-change.js';
import type { Timeline } from '../model/timeline.js';
import { onDemand } from '../model/on-demand.js';
import type { ReaderText } from '../plan/reader-text.js';
import type { VisitStore } from './visits.js';

/** A mark stays this long after it appeared while the page is visible, if the reader neither opens nor focuses its event. */
export const MARK_MS = 60_000;
/** Announcements of updates are at least this far apart; updates in between are announced together. */
export const QUIET_MS = 10_000;

const NO_MARKS: ReadonlyMap<string, ChangeMark> = new Map();

/** `remember` is for few pages: its code loads the first time one asks for it. */
const visitCode = onDemand(() => import('./visits.js'), 'the code that remembers visits could not load; nothing is marked as changed since the last visit');

export interface ChangesOptions {
  /** Where `remember` keeps this timeline's visits, or `null` when it is off. */
  readonly visitKey: () => string | null;
  readonly words: () => ReaderText;
  /** Says something in the element's polite live region. */
  readonly announce: (text: string) => void;
}

/**
 * What changed, for the reader: the "New" and "Updated" marks (until the event is opened, focused or
 * the marks' time is up), statuses that changed while they read, the announcement of each update
 * (one per burst), and with `remember`, what changed since their last visit.
 */
export class ChangesController implements ReactiveController {
  /** The marks to draw, by event id: a new map whenever they change, so the plan can tell by identity. */
  marks: ReadonlyMap<string, ChangeMark> = NO_MARKS;
  /** Statuses that changed in an update, by event id, for the card. */
  readonly statuses = new Map<string, StatusChange>();
  private timeline: Timeline | null = null;
  private visits: VisitStore | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Marks whose time ran out while the page was hidden: their time starts again when it is shown. */
  private readonly overdue = new Set<string>();
  private readonly heard = { added: new Set<string>(), changed: new Set<string>(), removed: new Set<string>() };
  private quietUntil = 0;
  private sayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ChangesOptions) {
    host.addController(this);
  }

  /**
   * A dataset arrived after `previous`. An update of the same story (they share an event) returns its
   * diff, and marks and announces what changed; anything else starts afresh and returns `null`.
   */
  received(previous: Timeline | null, next: Timeline): TimelineDiff | null {
    const diff = previous && diffTimelines(previous, next);
    this.timeline = next;
    if (!previous || !diff || diff.removed.length === previous.events.length) {
      this.start(next);
      return null;
    }
    if (!hasChanges(diff)) return diff;
    const marks = new Map(this.marks);
    const old = new Map(previous.events.map((e) => [e.id, e]));
    const changed = new Set(diff.changed);
    for (const id of diff.removed) {
      marks.delete(id);
      this.statuses.delete(id);
    }
    for (const id of diff.added) marks.set(id, 'new');
    for (const event of next.events) {
      if (!changed.has(event.id)) continue;
      if (marks.get(event.id) !== 'new') marks.set(event.id, 'updated');
      const change = statusChange(old.get(event.id)!, event);
      if (change) this.statuses.set(event.id, change);
    }
    this.mark(marks, [...diff.added, ...diff.changed]);
    this.hear(diff);
    return diff;
  }

  /** The reader opened or focused an event: it is seen. */
  seen(id: string | null): void {
    if (id !== null && this.marks.has(id)) this.unmark([id]);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    // Back on the page: marks still shown get their time again.
    if (this.marks.size) this.expire([...this.marks.keys()]);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.overdue.clear();
    this.visits?.flush();
  }

  /** A new story: with `remember`, marks what changed since the last visit. */
  private start(timeline: Timeline): void {
    this.statuses.clear();
    this.visits?.flush();
    this.visits = null;
    this.mark(NO_MARKS, []);
    const key = this.options.visitKey();
    if (key) void visitCode.load().then(() => this.recall(key, timeline));
  }

  private recall(key: string, timeline: Timeline): void {
    // Another dataset may have arrived while the code loaded.
    if (this.timeline !== timeline || !visitCode.value) return;
    this.visits = new visitCode.value.VisitStore(key);
    const marks = this.visits.changesIn(timeline);
    this.mark(marks, [...marks.keys()]);
    const last = this.visits.last;
    if (last && marks.size) {
      const words = this.options.words();
      const counts = [...marks.values()];
      const added = counts.filter((m) => m === 'new').length;
      this.options.announce(words.strings.sinceLastVisit(words.strings.updateAnnouncement(added, counts.length - added, 0), words.clock(last.at, Date.now())));
    }
  }

  private mark(marks: ReadonlyMap<string, ChangeMark>, fresh: readonly string[]): void {
    this.marks = marks.size ? marks : NO_MARKS;
    if (fresh.length) this.expire(fresh);
    this.host.requestUpdate();
    if (this.timeline) this.visits?.seen(this.timeline, this.marks);
  }

  private unmark(ids: readonly string[]): void {
    const marks = new Map(this.marks);
    for (const id of ids) marks.delete(id);
    if (marks.size !== this.marks.size) this.mark(marks, []);
  }

  /** Clears marks once their time is up, unless the page is hidden then: the reader has not seen them yet. */
  private expire(ids: readonly string[]): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!document.hidden) return this.unmark(ids);
      for (const id of ids) this.overdue.add(id);
    }, MARK_MS);
    this.timers.add(timer);
  }

  private readonly onVisibility = (): void => {
    if (document.hidden || !this.overdue.size) return;
    this.expire([...this.overdue]);
    this.overdue.clear();
  };

  /** Announces an update, or keeps it for one announcement at the end of a quiet spell. */
  private hear(diff: TimelineDiff): void {
    const { added, changed, removed } = this.heard;
    for (const id of diff.added) added.add(id);
    for (const id of diff.changed) if (!added.has(id)) changed.add(id);
    for (const id of diff.removed) {
      // Added and gone again before anyone heard of it: nothing to say.
      if (!added.delete(id)) removed.add(id);
      changed.delete(id);
    }
    const wait = this.quietUntil - Date.now();
    if (wait <= 0) return this.say();
    if (this.sayTimer !== undefined && this.timers.has(this.sayTimer)) return;
    const timer = (this.sayTimer = setTimeout(() => {
      this.timers.delete(timer);
      this.say();
    }, wait));
    this.timers.add(timer);
  }

  private say(): void {
    const { added, changed, removed } = this.heard;
    if (!added.size && !changed.size && !removed.size) return;
    this.options.announce(this.options.words().strings.updateAnnouncement(added.size, changed.size, removed.size));
    added.clear();
    changed.clear();
    removed.clear();
    this.quietUntil = Date.now() + QUIET_MS;
  }
}
