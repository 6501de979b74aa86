/**
 * PNG export for the element. Drawing an SVG into a canvas is only needed when someone asks for a PNG
 * (`toPNG()`, the download button), so ./raster.ts loads then, as its own chunk.
 */

/** Rasterises an SVG document into a PNG at `scale` device pixels per CSS pixel (see ./raster.ts). */
export async function svgToPNG(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const { svgToPNG: rasterise } = await import('./raster.js');
  return rasterise(svg, width, height, scale);
}

/** Offers a blob to the reader as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
