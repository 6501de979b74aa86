/**
 * The entry of dist/news-timeline.bundle.js, the one file a page loads with <script type="module">:
 * registers `<news-timeline>` and exports the element and its events. The data layer (parsing in Node,
 * importers, layout) is for npm users, from `news-timeline/data`; leaving it out keeps the file small,
 * and the element loads the importers it needs on demand.
 */
import { defineNewsTimeline } from './define.js';

export { NewsTimeline } from './news-timeline.js';
export { NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent, NewsTimelineUpdateEvent } from './events.js';
export { loadLanguage } from './strings/pick.js';

defineNewsTimeline();
