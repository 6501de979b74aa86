/**
 * Code the bundle keeps out of its first download: a chunk loaded once per page, the first time a
 * timeline needs it. Failing to load is never fatal: each caller has a fallback, and the console says why.
 */
export interface OnDemand<T> {
  /** What the chunk provides; `null` until it is in, or if it could not load. */
  readonly value: T | null;
  /** Whether loading has ended, either way. */
  readonly settled: boolean;
  /** Starts loading (once; again after a failure); resolves when it ends, either way. */
  load(): Promise<void>;
}

/** `importer` runs the `import()`; `failure` completes "news-timeline: …" in the console if it fails. */
export function onDemand<T>(importer: () => Promise<T>, failure: string): OnDemand<T> {
  let loading: Promise<void> | null = null;
  const code = {
    value: null as T | null,
    settled: false,
    load: (): Promise<void> => (loading ??= importer().then((value) => {
      code.value = value;
    }, (error: unknown) => {
      loading = null;
      console.error(`news-timeline: ${failure}`, error);
    }).finally(() => {
      code.settled = true;
    })),
  };
  return code;
}
