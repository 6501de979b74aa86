import type { ReactiveControllerHost } from 'lit';
import { adoptIndex, eventIndex, type EventIndex } from '../layout/event-index.js';
import { parseDate } from '../model/dates.js';
import type { TimelineFilter } from '../model/search.js';
import { markSubset } from '../model/subset.js';
import type { Timeline } from '../model/timeline.js';
import type { Narrowed } from '../plan/narrow.js';
import type { ReaderText } from '../plan/reader-text.js';
import { narrows, searchCode } from '../plan/search-code.js';
import type { Narrowing } from './narrowing-link.js';
import { SettleController } from './settle.js';

/** The count is announced once the reader has stopped typing this long, in ms. */
const PAUSE_MS = 700;

/** What the finder asks of the element. */
export interface FinderOptions {
  /** The element's `query` and `filter` now. */
  readonly query: () => string;
  readonly filter: () => TimelineFilter;
  /** The reader or a link changed them: the element takes them as its `query` and `filter`. */
  readonly set: (query: string, filter: TimelineFilter) => void;
  readonly words: () => ReaderText;
  /** Says something in the element's polite live region. */
  readonly announce: (text: string) => void;
  /** Puts the reader's search and filters in the link (with `deep-link`). */
  readonly link: (narrowing: Narrowing) => void;
  /** Brings `[time, endTime]` into view with the nearest event focused. */
  readonly jumpTo: (time: number, endTime: number) => void;
  readonly searchBox: () => HTMLInputElement | null;
  /** The reader's change is drawn and its matches known: the element fires `news-timeline-filter-change`. */
  readonly changed: (query: string, filter: TimelineFilter, matches: number, total: number) => void;
}

/**
 * Search, filters and jump-to-date for the element: the events the search and filters leave (worked out
 * by the search code, which loads on demand), the finder's state and handlers, the count announced once
 * the reader pauses, and the change event owed once it is drawn.
 */
export class FinderController {
  /** The matches, or `null` when nothing narrows the events (or the search code is not in yet). */
  narrowed: Narrowed | null = null;
  /** Why the last jump to a date found no date, shown beside the field. */
  private jumpError = '';
  /** The reader has opened the filters' panel, so its checkboxes are drawn. */
  private filtersOpened = false;
  private narrow: ((timeline: Timeline, query: string, filter: TimelineFilter | null, index: EventIndex) => Narrowed) | null = null;
  private timeline: Timeline | null = null;
  /** `news-timeline-filter-change` is owed for a change the reader made (or a link they followed). */
  private owed = false;
  private readonly settle: SettleController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: FinderOptions) {
    this.settle = new SettleController(host, PAUSE_MS);
  }

  /**
   * `null` when nothing narrows the events (neither the element's query and filter nor those `linked`
   * names) or the search code is in; else a promise for it, which an update waits for rather than draw
   * (and let `next()` reach) events that the search and filters leave out.
   */
  ready(linked: Narrowing | null): Promise<void> | null {
    if (searchCode.settled) return null;
    const { query, filter } = this.options;
    return narrows(query(), filter()) || (linked && narrows(linked.query, linked.filter)) ? searchCode.load() : null;
  }

  /** Before each update: what a link names, then the matches in `timeline` (the whole dataset). */
  update(timeline: Timeline | null, linked: Narrowing | undefined): void {
    if (linked) {
      this.options.set(linked.query, linked.filter);
      this.owed ||= this.narrowed !== null;
    }
    this.timeline = timeline;
    this.narrowed = timeline ? this.narrowTo(timeline) : null;
  }

  /** The events the search and filters leave: what is drawn, reachable, listed, printed and exported. */
  shown(timeline: Timeline | null): Timeline | null {
    return this.narrowed?.timeline ?? timeline;
  }

  /** After each update, once the element has fired its other events: fires the change owed, if its matches are known. */
  drawn(): void {
    // Owed until the matches are known (the search code may still be loading).
    const total = this.timeline?.events.length;
    const { query, filter } = this.options;
    if (!this.owed || total === undefined || (!this.narrowed && narrows(query(), filter()))) return;
    this.owed = false;
    this.options.changed(query(), filter(), this.narrowed?.matches ?? total, total);
  }

  /** The finder's state and handlers, for `renderFinder`. */
  controls() {
    const narrowed = this.narrowed;
    return {
      query: this.options.query(),
      filter: this.options.filter(),
      count: narrowed?.active ? this.options.words().strings.matchCount(narrowed.matches, narrowed.total) : '',
      jumpError: this.jumpError,
      filtersOpened: this.filtersOpened,
      onFiltersOpen: this.onFiltersOpen,
      onQuery: this.onQuery,
      onSearchFocus: this.onSearchFocus,
      onFilter: this.onFilter,
      onJump: this.onJump,
    };
  }

  /** The no-match message's button: clears the search and filters, and focus goes back to the search box rather than to nowhere. */
  readonly clear = (): void => {
    this.readerNarrowed('', {});
    void this.host.updateComplete.then(() => this.options.searchBox()?.focus());
  };

  /**
   * The matches, once the search code is in. The element's updates wait for it (`ready`); a render that
   * cannot wait (on the server) shows every event, and the search follows once the code is in.
   */
  private narrowTo(timeline: Timeline): Narrowed | null {
    const query = this.options.query();
    const filter = this.options.filter();
    if (!narrows(query, filter)) return null;
    const code = searchCode.value;
    if (!code) {
      if (!searchCode.settled) void searchCode.load().then(() => this.host.requestUpdate());
      return null;
    }
    this.narrow ??= code.createNarrower();
    const narrowed = this.narrow(timeline, query, filter, eventIndex(timeline));
    if (narrowed.index) {
      markSubset(narrowed.timeline, { parent: timeline, indices: narrowed.indices! });
      adoptIndex(narrowed.index);
    }
    return narrowed;
  }

  /** A change the reader made to the search or filters: it goes in the link, fires its event, and the count is announced once they pause. */
  private readerNarrowed(query: string, filter: TimelineFilter): void {
    this.options.set(query, filter);
    this.owed = true;
    this.options.link({ query, filter });
    this.settle.later(() => {
      const narrowed = this.narrowed;
      const { strings } = this.options.words();
      if (narrowed) this.options.announce(!narrowed.active ? '' : narrowed.matches ? strings.matchCount(narrowed.matches, narrowed.total) : strings.noMatch);
    });
  }

  private readonly onQuery = (query: string): void => this.readerNarrowed(query, this.options.filter());
  private readonly onFilter = (filter: TimelineFilter): void => this.readerNarrowed(this.options.query(), filter);
  /** Coming to the search box loads the search and prepares the dataset's search text, so the first keystroke finds them ready. */
  private readonly onSearchFocus = (): void => void searchCode.load().then(() => this.timeline && searchCode.value?.prepareSearch(this.timeline));

  private readonly onFiltersOpen = (): void => {
    if (this.filtersOpened) return;
    this.filtersOpened = true;
    this.host.requestUpdate();
  };

  private readonly onJump = (text: string): void => {
    const parsed = parseDate(text);
    this.jumpError = parsed.ok || !text.trim() ? '' : this.options.words().strings.jumpInvalid(text.trim());
    if (parsed.ok) this.options.jumpTo(parsed.date.time, parsed.date.endTime);
    this.host.requestUpdate();
  };
}
