import { render, type ReactiveControllerHost } from 'lit';
import { loadExport, svgToPNG } from '../export/png.js';
import type { GraphicPNGOptions, GraphicSize, StagedGraphic } from '../export/stage.js';
import { createPlanner } from '../plan/plan.js';
import type { ExportSource, GraphicExporter } from './graphic-exporter.js';

export type { ExportSource } from './graphic-exporter.js';

/**
 * Export for the element: `toSVG()`, `toPNG()` and the download buttons. Few readers ever export, so the
 * work (./graphic-exporter.ts, with the SVG writer) loads the first time one asks; if it cannot, export
 * alone fails, with an error that says so. A download that fails says so beside the buttons (`failure`)
 * until the next one works.
 */
export class ExportController {
  /** Why the last download could not be made, shown beside the buttons; empty when it worked. */
  failure = '';
  private exporter: Promise<GraphicExporter> | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly source: ExportSource) {}

  /** The graphic as a standalone SVG document, with its size, laid out for `size` (default: the element's width). */
  async graphic(size: GraphicSize): Promise<StagedGraphic> {
    return (await this.load()).graphic(size);
  }

  /** The graphic as a PNG at `scale` device pixels per CSS pixel (default 2). */
  async png(options: GraphicPNGOptions): Promise<Blob> {
    return (await this.load()).png(options);
  }

  /** A download button's handler. */
  readonly download = async (format: 'svg' | 'png'): Promise<void> => {
    try {
      await (await this.load()).download(format);
      this.failure = '';
    } catch (error) {
      // A button has no caller to reject to: a note beside it says nothing was downloaded, the console says why.
      this.failure = this.source.inputs()?.words.strings.exportFailed(format.toUpperCase()) ?? '';
      console.error(error);
    }
    this.host.requestUpdate();
  };

  /** Export's work, once loaded (again after a failure). */
  private load(): Promise<GraphicExporter> {
    return (this.exporter ??= loadExport(() => import('./graphic-exporter.js'), 'the SVG writer').then(
      // The chunk draws with the bundle's Lit and plans with its layout, rather than carry copies of its own.
      (code) => new code.GraphicExporter(this.host, { ...this.source, plan: createPlanner(), render, rasterise: svgToPNG }),
      (error: unknown) => {
        this.exporter = null;
        throw error;
      },
    ));
  }
}
