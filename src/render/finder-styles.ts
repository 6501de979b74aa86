import { css } from 'lit';

/**
 * The finder: search, the filters' button, the count and jump, on the title's line before the toolbar
 * (wrapping as room runs out). Their boxes, focus ring and the jump's error line are the toolbar's
 * (../styles.ts). The filters' panel opens under that line, across the header, over what
 * follows, so the header keeps its height.
 */
export const finderStyles = css`
  .header { position: relative; }
  .header > .finder { order: 2; flex: 0 1 auto; margin-inline-start: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; font-size: 0.875rem; }
  .finder summary { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
  /* The open and shut chevron is drawn, not a glyph: the usual text fonts have no '▾', and finding one
     that does costs a first render a search through the system's fonts (4–7 ms here). */
  .finder summary::after { content: ''; width: 0.4em; height: 0.4em; border: solid currentColor; border-width: 0 0.125em 0.125em 0; transform: translateY(-0.1em) rotate(45deg); }
  .finder details[open] > summary::after { transform: translateY(0.1em) rotate(-135deg); }
  .search { flex: 1 1 10em; width: 10em; min-width: 7em; }
  .filter-panel {
    position: absolute; inset-inline: 4px; z-index: 5; margin-top: 4px; display: flex; flex-wrap: wrap; gap: 8px;
    max-height: 60vh; overflow: auto; padding: 8px; border: 1px solid var(--_line); border-radius: 6px; background: var(--_background);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  .finder fieldset { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 2px 8px 6px; border: 1px solid var(--_grid); border-radius: 6px; }
  .finder label { display: inline-flex; align-items: center; gap: 4px; min-height: 28px; }
  .count { color: var(--_muted); }
  .jump { display: flex; gap: 4px; }
  .jump input { width: 7.5em; }
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
