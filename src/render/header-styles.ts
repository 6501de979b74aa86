import { css } from 'lit';

/**
 * The header in as few lines as its content allows: the title and the controls share a line while
 * both fit (the controls come last in the DOM, for screen readers, and move up with `order`), the
 * description and the summary sentence run on as one paragraph, and the legend takes the next line.
 */
export const headerStyles = css`
  .header { display: flex; flex-wrap: wrap; align-items: center; column-gap: 16px; padding: 0 4px 8px; }
  .header > * { flex: 1 1 100%; order: 3; min-width: 0; }
  .header > .caption { order: 1; }
  .header > .title { order: 2; flex: 1 1 auto; min-width: min(100%, 12em); }
  .header > .controls {
    order: 2; flex: 0 1 auto; margin-inline-start: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px;
  }
  .header.untitled > .about { order: 2; flex: 1 1 20em; }
  .about { margin: 4px 0 0; color: var(--_muted); font-size: 0.875rem; }
`;
