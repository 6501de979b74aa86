import { conditionalRequest } from './conditional.js';
import { formatOfResponse, type SourceController } from './source.js';

/** What a refresh found: the same data, new data, a failure (the data loaded before stays), or nothing to refresh. */
export type RefreshOutcome = 'unchanged' | 'changed' | { readonly failed: string } | 'skipped';

const failed = (error: unknown) => ({ failed: (error as Error).message || 'network error' });

/**
 * Asks for `src` again, conditionally on the validators the server sent (./conditional.ts); loaded on
 * demand with the rest of developing stories. The same text is `unchanged`, and a failure leaves the
 * loaded data as it was.
 */
export async function refreshSource(source: SourceController): Promise<RefreshOutcome> {
  const before = source.state;
  if (before.status === 'failed') {
    // A first load that failed is simply tried again.
    await source.request();
    const after = source.state;
    return after.status === 'loaded' ? 'changed' : after.status === 'failed' ? { failed: after.reason } : 'skipped';
  }
  if (before.status !== 'loaded') return 'skipped';
  const { src } = before;
  let fetched;
  try {
    fetched = await source.fetch(conditionalRequest(src, source.response?.headers));
  } catch (error) {
    return failed(error);
  }
  if (!fetched) return 'skipped';
  const { response, content } = fetched;
  if (response.status === 304) return 'unchanged';
  if (content === before.content) {
    // The same text, perhaps with new validators for the next time.
    source.response = response;
    return 'unchanged';
  }
  source.set({ status: 'loaded', src, content, format: formatOfResponse(src, response.headers.get('content-type')) }, response);
  return 'changed';
}
