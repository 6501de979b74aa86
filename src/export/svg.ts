/**
 * The current view as a standalone SVG document: drawn shapes are cloned with their computed styles
 * inlined, and every visible line of text becomes an SVG <text> at the position the browser laid it
 * out, with its font named. No scripts, no external styles: it renders the same anywhere. Offering a
 * download lives here too: every download (SVG or PNG) starts by writing the SVG. It loads on demand,
 * with the staging of the graphic (./stage.ts), in export's chunk (controllers/graphic-exporter.ts).
 */

const NS = 'http://www.w3.org/2000/svg';
const SHAPE_STYLES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-transform', 'letter-spacing'] as const;
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

type Origin = { readonly left: number; readonly top: number };

const round = (n: number) => String(Math.round(n * 10) / 10);

function make(doc: XMLDocument, name: string, attributes: Record<string, string | number>, text?: string): Element {
  const node = doc.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, typeof value === 'number' ? round(value) : value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Copies an inline <svg> (chart, marker, legend swatch) with its computed styles, placed where it is on screen. */
function cloneShape(doc: XMLDocument, source: SVGSVGElement, origin: Origin): Element | null {
  const box = source.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const copy = doc.importNode(source, true) as Element;
  const sources = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = copies[i]!;
    target.setAttribute('style', SHAPE_STYLES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
    for (const a of ['class', 'part', 'aria-hidden']) target.removeAttribute(a);
  });
  copy.setAttribute('x', round(box.left - origin.left));
  copy.setAttribute('y', round(box.top - origin.top));
  copy.setAttribute('overflow', 'visible');
  return copy;
}

/** A filled or outlined box for an HTML element with a background or a border (cards, pills, the spine). */
function boxFor(doc: XMLDocument, style: CSSStyleDeclaration, x: number, y: number, width: number, height: number): Element | null {
  const border = parseFloat(style.borderTopWidth) || 0;
  const fill = style.backgroundColor;
  if ((fill === TRANSPARENT || !fill) && !border) return null;
  if (width <= 0 || height <= 0) return null;
  return make(doc, 'rect', {
    x, y, width, height, rx: Math.min(parseFloat(style.borderTopLeftRadius) || 0, height / 2),
    fill: fill === TRANSPARENT ? 'none' : fill, stroke: border ? style.borderTopColor : 'none', 'stroke-width': border,
  });
}

/** Backgrounds, borders and positioned ::before decorations of the HTML part of the view. */
function collectBoxes(doc: XMLDocument, region: HTMLElement, origin: Origin, out: Element): void {
  for (const el of region.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('svg, .export, .print-list, .visually-hidden, .close') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const box = boxFor(doc, style, r.left - origin.left, r.top - origin.top, r.width, r.height);
    if (box) out.append(box);
    // A one-sided rule (the card's accent border) as a strip on that side.
    for (const side of ['Left', 'Right'] as const) {
      const width = parseFloat(style[`border${side}Width`]) || 0;
      if (!width || parseFloat(style.borderTopWidth)) continue;
      const x = side === 'Left' ? r.left - origin.left : r.right - origin.left - width;
      out.append(make(doc, 'rect', { x, y: r.top - origin.top, width, height: r.height, fill: style[`border${side}Color`] }));
    }
    const before = getComputedStyle(el, '::before');
    if (before.content === 'none' || before.content === 'normal') continue;
    const left = parseFloat(before.left);
    const top = parseFloat(before.top);
    const width = parseFloat(before.width) || 0;
    const height = parseFloat(before.height) || 0;
    const x = r.left - origin.left + (Number.isFinite(left) ? left : parseFloat(getComputedStyle(el).paddingLeft) || 0);
    // A static ::before (a rule in a flex row) sits at the row's middle.
    const y = r.top - origin.top + (Number.isFinite(top) ? top : r.height / 2);
    const decoration = boxFor(doc, before, x, y, width, Number.isFinite(top) ? height : Math.max(1, parseFloat(before.borderTopWidth) || 0));
    if (decoration && !Number.isFinite(top) && before.borderTopStyle === 'dashed') decoration.setAttribute('stroke-dasharray', '4 3');
    if (decoration) out.append(decoration);
  }
}

/** Each rendered line of a text node, as it is clipped on screen (an ellipsis marks cut text). */
function textLines(node: Text, clip: DOMRect): { text: string; left: number; top: number; height: number }[] {
  const lines: { text: string; left: number; top: number; height: number }[] = [];
  const range = document.createRange();
  const data = node.data;
  let cut = false;
  for (let i = 0; i < data.length;) {
    const size = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    range.setStart(node, i);
    range.setEnd(node, i + size);
    const r = range.getClientRects()[0];
    const char = data.slice(i, i + size);
    i += size;
    if (!r) continue;
    if (r.right > clip.right + 1 || r.bottom > clip.bottom + 1 || r.left < clip.left - 1) {
      cut ||= char.trim() !== '';
      continue;
    }
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.top - r.top) < r.height / 2) line.text += char;
    else lines.push({ text: char, left: r.left, top: r.top, height: r.height });
  }
  const last = lines[lines.length - 1];
  if (cut && last) last.text = `${last.text.trimEnd()}…`;
  return lines.filter((l) => l.text.trim() !== '');
}

/** Every visible text of the HTML part of the view, line by line, as SVG text in its own font and colour. */
function collectText(doc: XMLDocument, region: HTMLElement, origin: Origin, out: Element): void {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest('svg, .export, .print-list, .visually-hidden, .close')) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const style = getComputedStyle(parent);
    const clipper = parent.closest('.label-title, .label-date, .label') ?? parent;
    for (const line of textLines(node, clipper.getBoundingClientRect())) {
      out.append(make(doc, 'text', {
        x: line.left - origin.left, y: line.top - origin.top + line.height * 0.8,
        fill: style.color, 'font-family': style.fontFamily, 'font-size': style.fontSize, 'font-weight': style.fontWeight,
        'font-style': style.fontStyle, style: `text-transform:${style.textTransform};letter-spacing:${style.letterSpacing}`,
      }, line.text));
    }
  }
}

/** Serialises `region` (the element's visible timeline) as a standalone SVG document string. */
export function exportSVG(region: HTMLElement, name: string): string {
  const rect = region.getBoundingClientRect();
  const origin = { left: rect.left, top: rect.top };
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const host = getComputedStyle(region);
  const width = Math.ceil(rect.width);
  const height = Math.ceil(rect.height);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': host.fontFamily, role: 'img' })) root.setAttribute(k, String(v));
  root.append(make(doc, 'title', {}, name));
  root.append(make(doc, 'rect', { width, height, fill: getComputedStyle(region.getRootNode() instanceof ShadowRoot ? (region.getRootNode() as ShadowRoot).host : region).backgroundColor }));
  const boxes = make(doc, 'g', {});
  collectBoxes(doc, region, origin, boxes);
  const shapes = make(doc, 'g', {});
  for (const svg of region.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg, .export, .print-list')) continue;
    const copy = cloneShape(doc, svg, origin);
    if (copy) shapes.append(copy);
  }
  const texts = make(doc, 'g', {});
  collectText(doc, region, origin, texts);
  root.append(boxes, shapes, texts);
  // Lit's template markers are comments: a standalone file does not need them.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  return xmlText(new XMLSerializer().serializeToString(doc));
}

/**
 * `text` without the characters XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets): control
 * characters and lone surrogates from the data would make the file unreadable, and the PNG with it.
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
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
