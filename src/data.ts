/**
 * `news-timeline/data`: the data layer with no DOM, for Node, build scripts and workers.
 */
export type {
  NewsEvent, NewsEventStatus, NewsMedia, NewsSource, TimelineData, TimelineEra, TimelineGroup, TimelineInput,
} from './model/types.js';
export { NEWS_EVENT_STATUSES } from './model/types.js';
export type {
  Timeline, TimelineEvent, TimelineEraSpan, TimelineIssue, TimelineIssueSeverity, TimelineParseResult, TimelineSource,
} from './model/timeline.js';
export { parseTimeline } from './model/parse.js';
export { parseDate, type DatePrecision, type DateQualifier, type TimelineDate, type DateParseResult } from './model/dates.js';
export { formatDate, formatDateRange, formatEventDate } from './model/format-date.js';
export { safeUrl } from './model/urls.js';
export { layoutTimeline, type TimelineLayout, type LayoutOptions } from './layout/layout.js';
