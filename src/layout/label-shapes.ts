import { TIMELINE_METRICS as M } from './metrics.js';
import { estimateTextWidth, narrowestWidth } from './text-width.js';

/** One shape a label can take beside its marker: its title on one line or wrapped on two, the date under it. */
export interface LabelShape {
  readonly width: number;
  readonly height: number;
  readonly titleLines: 1 | 2;
}

/** Slack for the browser's real glyphs, which the estimate only approaches. */
const SLACK = 4;

/**
 * The shapes a label may take, the one a reader scans fastest first: the title on one line where it
 * is no wider than `maxSingle`; else, or when that is much wider, wrapped on two lines as narrow as
 * the words allow (never wider than `maxWrapped`, which is at most `maxSingle`; a longer title ends in an ellipsis). A row tries
 * them in this order, so a narrow wrapped label takes a row's last gap before a new row opens.
 */
export function labelShapes(title: string, date: string, maxSingle: number, maxWrapped: number): LabelShape[] {
  const titleWidth = estimateTextWidth(title, M.titleFontSize, true);
  const dateWidth = estimateTextWidth(date, M.dateFontSize);
  const shapes: LabelShape[] = [];
  const single = Math.ceil(Math.max(titleWidth, dateWidth)) + SLACK;
  if (single <= maxSingle) shapes.push({ width: single, height: M.titleLineHeight + M.dateLineHeight, titleLines: 1 });
  const wrapped = Math.min(maxWrapped, Math.max(narrowestWidth(title, M.maxTitleLines, M.titleFontSize, true), Math.ceil(dateWidth)) + SLACK);
  // Wrapping is worth a taller row only when it saves real width.
  if (shapes.length === 0 || wrapped < single * 0.8) {
    shapes.push({ width: wrapped, height: M.maxTitleLines * M.titleLineHeight + M.dateLineHeight, titleLines: 2 });
  }
  return shapes;
}
