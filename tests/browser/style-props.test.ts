import { html, render } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { styleProps, type StyleProps } from '../../src/render/styles-directive.js';

const box = document.createElement('div');
afterEach(() => render(html``, box));

const draw = (props: StyleProps) => {
  render(html`<p style=${styleProps(props)}></p>`, box);
  return box.querySelector('p')!;
};

test('sets camelCase and custom properties through CSSOM, from the first render, and leaves out null ones', () => {
  const p = draw({ left: '4px', maxHeight: '10px', '--_lane-0': 'red', top: null, width: undefined });
  expect([p.style.left, p.style.maxHeight, p.style.getPropertyValue('--_lane-0')]).toEqual(['4px', '10px', 'red']);
  expect([p.style.top, p.style.width]).toEqual(['', '']);
  expect(p.style.length).toBe(3);
});

test('a later render updates what it names and removes what it no longer names or sets to null', () => {
  draw({ left: '4px', maxHeight: '10px', '--_lane-0': 'red', clipPath: 'polygon(0 0, 1px 0, 1px 1px)' });
  const p = draw({ left: '5px', clipPath: null });
  expect(p.style.left).toBe('5px');
  expect([p.style.maxHeight, p.style.getPropertyValue('--_lane-0'), p.style.clipPath]).toEqual(['', '', '']);
  expect(p.style.length).toBe(1);
  // Named again, a removed property comes back.
  expect(draw({ left: '5px', maxHeight: '2px' }).style.maxHeight).toBe('2px');
});
