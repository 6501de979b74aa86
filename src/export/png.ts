/**
 * Export for the element. Few readers ever export, so the code that writes the SVG (./svg.ts) and
 * the code that draws it into a canvas (./raster.ts) load only when someone asks (`toSVG()`,
 * `toPNG()`, the download buttons), each as its own chunk.
 */

/** The rendered region as a standalone SVG document (see ./svg.ts). */
export async function regionToSVG(region: HTMLElement, title: string): Promise<string> {
  const { exportSVG } = await import('./svg.js');
  return exportSVG(region, title);
}

/** Rasterises an SVG document into a PNG at `scale` device pixels per CSS pixel (see ./raster.ts). */
export async function svgToPNG(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const { svgToPNG: rasterise } = await import('./raster.js');
  return rasterise(svg, width, height, scale);
}

/** Offers a blob to the reader as a file download (with the SVG writer, which every download has loaded). */
export async function downloadBlob(blob: Blob, filename: string): Promise<void> {
  (await import('./svg.js')).downloadBlob(blob, filename);
}
