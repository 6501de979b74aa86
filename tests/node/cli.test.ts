import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runCli, USAGE } from '../../src/cli/run-cli.js';
import { built } from './built.js';

const fixtures = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const files: Record<string, string> = {
  'bad.json': JSON.stringify({ events: [{ id: 'madrid', start: '2022-06-28', title: 'Madrid' }, { id: 'vilnius-summit', start: '11/07/2023', title: 'Vilnius' }] }),
  'bad.csv': 'Year,Month,Day,Headline\n2023,5,24,Good\n2023,13,1,Bad month\n',
  'warn.json': JSON.stringify([{ start: '2023', title: 'T', status: 'rumoured' }]),
  'updates.json': JSON.stringify({ events: [{ id: 'vilnius-summit', start: '2023-07-11', title: 'Vilnius', updates: [{ date: '2023-07-11', text: 'Opened' }, { date: '11/07/2023', text: 'x' }, { date: '2023-07-12', text: 'y', kind: 'erratum' }] }] }),
};

/** Runs the CLI on in-memory files (or the gallery's data folder), collecting its output. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    readFile: async (path) => files[path] ?? readFileSync(fixtures + path, 'utf8'),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out, err };
}

describe('news-timeline validate', () => {
  test('a clean file: no issue lines, a summary, exit 0', async () => {
    const { code, out, err } = await cli('validate', 'japan-nato-2022-2023.json');
    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringMatching(/^japan-nato-2022-2023\.json: \d+ events read as json, 0 errors, 0 warnings$/)]);
  });

  test('one line per issue with its location, exit 1 on errors', async () => {
    const { code, out } = await cli('validate', 'bad.json');
    expect(code).toBe(1);
    expect(out).toEqual(['bad.json: error: events[1] ("vilnius-summit").start: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"']);
  });

  test('CSV issues name the row and column', async () => {
    const { code, out } = await cli('validate', 'bad.csv');
    expect(code).toBe(1);
    expect(out).toEqual(['bad.csv: error: row 3 ("Bad month"), column "Month": expected a whole number from 1 to 12, found "13"']);
  });

  test('warnings alone exit 0', async () => {
    const { code, out } = await cli('validate', 'warn.json');
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
  });

  test('updates are validated like every other field: each problem located, the developing story clean', async () => {
    const { code, out } = await cli('validate', 'updates.json');
    expect(code).toBe(0);
    expect(out).toEqual([
      'updates.json: warning: events[0] ("vilnius-summit").updates[1].date: expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"',
      'updates.json: warning: events[0] ("vilnius-summit").updates[2].kind: expected update or correction, found "erratum" (read as update)',
    ]);
    const clean = await cli('validate', 'developing/v7.json');
    expect([clean.code, clean.out, clean.err]).toEqual([0, [], ['developing/v7.json: 23 events read as json, 0 errors, 0 warnings']]);
  });

  test('TimelineJS files are detected and named', async () => {
    const { err } = await cli('validate', 'timelinejs/eras.json');
    expect(err.at(-1)).toBe('timelinejs/eras.json: 20 events read as timelinejs, 0 errors, 0 warnings');
  });

  test('usage errors exit 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate', 'x.json')).err).toEqual([USAGE]);
    expect((await cli('validate', 'x.json', '--format', 'xml')).code).toBe(2);
    expect((await cli('validate', 'missing.json')).err[0]).toMatch(/^news-timeline: cannot read missing\.json: ENOENT/);
  });
});

describe('news-timeline convert', () => {
  test('prints our own JSON for a TimelineJS spreadsheet', async () => {
    const { code, out } = await cli('convert', 'timelinejs/my-own-timeline.csv');
    expect(code).toBe(0);
    const data = JSON.parse(out.join('\n'));
    expect(data.title).toBe('MY OWN CSV');
    expect(data.events).toHaveLength(10);
    expect(data.events[0]).toMatchObject({ id: '1815-12-10-ada-lovelace', start: '1815-12-10', end: '1852-11-27', title: 'Ada Lovelace' });
  });

  test('--format overrides detection', async () => {
    const { code } = await cli('convert', 'timelinejs/eras.json', '--format', 'json');
    expect(code).toBe(1);
  });
});

// The built command itself; `.ci/run` builds before it tests.
describe('the built bin (dist/cli.js)', () => {
  test('validates the fixtures and converts one', () => {
    const bin = built('cli.js');
    const ok = spawnSync(process.execPath, [bin, 'validate', fixtures + 'timelinejs/marktwain.json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(4);
    const bad = spawnSync(process.execPath, [bin, 'validate', fixtures + 'nope.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const json = JSON.parse(execFileSync(process.execPath, [bin, 'convert', fixtures + 'timelinejs/eras.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    expect(json.events).toHaveLength(20);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
