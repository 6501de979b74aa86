/**
 * `news-timeline/data`: the data layer with no DOM, for Node, build scripts and workers.
 */
export type {
  NewsEvent, NewsEventStatus, NewsEventUpdate, NewsEventUpdateKind, NewsMedia, NewsSource, TimelineData, TimelineEra, TimelineGroup, TimelineInput, TimelineJsDocument,
} from './model/types.js';
export { NEWS_EVENT_STATUSES } from './model/types.js';
export type {
  Timeline, TimelineEvent, TimelineEventUpdate, TimelineEraSpan, TimelineIssue, TimelineIssueCounts, TimelineIssueSeverity, TimelineParseResult, TimelineSource,
} from './model/timeline.js';
export { parseTimeline, type ParseOptions } from './model/parse.js';
export { detectFormat, TIMELINE_FORMATS, type TimelineFormat } from './model/formats.js';
export { serializeTimeline } from './model/serialize.js';
export { diffTimelines, type TimelineDiff } from './model/diff.js';
export { parseCsv, type CsvTable } from './model/csv.js';
export { TIMELINEJS_COLUMNS } from './model/csv-template.js';
export { LIMITS } from './model/limits.js';
export { parseDate, type DatePrecision, type DateQualifier, type TimelineDate, type DateParseResult } from './model/dates.js';
export { formatDate, formatDateRange, formatEventDate } from './model/format-date.js';
export { safeUrl } from './model/urls.js';
export { locateIssue, type TextSpan } from './model/locate-issue.js';
export { layoutTimeline, type TimelineLayout, type LayoutOptions } from './layout/layout.js';
