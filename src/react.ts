/**
 * `news-timeline/react`: `<NewsTimeline>` for React, made with @lit/react so properties (such as
 * `events`) are set as properties and the element's DOM events become typed `on…` props.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { NewsTimelineLoadEvent, NewsTimelineSelectEvent } from './events.js';
import { NewsTimeline as NewsTimelineElement } from './news-timeline.js';
import './index.js';

export const NewsTimeline = createComponent({
  tagName: 'news-timeline',
  elementClass: NewsTimelineElement,
  react: React,
  events: {
    onNewsTimelineLoad: 'news-timeline-load' as EventName<NewsTimelineLoadEvent>,
    onNewsTimelineSelect: 'news-timeline-select' as EventName<NewsTimelineSelectEvent>,
  },
  displayName: 'NewsTimeline',
});
