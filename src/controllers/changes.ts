import type { ReactiveControllerHost } from 'lit';
import { removedIds, type ChangeMark } from '../model/diff.js';
import { onDemand } from '../model/on-demand.js';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline } from '../model/timeline.js';
import { developingCode } from './developing-code.js';
import { NO_MARKS, type ChangesOptions, type MarkKeeper } from './mark-keeper.js';
import type { ScrollAnchorController } from './scroll-anchor.js';

export type { ChangesOptions } from './mark-keeper.js';

const NO_STATUSES: ReadonlyMap<string, StatusChange> = new Map();

/** `remember` is for few pages: its code loads the first time one asks for it. */
const visitCode = onDemand(() => import('./visits.js'), 'the code that remembers visits could not load; nothing is marked as changed since the last visit');

/**
 * What changed, for the reader: the element's side of developing stories. It tells a new version of the
 * story shown from a new story, and hands both to the keeper of marks (./mark-keeper.ts), which loads on
 * demand with the rest of developing stories: a timeline drawn once and never updated, without
 * `remember`, never downloads it.
 */
export class ChangesController {
  /** Resolves once every update received so far is compared, marked and announced. */
  settled: Promise<void> = Promise.resolve();
  private keeper: MarkKeeper | null = null;
  /** Keeps what the reader looks at in place through a new version (made with the first one). */
  private anchor: ScrollAnchorController | null = null;
  /** Counts new stories, so work that finishes after another story arrived is dropped. */
  private story = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ChangesOptions) {}

  /** The marks to draw, by event id: a new map whenever they change, so the plan can tell by identity. */
  get marks(): ReadonlyMap<string, ChangeMark> {
    return this.keeper?.marks ?? NO_MARKS;
  }

  /** Statuses that changed in an update, by event id, for the card. */
  get statuses(): ReadonlyMap<string, StatusChange> {
    return this.keeper?.statuses ?? NO_STATUSES;
  }

  /**
   * A dataset arrived after `previous`. For a new version of the same story (they share an event) this
   * keeps what the reader looks at in place on screen, returns the ids of the events that are gone, and
   * compares the two as soon as the code is in; for anything else it starts afresh and returns `null`.
   */
  received(previous: Timeline | null, next: Timeline): readonly string[] | null {
    const removed = previous && removedIds(previous, next);
    if (!previous || !removed || removed.length === previous.events.length) {
      const story = ++this.story;
      this.keeper?.start(next);
      const key = this.options.visitKey();
      if (key) {
        void Promise.all([this.keep(), visitCode.load()]).then(([keeper]) => {
          // Another dataset may have arrived while the code loaded.
          if (keeper && visitCode.value && story === this.story) keeper.recall(new visitCode.value.VisitStore(key), next);
        });
      }
      return null;
    }
    // A new version waited for the code of developing stories (./data.ts), so it is in unless it could not load.
    const code = developingCode.value;
    if (code) (this.anchor ??= new code.ScrollAnchorController(this.host, this.options.root)).hold();
    const story = this.story;
    // Comparisons run in the order the versions came, each from the marks the one before left.
    this.settled = this.settled.then(() => this.keep()).then((keeper) => {
      if (keeper && story === this.story) keeper.compare(previous, next);
    }).catch((error: unknown) => console.error('news-timeline: could not compare the new data with the old', error));
    return removed;
  }

  /** The reader opened or focused an event: it is seen. */
  seen(id: string | null): void {
    if (id !== null) this.keeper?.seen(id);
  }

  /** The keeper of marks, made the first time one is needed; `null` if its code could not load. */
  private async keep(): Promise<MarkKeeper | null> {
    await developingCode.load();
    const code = developingCode.value;
    return code ? (this.keeper ??= new code.MarkKeeper(this.host, this.options)) : null;
  }
}
