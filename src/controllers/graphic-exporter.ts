import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { stageGraphic, type GraphicPNGOptions, type GraphicSize, type StagedGraphic, type StageOptions } from '../export/stage.js';
import { downloadBlob, exportSVG } from '../export/svg.js';
import type { Timeline } from '../model/timeline.js';
import type { PlanInputs, TimelinePlan } from '../plan/plan.js';
import type { ReaderText } from '../plan/reader-text.js';

/** What exporting asks of the element: its data and settings as they are now. */
export interface ExportSource {
  /**
   * The plan inputs the view on screen was planned with (`null` before the first): the graphic keeps its
   * events, language, settings, window and width, and the reader's text spacing, which applies where it
   * is staged (in the element) as on screen.
   */
  readonly inputs: () => PlanInputs | null;
  /** The graphic's title: the element's label, else the dataset's. */
  readonly title: () => string | null;
  readonly root: () => Node & ParentNode;
  /** The graphic alone for a plan (render/graphic.ts). */
  readonly view: (plan: TimelinePlan, timeline: Timeline, words: ReaderText, title: string | null, height: number | null) => TemplateResult;
  /** The downloaded file's name, without extension. */
  readonly fileName: () => string;
}

/** What the graphic is made with, from the bundle (./exporter.ts): this module loads on demand, without a copy of its own of any. */
export interface ExportTools {
  /**
   * A planner of export's own (plan/plan.ts `createPlanner()`), so exporting never costs the view on
   * screen its remembered layout.
   */
  readonly plan: (inputs: PlanInputs) => TimelinePlan;
  /** Lit's `render` (see `StageOptions`). */
  readonly render: StageOptions<TimelinePlan>['render'];
  /** The PNG writer (export/png.ts `svgToPNG`, its own chunk). */
  readonly rasterise: (svg: string, width: number, height: number, scale: number) => Promise<Blob>;
}

/**
 * Export's work, loaded on demand with the SVG writer (the `svg` chunk, see ./exporter.ts): the graphic
 * planned for the size asked for and written as SVG, the PNG made from it, and the file offered for
 * download. It throws with what went wrong; ./exporter.ts reports it.
 */
export class GraphicExporter {
  constructor(private readonly host: ReactiveControllerHost, private readonly source: ExportSource & ExportTools) {}

  /** The graphic as a standalone SVG document, with its size, laid out for `size` (default: the element's width). */
  async graphic(size: GraphicSize): Promise<StagedGraphic> {
    await this.host.updateComplete;
    const { source } = this;
    const inputs = source.inputs();
    const timeline = inputs?.timeline;
    if (!inputs || !timeline) throw new Error('news-timeline: there is nothing to export yet (no data)');
    const { words } = inputs;
    const title = source.title();
    return stageGraphic({
      render: source.render,
      root: source.root,
      width: () => inputs.width,
      plan: (width, fill) => source.plan({
        ...inputs, width, listView: false, selected: null, focus: null, touched: [], band: [0, Infinity], fill,
        // A graphic to publish carries no reader's marks.
        marks: new Map(),
      }),
      view: (plan, height) => source.view(plan, timeline, words, title, height),
    }, size, (region) => exportSVG(region, title ?? words.strings.timeline));
  }

  /** The graphic as a PNG at `scale` device pixels per CSS pixel (default 2). */
  async png(options: GraphicPNGOptions): Promise<Blob> {
    const { svg, width, height } = await this.graphic(options);
    const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
    return this.source.rasterise(svg, width, height, scale);
  }

  /** Offers the graphic as an SVG or PNG file to download. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const blob = format === 'svg' ? new Blob([(await this.graphic({})).svg], { type: 'image/svg+xml' }) : await this.png({});
    downloadBlob(blob, `${this.source.fileName()}.${format}`);
  }
}
