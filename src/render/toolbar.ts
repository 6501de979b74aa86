import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../strings.js';

/** The toolbar's state, already decided by the element. */
export interface ToolbarContext {
  readonly strings: TimelineStrings;
  readonly listView: boolean;
  /** Whether zoom buttons apply: the horizontal drawing zooms; the vertical layout and the list do not. */
  readonly zoomable: boolean;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  /** Story steps, when the element is in story mode: the selected event's 1-based place. */
  readonly story: { readonly index: number; readonly count: number } | null;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
  readonly onToggleList: () => void;
  readonly onStep: (delta: 1 | -1) => void;
}

/**
 * Zoom in, zoom out and show all; the list-view toggle; and in story mode previous/next with the
 * reader's place. Disabled buttons stay focusable (`aria-disabled`) so the toolbar never loses focus.
 */
export function renderToolbar(c: ToolbarContext): TemplateResult {
  const { strings } = c;
  // No title: a tooltip would repeat the name as the button's description.
  const button = (label: string, text: string, enabled: boolean, onClick: () => void, part: string) => {
    // A button named by its word ("Show all") is set as the toolbar's other words are; a symbol (+, −, ‹) larger.
    const word = label === text;
    return html`<button type="button" class=${word ? 'tool text' : 'tool'} part="control ${part}"
      aria-label=${word ? nothing : label} aria-disabled=${!enabled} @click=${() => enabled && onClick()}>${text}</button>`;
  };
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${strings.controls}>
    ${c.story
      ? html`<span class="story" part="story">
          ${button(strings.previous, '‹', c.story.index > 1, () => c.onStep(-1), 'previous')}
          <span class="position" part="position">${c.story.index ? strings.position(c.story.index, c.story.count) : ''}</span>
          ${button(strings.next, '›', c.story.index < c.story.count, () => c.onStep(1), 'next')}
        </span>`
      : nothing}
    ${c.listView || !c.zoomable
      ? nothing
      : html`${button(strings.zoomIn, '+', c.canZoomIn, () => c.onZoom(2), 'zoom-in')}${button(strings.zoomOut, '−', c.canZoomOut, () => c.onZoom(0.5), 'zoom-out')}${button(strings.fit, strings.fit, c.canZoomOut, c.onFit, 'fit')}`}
    <button type="button" class="tool text" part="control list-toggle" aria-pressed=${c.listView}
      @click=${c.onToggleList}>${strings.listView}</button>
  </div>`;
}
