import type { TemplateResult } from 'lit';

/** The size of an exported graphic in CSS px: the element's width and the graphic's own height by default. */
export interface GraphicSize {
  readonly width?: number;
  readonly height?: number;
}

/** A graphic's size and, for a PNG, its device pixels per CSS pixel (default 2). */
export interface GraphicPNGOptions extends GraphicSize {
  readonly scale?: number;
}

/** What staging a graphic asks of the element; `Plan` is the element's plan, which staging only passes along. */
export interface StageOptions<Plan> {
  /** Where the graphic is drawn, off screen: inside the element's shadow root, so its styles and the page's tokens apply. */
  readonly root: () => Node & ParentNode;
  /** The element's width now. */
  readonly width: () => number;
  /** The plan at `width`, its drawing filling `fill` px in height (or as tall as it needs). */
  readonly plan: (width: number, fill: number | null) => Plan | null;
  /** The graphic alone for a plan (see render/graphic.ts), `height` px tall when given. */
  readonly view: (plan: Plan, height: number | null) => TemplateResult;
  /**
   * Lit's `render`, from the element: this module loads on demand, without a Lit of its own, since a
   * second copy would not know the element's templates.
   */
  readonly render: (view: TemplateResult, container: HTMLElement) => unknown;
}

/** A staged graphic, written out: the SVG document and its size. */
export interface StagedGraphic {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const positive = (n: number | undefined): number | null => (n !== undefined && Number.isFinite(n) && n > 0 ? Math.round(n) : null);

/**
 * Loaded on demand with the SVG writer (see controllers/graphic-exporter.ts and rollup.config.js `ON_DEMAND`): few readers export.
 *
 * Lays the timeline out again as a graphic of the size asked for, in a copy drawn off screen and
 * hidden from readers and keys, and hands it to `write` (the SVG writer, in the same chunk). The
 * drawing is laid out for the width; for a height, the title, legend and credit are measured first,
 * then the lanes are laid out to fill what they leave. Nothing on screen moves.
 */
export function stageGraphic<Plan>(options: StageOptions<Plan>, size: GraphicSize, write: (region: HTMLElement) => string): StagedGraphic {
  const width = positive(size.width) ?? positive(options.width());
  if (width === null) throw new Error('news-timeline: export needs a width: the element is not laid out yet (hidden?), so pass { width }');
  const height = positive(size.height);
  const first = options.plan(width, null);
  if (!first) throw new Error('news-timeline: there is nothing to export yet (no events)');
  const stage = document.createElement('div');
  stage.inert = true;
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position: fixed; left: -100000px; top: 0; width: ${width}px;`;
  options.root().append(stage);
  try {
    const { render } = options;
    render(options.view(first, height), stage);
    const region = stage.firstElementChild as HTMLElement;
    const plot = region.querySelector('.plot.drawn');
    if (height !== null && plot) {
      // Reading sizes lays the copy out at once: no frame needs to pass.
      const fill = plot.getBoundingClientRect().height;
      const filled = options.plan(width, Math.max(1, fill));
      if (filled) render(options.view(filled, height), stage);
    }
    const svg = write(region);
    return { svg, width, height: Math.ceil(region.getBoundingClientRect().height) };
  } finally {
    stage.remove();
  }
}
