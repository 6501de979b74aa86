import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: the gallery's dev-server middleware is plain JavaScript.
import { developingStory } from '../../examples/developing-server.js';

const dir = new URL('../../examples/data/developing/', import.meta.url).pathname;
let server: Server;
let base = '';

beforeAll(async () => {
  const story = developingStory(dir) as (req: unknown, res: unknown, next: () => void) => void;
  server = createServer((req, res) => story(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const control = async (to?: string) => (await fetch(`${base}/control${to ? `?version=${to}` : ''}`, { method: to ? 'POST' : 'GET' })).json() as Promise<{ version: number; count: number; asOf: string }>;

describe('the gallery’s developing-story server (examples/developing-server.js)', () => {
  test('serves one URL that moves through the versions, with an ETag and a Last-Modified date for each, and 304s', async () => {
    expect(await control('first')).toMatchObject({ version: 1, count: 7, asOf: '2023-05-25' });
    const first = await fetch(`${base}/story.json`);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"v1-[0-9a-f]{12}"$/);
    expect(first.headers.get('last-modified')).toBe('Thu, 25 May 2023 12:00:00 GMT');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(((await first.json()) as { events: unknown[] }).events).toHaveLength(9);

    const again = await fetch(`${base}/story.json`, { headers: { 'If-None-Match': etag } });
    expect([again.status, await again.text()]).toEqual([304, '']);
    const since = await fetch(`${base}/story.json`, { headers: { 'If-Modified-Since': 'Thu, 25 May 2023 12:00:00 GMT' } });
    expect(since.status).toBe(304);

    expect(await control('next')).toMatchObject({ version: 2, asOf: '2023-06-06' });
    const second = await fetch(`${base}/story.json`, { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).toMatch(/^"v2-/);
    expect(((await second.json()) as { events: unknown[] }).events).toHaveLength(11);
    // An ETag that does not match wins over a date that would.
    const both = await fetch(`${base}/story.json`, { headers: { 'If-None-Match': etag, 'If-Modified-Since': 'Fri, 14 Jul 2023 12:00:00 GMT' } });
    expect(both.status).toBe(200);
  });

  test('the control steps, jumps and stays within the versions; reading it changes nothing', async () => {
    expect((await control('last')).version).toBe(7);
    expect((await control('next')).version).toBe(7);
    expect((await control('3')).version).toBe(3);
    expect((await control()).version).toBe(3);
    expect((await control('previous')).version).toBe(2);
    expect((await control('first')).version).toBe(1);
    expect((await control('previous')).version).toBe(1);
    expect((await fetch(`${base}/control?version=sideways`, { method: 'POST' })).status).toBe(400);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});
