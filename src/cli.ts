#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx news-timeline validate|convert <file>`: the command-line face of `news-timeline/data`.
 * All logic lives in `cli/run-cli.ts`; this file only connects it to the process.
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
