import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/** Inline style properties by name: camelCase as in CSSOM (`maxHeight`) or custom (`--_lane-0`); `null` or `undefined` sets none. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

const dashed = new Map<string, string>();
/** `maxHeight` → `max-height`; custom properties as they are. */
const cssName = (name: string): string => {
  let css = dashed.get(name);
  if (css === undefined) dashed.set(name, (css = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)));
  return css;
};

/**
 * `style=${styleProps({ left: '4px' })}`, the whole `style` attribute: what our templates need of Lit's
 * `styleMap` (no `!important`, no vendor prefixes), in less code. In the browser every property is set
 * through CSSOM, the first render included, never as an attribute string, so a Content-Security-Policy
 * without 'unsafe-inline' styles allows it; properties left out of a later render are removed. Rendered
 * on the server, it writes the attribute.
 */
class StylesDirective extends Directive {
  private readonly set = new Set<string>();

  render(props: StyleProps): string {
    return Object.entries(props).filter(([, value]) => value != null).map(([name, value]) => `${cssName(name)}:${value}`).join(';');
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.set) {
      if (props[name] == null) {
        style.removeProperty(cssName(name));
        this.set.delete(name);
      }
    }
    for (const name in props) {
      const value = props[name];
      if (value == null) continue;
      style.setProperty(cssName(name), value);
      this.set.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylesDirective);
