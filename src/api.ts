/** The public API without side effects: the element class, its events, and the data layer. */
export { NewsTimeline } from './news-timeline.js';
export type { GraphicPNGOptions, GraphicSize } from './export/stage.js';
export { NewsTimelineFilterChangeEvent, NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent, NewsTimelineUpdateEvent } from './events.js';
export type { TimelineFilter } from './model/search.js';
export { ENGLISH, type TimelineStringOverrides, type TimelineStrings } from './strings.js';
export { loadLanguage } from './strings/pick.js';
export * from './data.js';
