import { afterEach, describe, expect, test } from 'vitest';
import { articleData, mount, part, parts, unmountAll } from './harness.js';

afterEach(unmountAll);

const day = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const month = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });

describe.each(['ja', 'zh-CN', 'fr'])('locale="%s"', (locale) => {
  test('every date the reader sees is Intl output in that locale, and the interface speaks it', async () => {
    const el = await mount((el) => {
      el.locale = locale;
      el.events = articleData;
    }, 1000);
    const mao = parts(el, 'event').find((b) => b.dataset['id'] === 'mao-ning-press-conference')!;
    expect(mao.textContent).toContain(day(locale).format(Date.UTC(2023, 4, 24)));
    const madrid = parts(el, 'event').find((b) => b.dataset['id'] === 'madrid-summit')!;
    // French has an interval pattern ("28–30 juin 2022"); for ja and zh-CN ICU falls back to numeric
    // dates, so the element writes both days in full instead.
    if (locale === 'fr') expect(madrid.textContent).toContain(day(locale).formatRange(Date.UTC(2022, 5, 28), Date.UTC(2022, 5, 30)));
    else expect(madrid.textContent).toContain(`${day(locale).format(Date.UTC(2022, 5, 28))} – ${day(locale).format(Date.UTC(2022, 5, 30))}`);
    expect(part(el, 'summary')!.textContent).toContain(month(locale).format(Date.UTC(2022, 1, 1)));
    expect(part(el, 'summary')!.textContent).toContain(month(locale).format(Date.UTC(2023, 6, 1)));

    // Axis ticks: each label is Intl's own rendering of the tick's month or year.
    const ticks = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThan(2);
    const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' });
    const months = Array.from({ length: 12 }, (_, m) => short.format(Date.UTC(2023, m, 1)));
    const year = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
    for (const tick of ticks) {
      expect(months.some((m) => tick.includes(m)) || [2022, 2023].some((y) => tick === year.format(Date.UTC(y, 0, 1))), tick).toBe(true);
    }

    mao.click();
    await el.updateComplete;
    expect(part(el, 'detail')!.textContent).toContain(day(locale).format(Date.UTC(2023, 4, 24)));
    expect(part(el, 'close')!.getAttribute('aria-label')).not.toBe('Close');
  });
});

test('the nearest lang attribute picks the locale, and strings overrides merge over it', async () => {
  const el = await mount((el) => {
    el.events = articleData;
    el.strings = { close: 'Schließen ✕', status: { expected: 'Geplant' } };
  });
  expect(part(el, 'summary')!.textContent).toMatch(/^Timeline of/);
  el.parentElement!.setAttribute('lang', 'de');
  el.requestUpdate();
  await el.updateComplete;
  expect(part(el, 'summary')!.textContent).toMatch(/^Zeitleiste mit \d+ Ereignissen von Februar 2022 bis Juli 2023/);
  const vilnius = parts(el, 'event').find((b) => b.dataset['id'] === 'vilnius-summit')!;
  expect(vilnius.textContent).toContain('Geplant');
  vilnius.click();
  await el.updateComplete;
  expect(part(el, 'close')!.getAttribute('aria-label')).toBe('Schließen ✕');
});

test('dir="rtl" mirrors the time axis: later events sit further left', async () => {
  const el = await mount((el) => {
    el.setAttribute('dir', 'rtl');
    el.events = articleData;
  }, 900);
  const markers = parts(el, 'marker').map((m) => m.getBoundingClientRect());
  expect(markers[0]!.left).toBeGreaterThan(markers[markers.length - 1]!.left);
  const ticks = [...part(el, 'axis')!.querySelectorAll('text')];
  expect(ticks[0]!.getBoundingClientRect().left).toBeGreaterThan(ticks[ticks.length - 1]!.getBoundingClientRect().left);
  expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
});
