import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { expect, test } from 'vitest';
import { styleProps } from '../../src/render/styles-directive.js';

test('rendered on the server, styleProps writes the style attribute: dashed names, custom properties as they are, no null ones', async () => {
  const markup = await collectResult(render(html`<p style=${styleProps({ left: '4px', maxHeight: '10px', '--_lane-0': 'red', top: null })}></p>`));
  expect(markup).toContain('style="left:4px;max-height:10px;--_lane-0:red"');
});
