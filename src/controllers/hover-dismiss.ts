import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A tucked label shown now, by hover or keyboard focus. */
const SHOWN = '.event:is(:hover, :focus-visible):has(.label.tucked)';

/**
 * WCAG 1.4.13: a label shown on hover or focus is dismissed by Escape wherever focus is on the page,
 * without moving the pointer or focus; it shows again once the pointer has left its event and focus
 * has moved on. It listens on the window, as the pointer may be over the drawing while focus is elsewhere.
 */
export class HoverDismissController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly root: () => ParentNode | null) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    for (const button of this.root()?.querySelectorAll<HTMLElement>(SHOWN) ?? []) {
      button.dataset['dismissed'] = '';
      const restore = () => {
        if (button.matches(':hover, :focus')) return;
        delete button.dataset['dismissed'];
        button.removeEventListener('pointerleave', restore);
        button.removeEventListener('blur', restore);
      };
      button.addEventListener('pointerleave', restore);
      button.addEventListener('blur', restore);
    }
  };
}
