import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { marksAfter } from '../model/changes.js';
import { diffTimelines, hasChanges, type ChangeMark, type TimelineDiff } from '../model/diff.js';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import { Announcer } from './announcer.js';
import { ScrollAnchorController } from './scroll-anchor.js';
import type { VisitStore } from './visits.js';

/** A mark stays this long after it appeared while the page is visible, if the reader neither opens nor focuses its event. */
export const MARK_MS = 60_000;

export const NO_MARKS: ReadonlyMap<string, ChangeMark> = new Map();

export interface ChangesOptions {
  /** Where `remember` keeps this timeline's visits, or `null` when it is off. */
  readonly visitKey: () => string | null;
  readonly words: () => ReaderText;
  /** Says something in the element's polite live region. */
  readonly announce: (text: string) => void;
  /** An update changed events: the element fires `news-timeline-update` once it is drawn. */
  readonly changed: (diff: TimelineDiff) => void;
  /** Where the events are drawn: the one the reader looks at stays in place on screen through an update. */
  readonly root: () => ParentNode;
}

/**
 * Keeps the "New" and "Updated" marks of a developing story (loaded on demand with the rest of it, see
 * ./developing.ts): each until its event is opened or focused or its time is up (kept while the page is
 * hidden: the reader has not seen it), the statuses an update changed, one announcement per burst of
 * updates, the reader's place on screen through each new version, and with `remember`, what changed since
 * the last visit. ./changes.ts makes one when first needed.
 */
export class MarkKeeper implements ReactiveController {
  /** The marks to draw, by event id: a new map whenever they change, so the plan can tell by identity. */
  marks: ReadonlyMap<string, ChangeMark> = NO_MARKS;
  /** Statuses that changed in an update, by event id, for the card. */
  readonly statuses = new Map<string, StatusChange>();
  /** Resolves once every version received so far is compared, marked and announced. */
  settled: Promise<void> = Promise.resolve();
  /** Keeps what the reader looks at in place on screen through a new version (made with the first one). */
  private anchor: ScrollAnchorController | null = null;
  /** Counts new stories, so a comparison still owed when another story arrived is dropped. */
  private story = 0;
  private timeline: Timeline | null = null;
  private visits: VisitStore | null = null;
  private announcer: Announcer | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Marks whose time ran out while the page was hidden: their time starts again when it is shown. */
  private readonly overdue = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ChangesOptions) {
    host.addController(this);
  }

  /** A new story: no marks, statuses or visits from the one before. */
  start(timeline: Timeline): void {
    this.story++;
    this.timeline = timeline;
    this.statuses.clear();
    this.visits?.flush();
    this.visits = null;
    this.mark(NO_MARKS, []);
  }

  /** With `remember`: marks what changed in `timeline` since the last visit, and greets the reader with it. */
  recall(store: VisitStore, timeline: Timeline): void {
    this.timeline = timeline;
    this.visits = store;
    const marks = store.changesIn(timeline);
    this.mark(marks, [...marks.keys()]);
    const greeting = store.greeting(marks, this.options.words());
    if (greeting) this.options.announce(greeting);
  }

  /**
   * A new version of the story shown, about to be drawn: keeps what the reader looks at in place on
   * screen, then compares it with the one before, after this update, in the order the versions came.
   */
  received(previous: Timeline, next: Timeline): void {
    (this.anchor ??= new ScrollAnchorController(this.host, this.options.root)).hold();
    const story = this.story;
    this.settled = this.settled.then(() => {
      if (story === this.story) this.compare(previous, next);
    }).catch((error: unknown) => console.error('news-timeline: could not compare the new data with the old', error));
  }

  /** Marks, announces and reports what changed from `previous` to `next`. */
  private compare(previous: Timeline, next: Timeline): void {
    this.timeline = next;
    const diff = diffTimelines(previous, next);
    if (!hasChanges(diff)) return;
    this.mark(marksAfter(previous, next, diff, this.marks, this.statuses), [...diff.added, ...diff.changed]);
    this.announcer ??= new Announcer((added, changed, removed) => this.options.announce(this.options.words().strings.updateAnnouncement(added, changed, removed)));
    this.announcer.hear(diff);
    this.options.changed(diff);
  }

  /** The reader opened or focused an event: it is seen. */
  seen(id: string): void {
    if (this.marks.has(id)) this.unmark([id]);
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
    this.announcer?.cancel();
    this.visits?.flush();
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
}
