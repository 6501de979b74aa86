/**
 * Export for the element. Few readers ever export, so the code that writes the SVG (./svg.ts) and
 * the code that draws it into a canvas (./raster.ts) load only when someone asks (`toSVG()`,
 * `toPNG()`, the download buttons), each as its own chunk. If one cannot load, export alone fails,
 * with an error that says so.
 */
import type { GraphicSize, StagedGraphic, StageOptions } from './stage.js';


/** Loads an export module, or fails with an error that names what could not load and why. */
async function load<T>(importer: () => Promise<T>, what: string): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new Error(`news-timeline: ${what} could not load, so export is unavailable (${(error as Error).message})`, { cause: error });
  }
}

/** The graphic laid out again off screen and written as SVG (./stage.ts, in the SVG writer's chunk). */
export async function stage<Plan>(options: StageOptions<Plan>, size: GraphicSize, title: string): Promise<StagedGraphic> {
  const writer = await load(() => import('./svg.js'), 'the SVG writer');
  return writer.stageGraphic(options, size, (region) => writer.exportSVG(region, title));
}

/** Rasterises an SVG document into a PNG at `scale` device pixels per CSS pixel (see ./raster.ts). */
export async function svgToPNG(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const { svgToPNG: rasterise } = await load(() => import('./raster.js'), 'the PNG writer');
  return rasterise(svg, width, height, scale);
}

/** Offers a blob to the reader as a file download (with the SVG writer, which every download has loaded). */
export async function downloadBlob(blob: Blob, filename: string): Promise<void> {
  (await load(() => import('./svg.js'), 'the SVG writer')).downloadBlob(blob, filename);
}
