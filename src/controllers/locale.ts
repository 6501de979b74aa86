import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warmUp } from '../model/warm-up.js';
import { ReaderText } from '../plan/reader-text.js';
import type { TimelineStringOverrides } from '../strings.js';
import { loadStrings, mergeStrings, resolveLocale, stringsFor } from '../strings/pick.js';

/** The element's language settings: its `locale` and `strings` properties. */
export interface LocaleInputs {
  readonly locale: string | null;
  readonly strings: TimelineStringOverrides;
}

/**
 * The reader's language and direction, in one place: the locale (the `locale` property, else the
 * nearest `lang`, else the browser's), the interface text with the page's overrides, the words every
 * view reads (`words`), and the one answer to "is this page right to left" that the layout, the
 * gestures and the arrow keys all use.
 */
export class LocaleController implements ReactiveController {
  locale: string | undefined = undefined;
  words = new ReaderText(stringsFor(undefined), undefined);
  rtl = false;
  private overrides: TimelineStringOverrides | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly inputs: () => LocaleInputs) {
    host.addController(this);
  }

  /** `null` when the language is at hand; else a promise for it, which an update waits for rather than show English first. */
  ready(): Promise<void> | null {
    return loadStrings(resolveLocale(this.inputs().locale, this.host));
  }

  /** Runs in the host's willUpdate. */
  update(): void {
    const { locale, strings } = this.inputs();
    const resolved = resolveLocale(locale, this.host);
    if (resolved !== this.locale || strings !== this.overrides) {
      this.locale = resolved;
      this.overrides = strings;
      this.words = new ReaderText(mergeStrings(stringsFor(resolved), strings), resolved);
    }
    this.rtl = isRightToLeft(this.host);
  }

  hostConnected(): void {
    // While the data is on its way, build the date and number formatters off the path to the first render:
    // when the page is idle, so that an element given its data at once paints before this runs.
    (globalThis.requestIdleCallback ?? setTimeout)(() => warmUp(resolveLocale(this.inputs().locale, this.host)));
  }
}

/** The element's direction, as CSS resolves `dir` (`:dir()`); absent on the server, where it is left to right. */
function isRightToLeft(host: Element): boolean {
  try {
    return host.matches?.(':dir(rtl)') ?? false;
  } catch {
    // Browsers without :dir(): the nearest dir attribute.
    return host.closest?.('[dir]')?.getAttribute('dir') === 'rtl';
  }
}
