import type { ReactiveElement } from 'lit';
import type { TimelineFormat } from '../model/formats.js';
import { parseOrLoad } from '../model/lazy-parse.js';
import type { Timeline, TimelineParseResult } from '../model/timeline.js';
import type { ReaderText } from '../plan/reader-text.js';
import type { TimelineInput } from '../model/types.js';
import { InlineDataController } from './inline-data.js';
import { developingCode, developingFor } from './developing-code.js';
import type { RefreshController } from './refresh.js';
import type { RefreshedData } from './refresh-source.js';
import { selectInput } from './select-input.js';
import { SourceController } from './source.js';

/** Where the element's data comes from: its properties, read at each update. */
export interface DataInputs {
  readonly src: string | null;
  readonly events: TimelineInput | null;
  readonly format: TimelineFormat | null;
  /** Seconds between refreshes of `src`, or `null` for none. */
  readonly refresh: number | null;
}

/** Why the data shown is not the latest, and since when it is the data shown. */
export interface StaleData {
  readonly reason: string;
  /** When the server last confirmed the data shown, in ms. */
  readonly since: number;
}

/**
 * Everything about getting data: fetching `src` (and fetching it again, see ./refresh-source.ts), reading data
 * written inside the element, picking the input that wins (`src`, then `events`, then a script child,
 * then a list), loading the importers a format needs, parsing once per input, and logging each problem
 * once. A refresh that fails, or brings data with no usable event, never replaces the data shown: it
 * is `stale` until a refresh works. The element reads `result` and the state for its notices;
 * `onParsed` tells it a new dataset is in, with the one it replaces.
 */
export class DataController implements RefreshedData {
  /** The parsed data, or `null` while there is none (yet). */
  result: TimelineParseResult | null = null;
  /** Waiting for the code that reads this format (TimelineJS, CSV) or its rich text. */
  importing = false;
  /** Set while the last refresh of `src` failed: the data shown is older. */
  stale: StaleData | null = null;
  readonly source: SourceController;
  private readonly inline: InlineDataController;
  /** Polling and retries (./refresh.ts), made with the code of developing stories when first needed. */
  private refresher: RefreshController | null = null;
  private polling: number | null = null;
  private parsedInput: unknown = undefined;
  private parsedFormat: TimelineFormat | null = null;
  src: string | null = null;
  /** The `src` the data shown came from, and when its server last confirmed it. */
  shown: { readonly src: string; at: number } | null = null;
  /** The text of a refresh that had no usable event, until one that has. */
  rejected: unknown = undefined;

  constructor(
    readonly host: ReactiveElement,
    private readonly inputs: () => DataInputs,
    private readonly onParsed: (result: TimelineParseResult, previous: Timeline | null) => void,
  ) {
    this.source = new SourceController(host);
    this.inline = new InlineDataController(host);
  }

  /** Runs in the host's willUpdate: starts loading a new `src`, and parses the winning input if it is new. */
  update(): void {
    const { src, events, format, refresh } = this.inputs();
    if ((src || null) !== this.src) {
      this.source.load(src);
      this.refresher?.reset();
    }
    this.src = src || null;
    const polling = this.src ? refresh : null;
    if (polling !== this.polling) {
      this.polling = polling;
      if (polling || this.refresher) void this.withRefresher((r) => r.poll(this.polling));
    }
    const { input, format: given } = selectInput(src, this.source.state, events, this.inline.data, format);
    if (input === this.parsedInput && given === this.parsedFormat) return;
    // The data shown stays on screen while the next `src` loads: nothing blanks, and the two can be compared.
    if (input === undefined && this.source.state.status === 'loading' && this.result?.data.events.length) return;
    // A new version of what is shown waits for the code that compares versions, so it appears with its marks at once.
    if (this.result?.data.events.length && !developingCode.settled) return void developingCode.load().then(() => this.host.requestUpdate());
    const parsed = input === undefined || input === null ? null : parseOrLoad(input, given, () => this.host.requestUpdate());
    // TimelineJS, CSV and rich text wait for their code's chunk; the next update parses again. What is shown
    // stays shown meanwhile, so nothing blanks and the new version is compared with it.
    this.importing = parsed === null && input !== undefined && input !== null;
    if (this.importing) {
      if (!this.result?.data.events.length) this.result = null;
      return;
    }
    this.parsedInput = input;
    this.parsedFormat = given;
    if (parsed) this.log(parsed);
    const previous = this.result?.data ?? null;
    const refreshed = this.shown !== null && this.shown.src === this.src && this.source.state.status === 'loaded';
    if (refreshed && parsed && !parsed.data.events.length && previous?.events.length) {
      // A refresh brought nothing usable: keep what is shown (the issues are in the console).
      this.rejected = input;
      // Only a refresh brings a new version of the same src, so its code is in.
      developingCode.value?.refreshFailed(this, parsed.issues.find((i) => i.severity === 'error')?.message ?? 'the data has no events');
      return;
    }
    this.result = parsed;
    this.shown = parsed && this.src && this.source.state.status === 'loaded' ? { src: this.src, at: Date.now() } : null;
    this.stale = null;
    this.rejected = undefined;
    if (parsed) this.onParsed(parsed, previous);
  }

