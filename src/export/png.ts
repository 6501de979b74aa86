/**
 * Loading export's code. Few readers ever export, so the code that stages and writes the SVG (with
 * controllers/graphic-exporter.ts) and the code that draws it into a canvas (./raster.ts) load only
 * when someone asks (`toSVG()`, `toPNG()`, the download buttons), each as its own chunk. If one cannot
 * load, export alone fails, with an error that says so.
 */

/** Loads an export module, or fails with an error that names what could not load and why. */
export async function loadExport<T>(importer: () => Promise<T>, what: string): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new Error(`news-timeline: ${what} could not load, so export is unavailable (${(error as Error).message})`, { cause: error });
  }
}

/** Rasterises an SVG document into a PNG at `scale` device pixels per CSS pixel (see ./raster.ts). */
export async function svgToPNG(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const { svgToPNG: rasterise } = await loadExport(() => import('./raster.js'), 'the PNG writer');
  return rasterise(svg, width, height, scale);
}
