/**
 * Rasterises an SVG document into a PNG: the SVG is loaded as an image (a data: URL, so the canvas
 * is never tainted) and drawn into a canvas at `scale` device pixels per CSS pixel.
 */
export async function svgToPNG(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('news-timeline: this browser cannot draw into a canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('news-timeline: PNG encoding failed'))), 'image/png'));
}
