import { afterEach, describe, expect, test } from 'vitest';
import { articleData, mount, part, unmountAll } from './harness.js';

afterEach(() => unmountAll());

type Key = string;

/** Counts listeners on window and document (or on `targets`) that are added and not yet removed. */
function trackListeners(targets: EventTarget[] = [window, document]) {
  const live = new Map<Key, number>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    if (listener && typeof listener === 'object' || typeof listener === 'function') {
      if (!ids.has(listener as object)) ids.set(listener as object, next++);
    }
    const capture = typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
    return `${targets.indexOf(target)}:${type}:${ids.get(listener as object)}:${capture}`;
  };
  const restore: (() => void)[] = [];
  for (const target of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const k = key(target, type, listener, options);
      live.set(k, 1);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      live.delete(key(target, type, listener, options));
      return remove.call(this, type, listener, options);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return { count: () => live.size, restore: () => restore.forEach((r) => r()) };
}

/** Counts ResizeObservers that were created and not disconnected. */
function trackObservers() {
  const Original = window.ResizeObserver;
  let live = 0;
  window.ResizeObserver = class extends Original {
    private active = true;
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      live++;
    }
    override disconnect() {
      if (this.active) live--;
      this.active = false;
      super.disconnect();
    }
  };
  return { count: () => live, restore: () => (window.ResizeObserver = Original) };
}

describe('<news-timeline> connecting and disconnecting', () => {
  test('1,000 connections leave no window or document listeners, observers or gesture listeners behind', async () => {
    const listeners = trackListeners();
    const observers = trackObservers();
    try {
      const el = await mount((el) => {
        el.id = 'tl';
        el.deepLink = true;
        el.story = true;
        el.events = articleData;
      });
      const container = el.parentElement!;
      const plot = part(el, 'plot')!;
      el.remove();
      const gestures = trackListeners([plot]);
      const baseline = { listeners: listeners.count(), observers: observers.count() };
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      const heapBefore = memory?.usedJSHeapSize ?? 0;
      for (let i = 0; i < 1000; i++) {
        container.append(el);
        await el.updateComplete;
        // While connected it really is listening: the counts below are not trivially zero.
        if (i === 0) {
          expect(listeners.count()).toBeGreaterThan(baseline.listeners);
          // Two resize observers: the element's width and the reader's text spacing.
          expect(observers.count()).toBe(baseline.observers + 2);
          expect(gestures.count()).toBeGreaterThan(0);
        }
        el.remove();
      }
      expect(listeners.count()).toBe(baseline.listeners);
      expect(observers.count()).toBe(baseline.observers);
      expect(gestures.count()).toBe(0);
      gestures.restore();
      // The same node is reused: the gestures listen on it, and it is never replaced.
      container.append(el);
      await el.updateComplete;
      expect(part(el, 'plot')).toBe(plot);
      if (memory) expect(memory.usedJSHeapSize - heapBefore).toBeLessThan(20 * 1024 * 1024);
    } finally {
      listeners.restore();
      observers.restore();
    }
  });
});
