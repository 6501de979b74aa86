import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TIMELINE_METRICS as M } from '../layout/metrics.js';
import { DEFAULT_SPACING, sameSpacing, type TextSpacing } from '../layout/text-spacing.js';

/**
 * WCAG 1.4.12: the reader's text spacing (a style sheet of their own may set line height, letter and
 * word spacing on every element), measured on a hidden label title and date in the element
 * (`renderSpacingProbe`). Their boxes change size when the spacing does, so a resize observer notices
 * a sheet added at any time; the element then lays its labels out again for it.
 */
export class TextSpacingController implements ReactiveController {
  /** The spacing to lay out with: the element's own until a reader's differs. */
  value: TextSpacing = DEFAULT_SPACING;
  private observer: ResizeObserver | null = null;
  private probe: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly root: () => ParentNode | null) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Once rendered the probe stays: it is looked for (through the whole shadow root, as it comes last) only until then.
    if (this.probe?.isConnected || typeof ResizeObserver === 'undefined') return;
    const probe = this.root()?.querySelector('.spacing-probe') ?? null;
    if (!probe) return;
    this.observer?.disconnect();
    this.probe = probe;
    this.observer = new ResizeObserver(this.measure);
    for (const line of probe.children) this.observer.observe(line);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.probe = null;
  }

  private readonly measure = (): void => {
    const [title, date] = [...(this.probe?.children ?? [])] as HTMLElement[];
    if (!title || !date) return;
    const style = getComputedStyle(title);
    // Spacing in em of the title's size; "normal" is none.
    const em = (value: string) => (parseFloat(value) || 0) / M.titleFontSize;
    const next: TextSpacing = {
      titleLine: Math.max(M.titleLineHeight, title.getBoundingClientRect().height),
      dateLine: Math.max(M.dateLineHeight, date.getBoundingClientRect().height),
      letter: Math.max(0, em(style.letterSpacing)),
      word: Math.max(0, em(style.wordSpacing)),
    };
    if (sameSpacing(next, this.value)) return;
    this.value = next;
    this.host.requestUpdate();
  };
}
