/**
 * `news-timeline/react`: `<NewsTimeline>` for React, made with @lit/react so properties (such as
 * `events`) are set as properties and the element's DOM events become typed `on…` props:
 * `<NewsTimeline events={data} onNewsTimelineSelect={(e) => …} />`.
 *
 * Importing this module also types the bare tag in React 19's JSX, with React 19's own rules for custom
 * elements: known properties are set as properties, and a listener prop is `on` + the exact event name.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { NewsTimelineFilterChangeEvent, NewsTimelineIssuesEvent, NewsTimelineLoadEvent, NewsTimelineRangeChangeEvent, NewsTimelineSelectEvent, NewsTimelineUpdateEvent } from './events.js';
import { NewsTimeline as NewsTimelineElement } from './news-timeline.js';
import './index.js';

export const NewsTimeline = createComponent({
  tagName: 'news-timeline',
  elementClass: NewsTimelineElement,
  react: React,
  events: {
    onNewsTimelineLoad: 'news-timeline-load' as EventName<NewsTimelineLoadEvent>,
    onNewsTimelineSelect: 'news-timeline-select' as EventName<NewsTimelineSelectEvent>,
    onNewsTimelineRangeChange: 'news-timeline-range-change' as EventName<NewsTimelineRangeChangeEvent>,
    onNewsTimelineIssues: 'news-timeline-issues' as EventName<NewsTimelineIssuesEvent>,
    onNewsTimelineUpdate: 'news-timeline-update' as EventName<NewsTimelineUpdateEvent>,
    onNewsTimelineFilterChange: 'news-timeline-filter-change' as EventName<NewsTimelineFilterChangeEvent>,
  },
  displayName: 'NewsTimeline',
});

/** The element's settable properties, as React 19 passes them to the bare `<news-timeline>` tag. */
type NewsTimelineProperties = Partial<Pick<NewsTimelineElement,
  'events' | 'src' | 'format' | 'label' | 'selected' | 'locale' | 'strings' | 'start' | 'end' | 'story' | 'listView' |
  'deepLink' | 'orientation' | 'verticalBelow' | 'exportButtons' | 'rowHeight' | 'theme' | 'refreshInterval' | 'remember' | 'query' | 'filter'>>;

/** Listener props for the bare tag: React 19 listens to the event named after `on`, exactly. */
interface NewsTimelineListeners {
  'onnews-timeline-load'?: (event: NewsTimelineLoadEvent) => void;
  'onnews-timeline-select'?: (event: NewsTimelineSelectEvent) => void;
  'onnews-timeline-range-change'?: (event: NewsTimelineRangeChangeEvent) => void;
  'onnews-timeline-issues'?: (event: NewsTimelineIssuesEvent) => void;
  'onnews-timeline-update'?: (event: NewsTimelineUpdateEvent) => void;
  'onnews-timeline-filter-change'?: (event: NewsTimelineFilterChangeEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': React.DetailedHTMLProps<React.HTMLAttributes<NewsTimelineElement>, NewsTimelineElement> &
        NewsTimelineProperties & NewsTimelineListeners;
    }
  }
}
