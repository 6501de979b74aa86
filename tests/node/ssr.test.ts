import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import '../../src/index.js';
import { parseTimeline } from '../../src/model/parse.js';
import { built } from './built.js';

const article = JSON.parse(readFileSync(new URL('../../examples/data/japan-nato-2022-2023.json', import.meta.url), 'utf8'));

describe('server-side rendering with @lit-labs/ssr', () => {
  test('renders declarative shadow DOM with every event title, in date order', async () => {
    const markup = await collectResult(render(html`<news-timeline .events=${article} locale="en-GB"></news-timeline>`));
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    const titles = parseTimeline(article).data.events.map((e) => e.title);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    let from = 0;
    for (const title of titles) {
      const at = markup.indexOf(escape(title), from);
      expect(at, title).toBeGreaterThan(from);
      from = at;
    }
    expect(markup).toContain('24 May 2023');
  });

  test('the data layer imports and parses with no DOM at all', () => {
    // In a fresh process: this one has the server's DOM shim, which would hide a data layer that needs a DOM.
    const script = `const { parseTimeline } = await import(${JSON.stringify(built('data.js'))});
      const dom = ['window', 'document', 'HTMLElement', 'customElements'].filter((k) => k in globalThis);
      const { data } = parseTimeline(JSON.parse(process.argv[1]));
      console.log(JSON.stringify({ dom, titles: data.events.map((e) => e.title) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(article)], { encoding: 'utf8' }));
    expect(out).toEqual({ dom: [], titles: parseTimeline(article).data.events.map((e) => e.title) });
  });
});
