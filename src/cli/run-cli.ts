import { detectFormat, readFormat, type TimelineFormat } from '../model/formats.js';
import { parseTimeline } from '../model/parse.js';
import { serializeTimeline } from '../model/serialize.js';

/** What the command line needs from its host, so the logic runs (and is tested) without a process. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  /** Standard output: the converted JSON. */
  readonly out: (text: string) => void;
  /** Standard error: issues, summaries and usage. */
  readonly err: (text: string) => void;
}

export const USAGE = `Usage: news-timeline <command> <file> [--format json|timelinejs|csv]

Commands:
  validate <file>   Print one line per problem, with where it is; exit 1 when there are errors.
  convert <file>    Print the timeline as news-timeline JSON (problems go to standard error).

The format (our JSON, TimelineJS JSON, TimelineJS spreadsheet CSV or our CSV) is detected from the
file; --format overrides it.`;

/** A `.csv` file is CSV; anything else is told from its content. */
function formatFor(path: string, given: string | undefined): TimelineFormat | null {
  if (given !== undefined) return readFormat(given);
  return /\.csv$/i.test(path) ? 'csv' : null;
}

/** The detected format, naming TimelineJS JSON as such. */
function describeFormat(text: string): TimelineFormat {
  const format = detectFormat(text);
  if (format !== 'json') return format;
  try {
    return detectFormat(JSON.parse(text) as unknown);
  } catch {
    return format;
  }
}

/** Runs `news-timeline <command> <file>`; resolves to the exit code (0 ok, 1 errors in the data, 2 usage). */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--format');
  const formatIndex = args.indexOf('--format');
  const formatArg = formatIndex >= 0 ? (args[formatIndex + 1] ?? '') : undefined;
  const [command, path] = positional;
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if ((command !== 'validate' && command !== 'convert') || path === undefined || positional.length > 2) {
    io.err(USAGE);
    return 2;
  }
  const format = formatFor(path, formatArg);
  if (formatArg !== undefined && format === null) {
    io.err(`news-timeline: expected --format json, timelinejs or csv, found ${JSON.stringify(formatArg)}`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.err(`news-timeline: cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }

  const { data, issues } = parseTimeline(text, { format });
  // Problems are what `validate` prints; `convert` keeps standard output for the JSON.
  const report = command === 'validate' ? io.out : io.err;
  for (const issue of issues) report(`${path}: ${issue.severity}: ${issue.message}`);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  io.err(`${path}: ${data.events.length} ${data.events.length === 1 ? 'event' : 'events'} read as ${format ?? describeFormat(text)}, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  if (command === 'convert') io.out(JSON.stringify(serializeTimeline(data), null, 2));
  return errors > 0 || data.events.length === 0 ? 1 : 0;
}
