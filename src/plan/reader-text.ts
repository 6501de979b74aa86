import { eventIndex } from '../layout/event-index.js';
import type { ClusterLayout } from '../layout/layout.js';
import type { TimelineDate } from '../model/dates.js';
import { formatDeepYear } from '../model/deep-time.js';
import type { ChangeMark } from '../model/diff.js';
import { formatDate, formatEventDate } from '../model/format-date.js';
import { formatDuration } from '../model/format-duration.js';
import { formatCompactCount, formatCount } from '../model/format-number.js';
import { remember } from '../model/remember.js';
import type { StatusChange } from '../model/status-change.js';
import type { Timeline, TimelineEvent } from '../model/timeline.js';
import type { TimelineStrings } from '../strings.js';
import { summarize } from './summary.js';

/** At most this many publishers are named in a credit line made from the sources. */
const CREDITED_PUBLISHERS = 12;

/**
 * What readers read, in one language: every date, name and sentence the element shows or announces,
 * formatted here and nowhere else. Every frame draws date lines and the header reads every event, so
 * both are kept until the language or the interface text changes (then there is a new ReaderText).
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
      const date = this.eventDate(event);
      line = event.status === 'confirmed' ? date : `${date} · ${this.strings.status[event.status]}`;
      this.dateLines.set(event, line);
    }
    return line;
  }

  /** An event's date as the card writes it: its display date, else its start (and end) at their precision. */
  eventDate(event: TimelineEvent): string {
    return formatEventDate(event, this.locale, this.strings);
  }

  /** A date at its precision: "24 May 2023", "July 2023", "66 million years ago". */
  date(date: TimelineDate): string {
    return formatDate(date, this.locale, this.strings);
  }

  /** An axis tick in deep time: "13 billion years ago" (`year` is astronomical, see `deep-time.ts`). */
  deepYear(year: number): string {
    return formatDeepYear(year, this.locale, this.strings);
  }

  /** The summary sentence and the statuses the legend explains, once per dataset. */
  headerFor(timeline: Timeline) {
    if (this.header?.timeline !== timeline) {
      this.header = { timeline, statuses: eventIndex(timeline).statuses, summary: summarize(timeline, this.strings, this.locale) };
    }
    return this.header;
  }

  /** The "as reported" label: "As reported, 25 May 2023". */
  asOf(date: TimelineDate): string {
    return this.strings.asOf(this.date(date));
  }

  /** A card's status line: "Expected, as reported on 25 May 2023"; empty for confirmed events. */
  status(event: TimelineEvent, asOf: TimelineDate | null): string {
    if (event.status === 'confirmed') return '';
    const status = this.strings.status[event.status];
    return asOf ? this.strings.statusAsOf(status, this.date(asOf)) : status;
  }

  /** The dataset's `updated` line: to the minute at most, as news pages write it ("Updated 14 July 2023 at 12:00 UTC"). */
  updated(date: TimelineDate): string {
    return this.strings.updated(this.date(date.precision === 'second' ? { ...date, precision: 'minute' } : date));
  }

  /** A status that changed in an update: "Confirmed on 11 July 2023 (previously expected)". */
  statusChanged(change: StatusChange): string {
    const { status } = this.strings;
    return this.strings.statusChange(status[change.to], status[change.from], change.on ? this.date(change.on) : '');
  }

  /** What an event's mark says: "New" or "Updated". */
  mark(mark: ChangeMark): string {
    return mark === 'new' ? this.strings.changeNew : this.strings.changeUpdated;
  }

  /** A source's date, or empty. */
  sourceDate(event: TimelineEvent, index: number): string {
    const date = event.sources[index]?.date;
    return date ? this.date(date) : '';
  }

  /** What a screen reader hears when an event is selected: its title and date, not the whole card. */
  selected(event: TimelineEvent): string {
    return this.strings.selectedAnnouncement(event.title, this.eventDate(event));
  }

  /** A compressed empty stretch of `ms` in the vertical layout: "… 11 months". */
  gap(ms: number): string {
    return this.strings.gap(formatDuration(ms, this.locale));
  }

  /** An event button's accessible name: "Title, 28–30 June 2022, NATO". */
  eventName(event: TimelineEvent, timeline: Timeline): string {
    return this.strings.eventName(event.title, this.dateLine(event), this.laneLabel(event, timeline));
  }

  /** Where clusters stand for events: "14 of 300 events are shown one by one here… List view shows all 300." */
  grouped(shown: number, total: number): string {
    return this.strings.grouped(shown, total, this.strings.listView);
  }

  /** An event's lane name, or `''` when it has none. */
  laneLabel(event: TimelineEvent, timeline: Timeline | null): string {
    if (event.group === null) return '';
    return timeline?.groups.find((g) => g.id === event.group)?.label ?? event.group;
  }

  /** Each lane's name, in the order (and so the colours) of the drawing. */
  laneNames(timeline: Timeline): string[] {
    const labels = new Map(timeline.groups.map((g) => [g.id, g.label]));
    // The index's lane keys: found once per dataset, not by a pass over every event each render.
    return eventIndex(timeline).laneKeys.map((key) => (key === null ? this.strings.ungrouped : (labels.get(key) ?? key)));
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
    if (text === undefined) this.startDates.set(event, (text = this.date(event.start)));
    return text;
  }

  /**
   * The credit line under an exported graphic: the dataset's own, else the publishers of its
   * sources, the most cited first ("Sources: NATO, Statecraft and Kantei"); `null` when there are none.
   */
  credit(timeline: Timeline): string | null {
    if (timeline.credit !== null) return timeline.credit;
    const counts = new Map<string, number>();
    for (const event of timeline.events) {
      for (const { publisher } of event.sources) if (publisher !== null) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
    }
    if (counts.size === 0) return null;
    // Map order is first appearance, and the sort is stable: among equals, the first cited comes first.
    const names = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    const shown = names.length > CREDITED_PUBLISHERS ? [...names.slice(0, CREDITED_PUBLISHERS), '…'] : names;
    return this.strings.sourcesCredit(new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(shown));
  }

  /** A count short enough for a cluster's mark: 86, 1.2K. */
  compactCount(n: number): string {
    return formatCompactCount(n, this.locale);
  }
}
