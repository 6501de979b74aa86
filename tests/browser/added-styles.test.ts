import { css, html, LitElement } from 'lit';
import { expect, test } from 'vitest';
import { addStyles } from '../../src/controllers/added-styles.js';

class StyledThing extends LitElement {
  static override styles = css`p { color: rgb(1, 2, 3); }`;
  override render() {
    return html`<p>text</p><em>more</em>`;
  }
}
customElements.define('added-styles-thing', StyledThing);

const later = css`em { color: rgb(4, 5, 6); } p { font-weight: 700; }`;
const other = css`em { text-decoration: underline; }`;

async function make(): Promise<StyledThing> {
  const el = document.createElement('added-styles-thing') as StyledThing;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

test("a sheet added later applies on top of the class's own, which stay", async () => {
  const el = await make();
  const em = el.shadowRoot!.querySelector('em')!;
  const p = el.shadowRoot!.querySelector('p')!;
  expect(getComputedStyle(em).color).not.toBe('rgb(4, 5, 6)');
  addStyles(el, later);
  expect(getComputedStyle(em).color).toBe('rgb(4, 5, 6)');
  expect(getComputedStyle(p).color).toBe('rgb(1, 2, 3)');
  expect(getComputedStyle(p).fontWeight).toBe('700');
  el.remove();
});

test('each sheet is adopted once per shadow root, in the order added, and only by the element given', async () => {
  const el = await make();
  const bystander = await make();
  addStyles(el, later);
  addStyles(el, other);
  addStyles(el, later);
  const sheets = el.shadowRoot!.adoptedStyleSheets;
  expect(sheets).toHaveLength(3);
  expect(sheets.slice(1)).toEqual([later.styleSheet, other.styleSheet]);
  expect(getComputedStyle(el.shadowRoot!.querySelector('em')!).textDecorationLine).toBe('underline');
  expect(bystander.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
  el.remove();
  bystander.remove();
});
