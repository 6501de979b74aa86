import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { downloadBlob, regionToSVG, svgToPNG } from '../export/png.js';
import type { Timeline } from '../model/timeline.js';
import type { PlanInputs, TimelinePlan } from '../plan/plan.js';
import { createPlanner } from '../plan/plan.js';
import type { ReaderText } from '../plan/reader-text.js';
import { stageGraphic, type GraphicSize, type StagedGraphic } from './export-stage.js';

/** What exporting asks of the element: its data and settings as they are now. */
export interface ExportSource {
  readonly timeline: () => Timeline | null;
  readonly words: () => ReaderText;
  /** The graphic's title: the element's label, else the dataset's. */
  readonly title: () => string | null;
  /** The plan inputs the view on screen was planned with; the graphic keeps its settings and window. */
  readonly inputs: () => Pick<PlanInputs, 'orientation' | 'verticalBelow' | 'view' | 'rtl' | 'rowHeight'>;
  readonly width: () => number;
  readonly root: () => Node & ParentNode;
  /** The graphic alone for a plan (render/graphic.ts). */
  readonly view: (plan: TimelinePlan, timeline: Timeline, words: ReaderText, title: string | null, height: number | null) => TemplateResult;
  /** The downloaded file's name, without extension. */
  readonly fileName: () => string;
}

/**
 * Export for the element: `toSVG()`, `toPNG()` and the download buttons. The graphic is planned by a
 * planner of its own, so exporting never costs the view on screen its remembered layout; a download
 * that fails says so beside the buttons (`failure`) until the next one works.
 */
export class ExportController {
  /** Why the last download could not be made, shown beside the buttons; empty when it worked. */
  failure = '';
  private readonly plan = createPlanner();

  constructor(private readonly host: ReactiveControllerHost, private readonly source: ExportSource) {}

  /** The graphic as a standalone SVG document, with its size, laid out for `size` (default: the element's width). */
  async graphic(size: GraphicSize): Promise<StagedGraphic> {
    await this.host.updateComplete;
    const { source } = this;
    const timeline = source.timeline();
    if (!timeline) throw new Error('news-timeline: there is nothing to export yet (no data)');
    const words = source.words();
    const title = source.title();
    return stageGraphic({
      root: source.root,
      width: source.width,
      plan: (width, fill) => this.plan({
        ...source.inputs(), timeline, width, words, listView: false, selected: null, focus: null, touched: [], band: [0, Infinity], fill,
        // A graphic to publish carries no reader's marks.
        marks: new Map(),
      }),
      view: (plan, height) => source.view(plan, timeline, words, title, height),
    }, size, (region) => regionToSVG(region, title ?? words.strings.timeline));
  }

  /** The graphic as a PNG at `scale` device pixels per CSS pixel (default 2). */
  async png(options: GraphicSize & { readonly scale?: number }): Promise<Blob> {
    const { svg, width, height } = await this.graphic(options);
    const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
    return svgToPNG(svg, width, height, scale);
  }

  /** A download button's handler. */
  readonly download = async (format: 'svg' | 'png'): Promise<void> => {
    try {
      const blob = format === 'svg' ? new Blob([(await this.graphic({})).svg], { type: 'image/svg+xml' }) : await this.png({});
      await downloadBlob(blob, `${this.source.fileName()}.${format}`);
      this.failure = '';
    } catch (error) {
      // A button has no caller to reject to: a note beside it says nothing was downloaded, the console says why.
      this.failure = this.source.words().strings.exportFailed(format.toUpperCase());
      console.error(error);
    }
    this.host.requestUpdate();
  };
}
