import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineIssue } from '../model/timeline.js';
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
