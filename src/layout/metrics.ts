/**
 * The geometry of a horizontal timeline, in px. Layout is computed from these before any CSS
 * applies, so styles may change colours and fonts but not these sizes.
 */
export const TIMELINE_METRICS = {
  paddingX: 16,
  /** Space above the lanes for era names and the "as reported" label. */
  bandHeight: 24,
  /** Space above the lanes when there is no band. */
  topGap: 6,
  /** A lane's name above its rows, and its baseline from the lane's top. */
  laneHeaderHeight: 18,
  laneHeaderBaseline: 13,
  laneGap: 6,
  /** Compact rows are as tall as their tallest label (or a marker's target) and this. */
  rowPadding: 4,
  maxRowsPerLane: 3,
  /** Marker radius by importance 1, 2, 3. */
  markerRadius: [5, 6, 7],
  /** Height of a range bar. */
  barHeight: 10,
  /** Smallest target for a pointer or a finger (WCAG 2.2 target size). */
  minTarget: 24,
  /** Space between a marker and its label. */
  labelGap: 6,
  /** Line heights of a label's title (up to two lines) and date. */
  titleLineHeight: 18,
  dateLineHeight: 16,
  maxTitleLines: 2,
  titleFontSize: 14,
  dateFontSize: 12,
  /** A label wrapped on two lines never grows past this; one on a single line past the next; neither past the share of the width. */
  maxLabelWidth: 240,
  maxSingleLineWidth: 420,
  maxLabelShare: 0.62,
  axisHeight: 30,
} as const;
