#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx news-timeline validate|convert|page <file>`: the command-line face of `news-timeline/data`.
 * All logic lives in `cli/run-cli.ts`; this file only connects it to the process and to the files.
 */
import { open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_FILE_BYTES, runCli } from './cli/run-cli.js';

/**
 * At most `MAX_FILE_BYTES + 1` bytes of a file: enough to tell it is too large, even when its size
 * is not known beforehand (a pipe, a device such as /dev/zero).
 */
async function readBounded(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    while (length <= MAX_FILE_BYTES) {
      const chunk = new Uint8Array(1 << 20);
      const { bytesRead } = await file.read(chunk, 0, chunk.length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await file.close();
  }
}

/** The bundle and its parts, beside this file in dist/. */
async function pageAssets() {
  const chunkDir = new URL('./chunks/', import.meta.url);
  const names = (await readdir(chunkDir)).filter((name) => name.endsWith('.js'));
  const chunks = new Map(await Promise.all(names.map(async (name) => [name, await readFile(new URL(name, chunkDir), 'utf8')] as const)));
  return { bundle: await readFile(new URL('./news-timeline.bundle.js', import.meta.url), 'utf8'), chunks };
}

process.exitCode = await runCli(process.argv.slice(2), {
  fileSize: async (path) => {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  },
  readFile: readBounded,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  pageAssets,
});
