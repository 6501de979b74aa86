const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384;

/**
 * Rasterises an SVG document into a PNG: the SVG is loaded as an image (a data: URL, so the canvas
 * is never tainted) and drawn into a canvas at `scale` device pixels per CSS pixel.
 */
export async function svgToPNG(svg: string, width: number, height: number, wantedScale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0)) throw new Error('news-timeline: toPNG() needs the element to be visible (it has no size)');
  const image = new Image(width, height);
  // Well-formed first: a lone surrogate would make encodeURIComponent throw.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(/[\ud800-\udfff]/gu, '\ufffd'))}`;
  try {
    await image.decode();
  } catch (error) {
    throw new Error(`news-timeline: the browser could not draw the SVG as an image (${(error as Error).message})`, { cause: error });
  }
  // Within what browsers allow a canvas (16,384 px a side, about 268 million pixels): a very tall view gets fewer pixels, not none.
  const scale = Math.min(wantedScale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
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
