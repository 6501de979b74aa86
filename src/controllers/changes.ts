import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { removedIds, type ChangeMark, type TimelineDiff } from '../model/diff.js';
import { onDemand } from '../model/on-demand.js';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import type { Announcer } from './announcer.js';
import { developingCode } from './developing-code.js';
import type { VisitStore } from './visits.js';

/** A mark stays this long after it appeared while the page is visible, if the reader neither opens nor focuses its event. */
export const MARK_MS = 60_000;

const NO_MARKS: ReadonlyMap<string, ChangeMark> = new Map();

/** `remember` is for few pages: its code loads the first time one asks for it. */
const visitCode = onDemand(() => import('./visits.js'), 'the code that remembers visits could not load; nothing is marked as changed since the last visit');

export interface ChangesOptions {
  /** Where `remember` keeps this timeline's visits, or `null` when it is off. */
  readonly visitKey: () => string | null;
  readonly words: () => ReaderText;
  /** Says something in the element's polite live region. */
  readonly announce: (text: string) => void;
  /** An update changed events: the element fires `news-timeline-update` once it is drawn. */
  readonly changed: (diff: TimelineDiff) => void;
}

/**
 * What changed, for the reader: the "New" and "Updated" marks (until the event is opened, focused or
 * the marks' time is up), statuses that changed while they read, the announcement of each update (one
 * per burst), and with `remember`, what changed since their last visit. Comparing versions is code of
 * its own, loaded with the first update (./developing.ts).
 */
export class ChangesController implements ReactiveController {
  /** The marks to draw, by event id: a new map whenever they change, so the plan can tell by identity. */
  marks: ReadonlyMap<string, ChangeMark> = NO_MARKS;
  /** Statuses that changed in an update, by event id, for the card. */
  readonly statuses = new Map<string, StatusChange>();
  /** Resolves once every update received so far is compared, marked and announced. */
  settled: Promise<void> = Promise.resolve();
  private timeline: Timeline | null = null;
  /** Counts new stories, so a comparison that finishes after another story arrived is dropped. */
  private story = 0;
  private visits: VisitStore | null = null;
  private announcer: Announcer | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Marks whose time ran out while the page was hidden: their time starts again when it is shown. */
  private readonly overdue = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ChangesOptions) {
    host.addController(this);
  }

  /**
   * A dataset arrived after `previous`. For a new version of the same story (they share an event) this
   * returns the ids of the events that are gone, and compares the two as soon as the code is in; for
   * anything else it starts afresh and returns `null`.
   */
  received(previous: Timeline | null, next: Timeline): readonly string[] | null {
    this.timeline = next;
    const removed = previous && removedIds(previous, next);
    if (!previous || !removed || removed.length === previous.events.length) {
      this.start(next);
      return null;
    }
    const story = this.story;
    // Comparisons run in the order the versions came, each from the marks the one before left.
    this.settled = this.settled.then(() => developingCode.load()).then(() => {
      const code = developingCode.value;
      if (code && story === this.story) this.compare(code, previous, next);
    }).catch((error: unknown) => console.error('news-timeline: could not compare the new data with the old', error));
    return removed;
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
    this.announcer?.cancel();
    this.visits?.flush();
  }

  private compare(code: NonNullable<typeof developingCode.value>, previous: Timeline, next: Timeline): void {
    const diff = code.diffTimelines(previous, next);
    if (!code.hasChanges(diff)) return;
    this.mark(code.marksAfter(previous, next, diff, this.marks, this.statuses), [...diff.added, ...diff.changed]);
    this.announcer ??= new code.Announcer((added, changed, removed) => this.options.announce(this.options.words().strings.updateAnnouncement(added, changed, removed)));
    this.announcer.hear(diff);
    this.options.changed(diff);
  }

  /** A new story: with `remember`, marks what changed since the last visit. */
  private start(timeline: Timeline): void {
    this.story++;
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
    const greeting = this.visits.greeting(marks, this.options.words());
    if (greeting) this.options.announce(greeting);
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
