import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineIssue, TimelineParseResult } from '../model/timeline.js';
import type { TimelineStrings } from '../strings.js';

/**
 * The notice that tells a page author what was wrong with the data. It is polite (role="status"):
 * the timeline still works, so it must not interrupt a reader.
 */
export function renderIssues(issues: readonly TimelineIssue[], strings: TimelineStrings): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return html`<div class="issues" part="issues" role="status">
    <details>
      <summary>${strings.issuesHeading(errors, issues.length - errors)}</summary>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.message}</code></li>`)}
      </ul>
    </details>
  </div>`;
}

/** A whole-element state instead of the timeline: loading, empty, or failed. */
export function renderState(kind: 'loading' | 'empty' | 'error', message: string): TemplateResult {
  return html`<div class="state ${kind}" part=${kind} role=${kind === 'error' ? 'alert' : 'status'} aria-busy=${kind === 'loading' ? 'true' : 'false'}>
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
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return renderState('empty', strings.empty);
  return html`${renderState('error', strings.issuesHeading(errors.length, 0))}${renderIssues(result.issues, strings)}`;
}

/** The note that a refresh failed and the data shown is older: short, polite, and with the time of that data. */
export function renderStale(text: string): TemplateResult {
  return html`<p class="stale" part="stale" role="status">${text}</p>`;
}
