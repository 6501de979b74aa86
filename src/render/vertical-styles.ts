import { css } from 'lit';

/**
 * The vertical layout's rules, added after the element's own sheet: rows flow down a spine; spacing
 * comes from the layout, direction from the page.
 */
export const verticalStyles = css`
  .events.vertical { position: relative; inset: auto; pointer-events: auto; padding: 0 0 8px; }
  .events.vertical::before {
    content: ''; position: absolute; inset-block: 0; inset-inline-start: calc(var(--_spine) - 1px); width: 2px; background: var(--_line);
  }
  .vrow { position: relative; }
  .events.vertical .event {
    position: relative; display: block; width: 100%; padding-block: 4px; padding-inline: var(--_label-x) 8px; border-radius: 8px;
  }
  .vmark { position: absolute; inset-inline-start: calc(var(--_spine) - 12px); top: 5px; overflow: visible; }
  .events.vertical .label { position: static; overflow: visible; max-width: var(--_label-width); }
  .events.vertical .label-title {
    font-size: 15px; line-height: 20px; white-space: normal; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4;
  }
  .events.vertical .label-date { white-space: normal; font-size: 13px; line-height: 18px; }
  .vrow.year, .vrow.as-of, .vrow.break, .vrow.era { display: flex; align-items: center; font-size: 13px; }
  .vrow.era .vrow-label {
    margin-inline-start: calc(var(--_label-x) - 8px); padding: 2px 8px; border-radius: 4px; background: var(--_era); color: var(--_muted); font-weight: 600;
  }
  .vrow.year .vrow-label {
    font-weight: 700; padding: 1px 8px; margin-inline-start: 2px; border-radius: 999px; background: var(--_background); border: 1px solid var(--_line); position: relative;
  }
  .vrow.break .vrow-label { padding-inline-start: var(--_label-x); color: var(--_muted); font-style: italic; }
  .vrow.break::before {
    content: ''; position: absolute; inset-block: 0; inset-inline-start: calc(var(--_spine) - 2px); width: 4px;
    background: repeating-linear-gradient(to bottom, var(--_background) 0 5px, transparent 5px 9px);
  }
  .vrow.as-of .vrow-label { padding-inline-start: 8px; font-weight: 600; }
  .vrow.as-of::before { content: ''; flex: 0 0 calc(var(--_label-x) - 8px); border-top: 1.25px dashed var(--_text); }
  .events.vertical .detail { margin-block: 8px 4px; margin-inline-start: var(--_label-x); }
  :host(:dir(rtl)) .events.vertical .label { text-align: right; }
  @media (forced-colors: active) {
    .events.vertical::before, .vrow.break::before { forced-color-adjust: none; background: CanvasText; }
    .vrow.break::before { background: repeating-linear-gradient(to bottom, Canvas 0 5px, transparent 5px 9px); }
  }
`;