  /** Fetches `src` again now (the element's `refresh()`); resolves once any new data is shown. */
  refresh(): Promise<void> {
    return this.withRefresher((r) => r.now());
  }

  /** Runs `use` with the refresher, once its code is in (if it cannot load, nothing is refreshed). */
  private async withRefresher(use: (refresher: RefreshController) => unknown): Promise<void> {
    await developingCode.load();
    const code = developingFor(this.host);
    if (!code) return;
    this.refresher ??= new code.RefreshController(this.host, () => code.refreshData(this));
    await use(this.refresher);
  }

  /** The note that the data shown is stale, in `words`, or `null` while it is current (its words come with the code that refreshes). */
  staleNote(words: ReaderText): string | null {
    const { stale } = this;
    const code = stale && developingFor(this.host);
    return code ? code.staleNote(words, stale.since, Date.now()) : null;
  }

  /** Whether `src` is loading or the input waits for code, with nothing to show meanwhile: the element says "Loading". */
  get loading(): boolean {
    return !this.result?.data.events.length && ((this.src !== null && this.source.state.status === 'loading') || this.importing);
  }

  /** Why `src` could not be loaded, or `null`. */
  get failure(): { readonly src: string; readonly reason: string } | null {
    const state = this.source.state;
    return this.src !== null && state.status === 'failed' ? state : null;
  }

  /** Whether the input is a `src` still on its way or a list written in the page (shown itself until it is read). */
  get awaited(): boolean {
    return this.src !== null || this.pageList;
  }

  /** Whether the page wrote its events as a list inside the element. */
  get pageList(): boolean {
    return this.inline.data?.kind === 'list';
  }

  /** One collapsed console group per dataset: a heading naming the timeline with the counts, then each problem kept. */
  private log(result: TimelineParseResult): void {
    const { issues, counts } = result;
    if (issues.length === 0) return;
    const name = [this.host.id ? `#${this.host.id}` : '', result.data.title ? JSON.stringify(result.data.title) : (this.src ?? '')].filter(Boolean).join(' ');
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const effects = [
      counts.skippedEvents ? `${count(counts.skippedEvents, 'event')} skipped` : '',
      counts.repairedFields ? `${count(counts.repairedFields, 'field')} repaired` : '',
      counts.dataErrors ? `${count(counts.dataErrors, 'problem')} with the data as a whole` : '',
    ].filter(Boolean).join(', ');
    console.groupCollapsed(`news-timeline${name ? ` ${name}` : ''}: ${count(counts.errors, 'error')}, ${count(counts.warnings, 'warning')} (${effects})`);
    for (const issue of issues) (issue.severity === 'error' ? console.error : console.warn)(`news-timeline: ${issue.message}`);
    const more = counts.errors + counts.warnings - issues.length;
    if (more > 0) console.warn(`…and ${more} more (only the first ${issues.length} are kept)`);
    console.groupEnd();
  }
}
