import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** The sheets each shadow root was given on top of its class's, in the order they came. */
const added = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/**
 * Gives `host` a stylesheet that came with code loaded on demand, on top of the sheets of its class
 * (`static styles`), so a feature's rules download with the feature rather than with every page. Once
 * per sheet and shadow root; call it before the feature's first render, so its markup never shows
 * unstyled. Lit's `adoptStyles` sets the whole list where shadow roots adopt sheets, and appends
 * `<style>` elements where they do not (there, only the new sheet is appended).
 */
export function addStyles(host: ReactiveElement, styles: CSSResultOrNative): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const sheets = added.get(root) ?? [];
  if (sheets.includes(styles)) return;
  sheets.push(styles);
  added.set(root, sheets);
  const own = (host.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...sheets] : [styles]);
}
