import { eventIndex } from '../layout/event-index.js';
import type { ClusterLayout } from '../layout/layout.js';
import { formatDate, formatEventDate } from '../model/format-date.js';
import { formatCompactCount, formatCount } from '../model/format-number.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import { remember } from '../model/remember.js';
import type { TimelineStrings } from '../strings.js';
import { summarize } from './summary.js';

/**
 * What readers read, in one language, formatted once: every frame draws date lines and the header
 * reads every event, so both are kept until the language or the interface text changes (the element
 * then makes a new one).
 */
export class ReaderText {
  private readonly dateLines = new WeakMap<TimelineEvent, string>();
  private readonly startDates = new WeakMap<TimelineEvent, string>();
  /** Cluster names by their first and last events and count, for one dataset: a pan names the same clusters again. */
  private clusterNames: { readonly timeline: Timeline; readonly names: Map<string, string> } | null = null;
  private header: { readonly timeline: Timeline; readonly statuses: ReadonlySet<TimelineEvent['status']>; readonly summary: string } | null = null;

  constructor(readonly strings: TimelineStrings, readonly locale: string | undefined) {}

  /** The line under a title: its date, and its status when that is not plain confirmed. */
  dateLine(event: TimelineEvent): string {
    let line = this.dateLines.get(event);
    if (line === undefined) {
      const date = formatEventDate(event, this.locale);
      line = event.status === 'confirmed' ? date : `${date} · ${this.strings.status[event.status]}`;
      this.dateLines.set(event, line);
    }
    return line;
  }

  /** The summary sentence and the statuses the legend explains, once per dataset. */
  headerFor(timeline: Timeline) {
    if (this.header?.timeline !== timeline) {
      this.header = { timeline, statuses: eventIndex(timeline).statuses, summary: summarize(timeline, this.strings, this.locale) };
    }
    return this.header;
  }

  /** An event's lane name, or `''` when it has none. */
  laneLabel(event: TimelineEvent, timeline: Timeline | null): string {
    if (event.group === null) return '';
    return timeline?.groups.find((g) => g.id === event.group)?.label ?? event.group;
  }

  /** A cluster's accessible name: "1,204 events, 3 June 1995 – 9 June 1998, Politics. Zoom in to see them." */
  clusterName(cluster: ClusterLayout, timeline: Timeline): string {
    if (this.clusterNames?.timeline !== timeline) this.clusterNames = { timeline, names: new Map() };
    // A long session of zooming names many clusters: the cache is bounded.
    return remember(this.clusterNames.names, `${cluster.first} ${cluster.last} ${cluster.count}`, 5_000, () => this.nameCluster(cluster, timeline));
  }

  private nameCluster(cluster: ClusterLayout, timeline: Timeline): string {
    const first = timeline.events[cluster.first]!;
    const from = this.startDate(first);
    const to = this.startDate(timeline.events[cluster.last]!);
    return this.strings.cluster(formatCount(cluster.count, this.locale), from === to ? from : `${from} – ${to}`, this.laneLabel(first, timeline));
  }

  /** An event's start date alone, as clusters name their span; kept per event like date lines. */
  private startDate(event: TimelineEvent): string {
    let text = this.startDates.get(event);
    if (text === undefined) this.startDates.set(event, (text = formatDate(event.start, this.locale)));
    return text;
  }

  /** A count short enough for a cluster's mark: 86, 1.2K. */
  compactCount(n: number): string {
    return formatCompactCount(n, this.locale);
  }
}
