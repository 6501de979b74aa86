// Hydration support must load before Lit defines any element, so it comes first, and the element
// itself is imported only after the server-rendered markup is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import articleJson from '../../examples/data/japan-nato-2022-2023.json';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderArticleOnServer: () => Promise<string>;
  }
}

test('server-rendered markup shows every event before JavaScript, then hydrates without being rebuilt', async () => {
  const markup = await commands.renderArticleOnServer();
  const container = document.createElement('div');
  container.style.width = '900px';
  document.body.append(container);
  // setHTMLUnsafe parses declarative shadow DOM, as a page's HTML parser would.
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  const el = container.querySelector('news-timeline') as HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
  expect(customElements.get('news-timeline')).toBeUndefined();

  // Before any script: the shadow root is there, with every title in date order.
  const serverButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="event"]')];
  const titles = serverButtons.map((b) => b.querySelector('.label-title')!.textContent);
  expect(titles).toHaveLength(articleJson.events.length);
  expect(titles).toContain('Mao Ning: Asia-Pacific does not welcome military blocs');
  const serverSummary = el.shadowRoot!.querySelector('[part~="summary"]');

  // The page gives the element the same data, then loads it: it hydrates what the server drew.
  const errors: unknown[] = [];
  window.addEventListener('error', (e) => errors.push(e.error));
  const loaded = new Promise((r) => el.addEventListener('news-timeline-load', r, { once: true }));
  el.events = articleJson;
  await import('../../src/index.js');
  await loaded;
  await el.updateComplete;

  const clientButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="event"]')];
  expect(clientButtons).toHaveLength(serverButtons.length);
  clientButtons.forEach((button, i) => expect(button).toBe(serverButtons[i]));
  expect(el.shadowRoot!.querySelector('[part~="summary"]')).toBe(serverSummary);
  // Now measured, the same buttons are placed over the drawing.
  expect(el.shadowRoot!.querySelector('[part~="events"]')!.classList.contains('plain')).toBe(false);
  expect(errors).toEqual([]);
  container.remove();
});
