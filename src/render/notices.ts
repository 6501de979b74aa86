import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineIssueCounts, TimelineParseResult } from '../model/timeline.js';
import type { TimelineStrings } from '../strings.js';

/**
 * What the problems did, in words: events skipped, fields repaired, problems with the data as a
 * whole, each counted apart (an error is never counted as an event it did not skip).
 */
export function describeIssues(counts: TimelineIssueCounts, strings: TimelineStrings): string {
  const sentences: string[] = [];
  if (counts.skippedEvents || counts.repairedFields) sentences.push(strings.issuesHeading(counts.skippedEvents, counts.repairedFields));
  if (counts.dataErrors) sentences.push(strings.dataProblems(counts.dataErrors));
  return sentences.join(' ');
}

/**
 * The notice that tells a page author what was wrong with the data. It is polite (role="status"):
 * the timeline still works, so it must not interrupt a reader. It lists the problems kept (at most
 * 1,000) and says how many more there were.
 */
export function renderIssues(result: Pick<TimelineParseResult, 'issues' | 'counts'>, strings: TimelineStrings): TemplateResult | typeof nothing {
  const { issues, counts } = result;
  if (issues.length === 0) return nothing;
  const more = counts.errors + counts.warnings - issues.length;
  return html`<div class="issues" part="issues" role="status">
    <details>
      <summary>${describeIssues(counts, strings)}</summary>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.message}</code></li>`)}
        ${more > 0 ? html`<li>${strings.moreIssues(more)}</li>` : nothing}
      </ul>
    </details>
  </div>`;
}

/** A whole-element state instead of the timeline: loading, empty, or failed. */
export function renderState(kind: 'loading' | 'empty' | 'error', message: string): TemplateResult {
  return html`<div class="state ${kind}" part=${kind} role=${kind === 'error' ? 'alert' : 'status'} aria-busy=${kind === 'loading'}>
    ${message}
  </div>`;
}

/** What the element knows about getting its data, for the state it shows instead of the timeline. */
export interface DataStatus {
  /** `src` is loading, or the input waits for the code that reads it. */
  readonly loading: boolean;
  readonly failure: { readonly src: string; readonly reason: string } | null;
  /** A `src` on its way, or a list written in the page that is shown itself until it is read. */
  readonly awaited: boolean;
  readonly result: TimelineParseResult | null;
}

/** Loading, a failed load, no events, or data whose every event had an error (with the problems); nothing for a timeline with events. */
export function renderStatus(status: DataStatus, strings: TimelineStrings): TemplateResult | typeof nothing {
  if (status.loading) return renderState('loading', strings.loading);
  if (status.failure) return renderState('error', strings.loadFailed(status.failure.src, status.failure.reason));
  const { result } = status;
  if (!result) return status.awaited ? nothing : renderState('empty', strings.empty);
  if (result.data.events.length > 0) return nothing;
  if (result.counts.errors === 0) return renderState('empty', strings.empty);
  return html`${renderState('error', describeIssues(result.counts, strings))}${renderIssues(result, strings)}`;
}

/** The note that a refresh failed and the data shown is older (`null`: it is current): short, polite, and with the time of that data. */
export function renderStale(text: string | null): TemplateResult | typeof nothing {
  return text === null ? nothing : html`<p class="stale" part="stale" role="status">${text}</p>`;
}
