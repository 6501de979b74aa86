import type { ReactiveControllerHost } from 'lit';
import type { TimelineFormat } from '../model/formats.js';
import { parseOrLoad } from '../model/lazy-parse.js';
import type { TimelineParseResult } from '../model/timeline.js';
import type { TimelineInput } from '../model/types.js';
import { InlineDataController } from './inline-data.js';
import { selectInput } from './select-input.js';
import { SourceController } from './source.js';

/** Where the element's data comes from: its properties, read at each update. */
export interface DataInputs {
  readonly src: string | null;
  readonly events: TimelineInput | null;
  readonly format: TimelineFormat | null;
}

/**
 * Everything about getting data: fetching `src`, reading data written inside the element, picking
 * the input that wins (`src`, then `events`, then a script child, then a list), loading the importers
 * a format needs, parsing once per input, and logging each problem once. The element reads `result`
 * and the state for its notices; `onParsed` tells it a new dataset is in.
 */
export class DataController {
  /** The parsed data, or `null` while there is none (yet). */
  result: TimelineParseResult | null = null;
  /** Waiting for the code that reads this format (TimelineJS, CSV) or its rich text. */
  importing = false;
  private readonly source: SourceController;
  private readonly inline: InlineDataController;
  private parsedInput: unknown = undefined;
  private parsedFormat: TimelineFormat | null = null;
  private src: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => DataInputs,
    private readonly onParsed: (result: TimelineParseResult) => void,
  ) {
    this.source = new SourceController(host);
    this.inline = new InlineDataController(host);
  }

  /** Runs in the host's willUpdate: starts loading a new `src`, and parses the winning input if it is new. */
  update(): void {
    const { src, events, format } = this.inputs();
    if ((src || null) !== this.src) this.source.load(src);
    this.src = src || null;
    const { input, format: given } = selectInput(src, this.source.state, events, this.inline.data, format);
    if (input === this.parsedInput && given === this.parsedFormat) return;
    const parsed = input === undefined || input === null ? null : parseOrLoad(input, given, () => this.host.requestUpdate());
    // TimelineJS and CSV wait for their importers' chunk; the next update parses again.
    this.importing = parsed === null && input !== undefined && input !== null;
    if (!this.importing) {
      this.parsedInput = input;
      this.parsedFormat = given;
    }
    this.result = parsed;
    if (parsed) {
      this.log(parsed);
      this.onParsed(parsed);
    }
  }

  /** Whether `src` is loading or the input waits for code: the element says "Loading". */
  get loading(): boolean {
    return (this.src !== null && this.source.state.status === 'loading') || this.importing;
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
