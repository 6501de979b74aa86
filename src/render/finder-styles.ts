import { css } from 'lit';

/** The finder: a line of search, filters, count and jump under the legend, wrapping as room runs out. */
export const finderStyles = css`
  .header > .finder { order: 4; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-top: 6px; font-size: 0.875rem; }
  .finder input:not([type='checkbox']), .finder summary {
    font: inherit; min-height: 32px; padding: 0 8px; border: 1px solid var(--_line); border-radius: 6px; background: var(--_background); color: var(--_text);
  }
  .finder summary { display: inline-flex; align-items: center; cursor: pointer; }
  .search { flex: 1 1 12em; max-width: 22em; }
  .finder :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .finder fieldset { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 2px 8px 6px; border: 1px solid var(--_grid); border-radius: 6px; }
  .finder details[open] { flex-basis: 100%; }
  .finder label { display: inline-flex; align-items: center; gap: 4px; min-height: 28px; }
  .count { color: var(--_muted); }
  .count:empty, .jump-error:empty { display: none; }
  .jump { display: flex; gap: 4px; margin-inline-start: auto; }
  .jump input { width: 8em; }
  .jump-error { flex-basis: 100%; margin: 0; padding-inline-start: 8px; border-inline-start: 4px solid var(--_error); }
  .no-match { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 8px 4px; padding: 10px 12px; border-radius: 6px; background: var(--_surface); }
  .no-match p { margin: 0; }
  mark { background: color-mix(in srgb, var(--_accent) 22%, transparent); color: inherit; }
  @media print {
    .finder { display: none; }
  }
  @media (forced-colors: active) {
    mark { background: Mark; color: MarkText; forced-color-adjust: none; }
  }
`;
