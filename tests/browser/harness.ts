import '../../src/index.js';
import type { TimelineData } from '../../src/model/types.js';
import type { NewsTimeline } from '../../src/news-timeline.js';
import articleJson from '../../examples/data/japan-nato-2022-2023.json';
import { cdp } from 'vitest/browser';

/** The gallery's article dataset, as the element receives it. */
export const articleData = articleJson as TimelineData;
export type { NewsTimeline };

const mounted: HTMLElement[] = [];

/** Resolves on the next frame after this one, when layout and paint have happened. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Runs `run` on a device with two-finger touch (Chromium sends touch events only where the device has them). */
export async function withTouch(run: () => Promise<void>): Promise<void> {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
  try {
    await run();
  } finally {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  }
}

/**
 * One step of a real touch gesture, with a finger at each point (in this page's coordinates; none
 * for `touchEnd`). The points are mapped to the top page's, as the test runs in a frame that may be scaled to fit.
 */
export async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', ...points: [number, number][]): Promise<void> {
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
  const scale = frame.width / innerWidth;
  const touchPoints = points.map(([x, y], id) => ({ x: frame.left + x * scale, y: frame.top + y * scale, id }));
  await cdp().send('Input.dispatchTouchEvent', { type, touchPoints });
}

/** Moves the real mouse to a point of this page (mapped to the top page, as the test runs in a frame that may be scaled to fit). */
export async function mouseTo(x: number, y: number): Promise<void> {
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
  const scale = frame.width / innerWidth;
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: frame.left + x * scale, y: frame.top + y * scale });
}

/** The centre of an element's box, in this page's coordinates. */
export const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
};

/** Event buttons whose label is tucked away (shown on hover or focus) and whose marker the pointer can reach in the plot. */
export function tuckedInReach(el: NewsTimeline): HTMLButtonElement[] {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  return parts<HTMLButtonElement>(el, 'event').filter((b) => {
    const c = centre(b);
    return b.classList.contains('tucked') && c.x > plot.left && c.x < plot.right && el.shadowRoot!.elementFromPoint(c.x, c.y)?.closest('button') === b;
  });
}

/** Polls `check` each frame until it returns a value, or fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`waitFor timed out: ${check.toString()}`);
    await nextFrame();
  }
}

/**
 * Mounts a `<news-timeline>` in a container of the given width, lets `setup` configure it, and
 * waits for its load event (or only for its first render when `waitForLoad` is false).
 */
export async function mount(setup: (el: NewsTimeline) => void, width = 800, waitForLoad = true): Promise<NewsTimeline> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  const el = document.createElement('news-timeline');
  const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, { once: true }));
  setup(el);
  container.append(el);
  if (waitForLoad) await loaded;
  await el.updateComplete;
  await nextFrame();
  return el;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/**
 * Public parts of the element, by part name, as drawn: not those of units set aside, hidden, in the
 * list (keyed-list.ts; `held` finds those).
 */
export function parts<T extends Element = HTMLElement>(el: NewsTimeline, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]:not([data-parked] *)`)];
}

export function part<T extends Element = HTMLElement>(el: NewsTimeline, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]:not([data-parked] *)`);
}

/** The event list's units set aside and hidden in place (see keyed-list.ts). */
export const held = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol.events > li[data-parked]')];

/** The list (less the units held in it, hidden) and the drawing's markers as markup, without Lit's comments. */
export const drawnMarkup = (el: NewsTimeline) => ['ol.events', 'svg.chart'].map((s) => {
  const copy = el.shadowRoot!.querySelector(s)!.cloneNode(true) as Element;
  copy.querySelectorAll(':scope > li[data-parked]').forEach((li) => li.remove());
  return copy.outerHTML.replace(/<!--[^]*?-->/g, '');
}).join('\n');

/** The id of the event whose button has focus inside the element. */
export function focusedEventId(el: NewsTimeline): string | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.getAttribute('part')?.includes('event') ? (active.dataset['id'] ?? null) : null;
}

export type Rect = { left: number; right: number; top: number; bottom: number };
export const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Emulates the reader's colour-scheme preference (through the Chrome DevTools Protocol). */
export async function emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'prefers-color-scheme', value: scheme }] });
}

export interface AXNode { role: string; name: string; description: string; ignored: boolean }

/** The accessibility tree Chromium gives assistive technology for this test's frame (CDP Accessibility.getFullAXTree), less what it ignores. */
export async function axTree(): Promise<AXNode[]> {
  type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: Frame };
  const find = (f: Frame): Frame | undefined => (f.frame.url === location.href ? f : (f.childFrames ?? []).map(find).find(Boolean));
  const frame = find(frameTree);
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', frame ? { frameId: frame.frame.id } : {})) as {
    nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; ignored: boolean }[];
  };
  return nodes.map((n) => ({ role: n.role?.value ?? '', name: (n.name?.value ?? '').replace(/\s+/g, ' ').trim(), description: n.description?.value ?? '', ignored: n.ignored }))
    .filter((n) => !n.ignored);
}

/** A ctrl+wheel over the drawing (the browser's page-zoom gesture), and whether the element cancelled it. */
export function ctrlWheel(el: NewsTimeline, deltaY: number): boolean {
  const plot = part(el, 'plot')!;
  const r = plot.getBoundingClientRect();
  const wheel = new WheelEvent('wheel', { deltaY, ctrlKey: true, bubbles: true, cancelable: true, clientX: r.left + r.width / 2, clientY: r.top + 60, view: window });
  plot.dispatchEvent(wheel);
  return wheel.defaultPrevented;
}
