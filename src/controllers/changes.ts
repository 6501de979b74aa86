import type { ReactiveElement } from 'lit';
import { removedIds, type ChangeMark } from '../model/diff.js';
import { onDemand } from '../model/on-demand.js';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline } from '../model/timeline.js';
import { developingCode, developingFor } from './developing-code.js';
import { NO_MARKS, type ChangesOptions, type MarkKeeper } from './mark-keeper.js';

export type { ChangesOptions } from './mark-keeper.js';

/** `remember` is for few pages: its code loads the first time one asks for it. */
const visitCode = onDemand(() => import('./visits.js'), 'the code that remembers visits could not load; nothing is marked as changed since the last visit');

/**
 * What changed, for the reader: the element's side of developing stories. It tells a new version of the
 * story shown from a new story, and hands both to the keeper of marks (./mark-keeper.ts), which loads on
 * demand with the rest of developing stories: a timeline drawn once and never updated, without
 * `remember`, never downloads it.
 */
export class ChangesController {
  private keeper: MarkKeeper | null = null;
  /** Counts new stories, so visits recalled after another story arrived are dropped. */
  private story = 0;

  constructor(private readonly host: ReactiveElement, private readonly options: ChangesOptions) {}

  /** The marks to draw, by event id: a new map whenever they change, so the plan can tell by identity. */
  get marks(): ReadonlyMap<string, ChangeMark> {
    return this.keeper?.marks ?? NO_MARKS;
  }

  /** How an update changed the status of event `id`, for its card. */
  status(id: string): StatusChange | undefined {
    return this.keeper?.statuses.get(id);
  }

  /** Resolves once every update received so far is compared, marked and announced. */
  get settled(): Promise<void> {
    return this.keeper?.settled ?? Promise.resolve();
  }

  /**
   * A dataset arrived after `previous`. For a new version of the same story (they share an event) this
   * returns the ids of the events that are gone, and the keeper keeps what the reader looks at in place
   * on screen and compares the two; for anything else it starts afresh and returns `null`.
   */
  received(previous: Timeline | null, next: Timeline): readonly string[] | null {
    const removed = previous && removedIds(previous, next);
    if (!previous || !removed || removed.length === previous.events.length) {
      const story = ++this.story;
      this.keeper?.start(next);
      const key = this.options.visitKey();
      if (key) {
        void Promise.all([developingCode.load(), visitCode.load()]).then(() => {
          const code = developingFor(this.host);
          // Another dataset may have arrived while the code loaded.
          if (code && visitCode.value && story === this.story) this.keep(code).recall(new visitCode.value.VisitStore(key), next);
        });
      }
      return null;
    }
    // A new version waited for the code of developing stories (./data.ts), so it is in unless it could not load.
    const code = developingFor(this.host);
    if (code) this.keep(code).received(previous, next);
    return removed;
  }

  /** The reader opened or focused an event: it is seen. */
  seen(id: string | null): void {
    if (id !== null) this.keeper?.seen(id);
  }

  /** The keeper of marks, made the first time one is needed. */
  private keep(code: NonNullable<typeof developingCode.value>): MarkKeeper {
    return (this.keeper ??= new code.MarkKeeper(this.host, this.options));
  }
}
