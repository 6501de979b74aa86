/**
 * What a story that updates while it is read adds to the element's styles, with its code (./developing.ts):
 * the "New" and "Updated" marks, the note that a refresh failed, a status an update changed. New events
 * fade in where they belong, only for readers who have not asked for reduced motion. Plain text, since a
 * chunk has no Lit (./developing-code.ts adopts it), written compact: the build minifies only css``.
 */
export const developingStyles = [
  '.change{display:inline-block;margin-inline-end:5px;padding:0 4px;border-radius:999px;vertical-align:1px;font-size:10px;line-height:13px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--_background);background:var(--_accent);text-shadow:none}',
  '.change.updated{color:var(--_accent);background:var(--_background);box-shadow:inset 0 0 0 1.5px var(--_accent)}',
  '.stale{margin:0 4px 8px;padding:6px 10px;border-radius:6px;background:var(--_surface);border-inline-start:4px solid var(--_warning);font-size:.875rem}',
  '.detail .status.changed{color:var(--_accent)}',
  '@media (prefers-reduced-motion:no-preference){.event.is-new,.marker.arrived{animation:news-timeline-arrive 700ms ease-out}}',
  '@keyframes news-timeline-arrive{from{opacity:0}}',
  '@media (forced-colors:active){.change{border:1px solid CanvasText}}',
].join('');
