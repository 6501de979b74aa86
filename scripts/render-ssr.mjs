// Renders <news-timeline> with a dataset on the server (Node, @lit-labs/ssr) and prints the HTML:
// declarative shadow DOM that shows every event before any JavaScript runs.
//   node scripts/render-ssr.mjs [data.json] [locale]     (after `npm run build`)
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync } from 'node:fs';
import { html } from 'lit';
import { loadLanguage } from '../dist/index.js';

const [file = 'examples/data/japan-nato-2022-2023.json', locale = 'en-GB'] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8'));
// Languages but English load on demand; the server renders synchronously, so it loads the page's first.
await loadLanguage(locale);
process.stdout.write(await collectResult(render(html`<news-timeline locale=${locale} .events=${data}></news-timeline>`)));
