import { css } from 'lit';

// Why each rule is here, in the order of the sheet (comments stay out of the CSS, which ships as written):
// - Reflow (1.4.10): in list view titles and dates wrap inside the element, never push it sideways or get cut.
// - Content on hover or focus (1.4.13): a tucked label, once shown, can be hovered (it has no box until then,
//   and takes the pointer as its event's button does; the pointer keeps the event along the way joining
//   marker and label), Escape dismisses it, and labels it lies over hide meanwhile (controllers/hover-label.ts).
// - A window with no event says so under the drawing, with the nearest event either side to go to.
// - Text spacing (1.4.12): labels are sized for the reader's spacing (measured on the hidden probe,
//   controllers/text-spacing.ts); a wrapped title shows every line its label was sized for (../styles.ts).

/**
 * What WCAG 2.2 AA asks beyond the rest of the sheets, kept together and last so it wins ties:
 * list text that wraps at any width, labels shown on hover or focus that can be hovered and dismissed,
 * and the probe of the reader's text spacing (system colours for every marker and wrapped titles'
 * lines are in the main sheet, ../styles.ts, beside the rules they complete).
 */
export const accessStyles = css`
  .events.plain .label { overflow: visible; }
  .events.plain .label-title, .events.plain .label-date { white-space: normal; overflow: visible; text-overflow: clip; }

  /* The way onto a label shown away from its marker, drawn faintly: it says whose label it is. */
  .event .bridge { position: absolute; display: none; background: color-mix(in srgb, var(--_text) 10%, transparent); }
  .event:is(:hover, :focus-visible) .bridge { display: block; }
  .event[data-dismissed]:is(:hover, :focus-visible) :is(.label.tucked, .bridge) { display: none; }
  /* Only while the label placed over them shows: what is hovered or focused may have moved on since. */
  .events:has(.event.shown:is(:hover, :focus-visible):not([data-dismissed])) .label.covered { visibility: hidden; }

  .lanes-room { display: flex; }
  .empty-window { position: relative; z-index: 2; flex: 1; display: flex; align-items: center; justify-content: center; padding: 8px; }
  .empty-offers {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 8px; padding: 8px 12px;
    text-align: center; background: var(--_background); border-radius: var(--_radius); cursor: auto;
  }
  .empty-window p { flex-basis: 100%; margin: 0; color: var(--_muted); }
  .empty-window .tool { white-space: normal; text-align: start; }
  .capped .empty-window { position: sticky; top: var(--_band); align-self: flex-start; }

  .spacing-probe { position: absolute; top: 0; inset-inline-start: 0; width: max-content; visibility: hidden; pointer-events: none; }
  .spacing-probe > span { display: block; }
`;
