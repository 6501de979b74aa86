/**
 * Text width without the DOM, so layout runs in Node and in a worker. Widths are Helvetica's
 * (and so Arial's and Liberation Sans's, which share its metrics) in thousandths of an em; the
 * default font stack puts those fonts first. Real glyphs may differ a little: labels reserve the
 * estimated width and clip with an ellipsis, so an error never becomes an overlap.
 */

// Advance widths for U+0020 to U+007E, from the Helvetica and Helvetica-Bold AFM files.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

const PUNCTUATION: Record<string, number> = {
  '\u2013': 556, '\u2014': 1000, '\u2026': 1000, '\u2018': 222, '\u2019': 222, '\u201c': 333, '\u201d': 333,
  '\u00a0': 278, '\u2212': 584, '\u00b7': 278,
};

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300;
}

/** The width of the character at code point `code`, in thousandths of an em. */
function charWidth(code: number, table: readonly number[]): number {
  // Most news text is ASCII: a table lookup, without making a string for the character.
  if (code >= 32 && code <= 126) return table[code - 32]!;
  const char = String.fromCodePoint(code);
  const punctuation = PUNCTUATION[char];
  if (punctuation !== undefined) return punctuation;
  if (isWide(code)) return 1000;
  // Accented Latin letters are as wide as their base letter.
  const base = char.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base <= 126) return table[base - 32]!;
  return 600;
}

/** Space a reader's style sheet adds after every character and every space, in em (see text-spacing.ts). */
export interface LetterSpacing {
  readonly letter: number;
  readonly word: number;
}

const NO_SPACING: LetterSpacing = { letter: 0, word: 0 };

/** Estimated width in px of one line of `text` at `fontSize` px, with the reader's letter and word spacing. */
export function estimateTextWidth(text: string, fontSize: number, bold = false, spacing: LetterSpacing = NO_SPACING): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  let chars = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    // A character beyond the BMP takes two UTF-16 units.
    if (code > 0xffff) i++;
    total += charWidth(code, table);
    chars++;
    if (code === 32) spaces++;
  }
  return (total / 1000 + chars * spacing.letter + spaces * spacing.word) * fontSize;
}

/**
 * How many lines `text` takes wrapped at spaces into `width` px, as a browser fills lines (a word
 * wider than the line takes a line of its own). Browsers also break at hyphens, so they never need more.
 */
export function wrappedLines(text: string, width: number, fontSize: number, bold = false, spacing: LetterSpacing = NO_SPACING): number {
  const space = estimateTextWidth(' ', fontSize, bold, spacing);
  let lines = 1;
  let line = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = estimateTextWidth(word, fontSize, bold, spacing);
    if (line > 0 && line + space + w > width) {
      lines++;
      line = w;
    } else line += (line > 0 ? space : 0) + w;
  }
  return lines;
}

/** The narrowest width in whole px at which `text` wraps into at most `lines` lines, never below its longest word. */
export function narrowestWidth(text: string, lines: number, fontSize: number, bold = false, spacing: LetterSpacing = NO_SPACING): number {
  const whole = Math.ceil(estimateTextWidth(text, fontSize, bold, spacing));
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => Math.ceil(estimateTextWidth(word, fontSize, bold, spacing))));
  let low = Math.max(longest, Math.floor(whole / lines));
  let high = whole;
  // Wider never needs more lines, so the narrowest fit is found by bisection.
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (wrappedLines(text, mid, fontSize, bold, spacing) <= lines) high = mid;
    else low = mid + 1;
  }
  return high;
}
