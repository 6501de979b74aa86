import { decodeText } from '../model/decode.js';
import { detectFormat, readFormat, type TimelineFormat } from '../model/formats.js';
import { LIMITS } from '../model/limits.js';
import { canonicalLocale } from '../model/locale-tag.js';
import { parseTimeline } from '../model/parse.js';
import { serializeTimeline } from '../model/serialize.js';
import { writePage, type PageAssets } from './page.js';

/** What the command line needs from its host, so the logic runs (and is tested) without a process. */
export interface CliIo {
  /** The file's bytes (UTF-8 or UTF-16, with or without a byte-order mark), or its text already decoded. */
  readonly readFile: (path: string) => Promise<Uint8Array | string>;
  /** The file's size in bytes, asked before it is read so a file too large is refused unread; `null` when unknown. */
  readonly fileSize?: (path: string) => Promise<number | null>;
  /** Standard output: the converted JSON. */
  readonly out: (text: string) => void;
  /** Standard error: issues, summaries and usage. */
  readonly err: (text: string) => void;
  /** Writes a file (the `page` command's `-o`). */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  /** The built bundle and its on-demand parts, which the `page` command puts inline. */
  readonly pageAssets?: () => Promise<PageAssets>;
}

export const USAGE = `Usage: news-timeline <command> <file> [--format json|timelinejs|csv]

Commands:
  validate <file>   Print one line per problem, with where it is; exit 1 when there are errors.
  convert <file>    Print the timeline as news-timeline JSON (problems go to standard error).
  page <file> [-o timeline.html] [--locale en-GB]
                    Write one self-contained HTML page: the events as a list readable without
                    JavaScript, the data and the script inline; it loads nothing else. Without -o it
                    is printed. Problems go to standard error.

The format (our JSON, TimelineJS JSON, TimelineJS spreadsheet CSV or our CSV) is detected from the
file; --format overrides it.`;

/**
 * The largest file read: no file over this size can hold `LIMITS.inputChars` characters or fewer
 * (UTF-8 takes at most 3 bytes for a character JavaScript counts as one).
 */
export const MAX_FILE_BYTES = 3 * LIMITS.inputChars;

/** The message for a file too large to read, in the shape of the parser's own. */
const tooLarge = (bytes: number) => `data: expected at most ${LIMITS.inputChars} characters, found a file of ${bytes} bytes (not read)`;

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

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Options that take a value: the value follows the option. */
const VALUE_OPTIONS = ['--format', '-o', '--output', '--locale'];
const COMMANDS = ['validate', 'convert', 'page'];

/** The value given to an option (`''` when it ends the line), or `undefined` when it is absent. */
function optionValue(args: readonly string[], ...names: string[]): string | undefined {
  const index = args.findIndex((a) => names.includes(a));
  return index >= 0 ? (args[index + 1] ?? '') : undefined;
}

/** Runs `news-timeline <command> <file>`; resolves to the exit code (0 ok, 1 errors in the data, 2 usage). */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('-') && !VALUE_OPTIONS.includes(args[i - 1] ?? ''));
  const formatArg = optionValue(args, '--format');
  const output = optionValue(args, '-o', '--output');
  const localeArg = optionValue(args, '--locale');
  const [command, path] = positional;
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (!COMMANDS.includes(command ?? '') || path === undefined || positional.length > 2) {
    io.err(USAGE);
    return 2;
  }
  if (command !== 'page' && (output !== undefined || localeArg !== undefined)) {
    io.err(`news-timeline: -o and --locale are options of the page command only\n\n${USAGE}`);
    return 2;
  }
  const locale = localeArg === undefined ? 'en' : canonicalLocale(localeArg);
  if (locale === null || output === '') {
    io.err(output === '' ? 'news-timeline: expected a file name after -o' : `news-timeline: expected --locale with a language tag such as en-GB, found ${JSON.stringify(localeArg)}`);
    return 2;
  }
  const format = formatFor(path, formatArg);
  if (formatArg !== undefined && format === null) {
    io.err(`news-timeline: expected --format json, timelinejs or csv, found ${JSON.stringify(formatArg)}`);
    return 2;
  }
  // Problems are what `validate` prints; `convert` and `page` keep standard output for what they write.
  const report = command === 'validate' ? io.out : io.err;
  let text: string;
  try {
    const size = (await io.fileSize?.(path)) ?? null;
    if (size !== null && size > MAX_FILE_BYTES) {
      report(`${path}: error: ${tooLarge(size)}`);
      return 1;
    }
    const content = await io.readFile(path);
    if (typeof content !== 'string' && content.length > MAX_FILE_BYTES) {
      report(`${path}: error: ${tooLarge(content.length)}`);
      return 1;
    }
    text = typeof content === 'string' ? content : decodeText(content);
  } catch (error) {
    io.err(`news-timeline: cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }

  const { data, issues, counts } = parseTimeline(text, { format });
  for (const issue of issues) report(`${path}: ${issue.severity}: ${issue.message}`);
  const { errors, warnings } = counts;
  const more = errors + warnings - issues.length;
  if (more > 0) report(`${path}: …and ${more} more (only the first ${issues.length} are listed)`);
  io.err(`${path}: ${plural(data.events.length, 'event')} read as ${format ?? describeFormat(text)}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
    (counts.skippedEvents ? ` (${plural(counts.skippedEvents, 'event')} skipped)` : ''));
  if (command === 'convert') io.out(JSON.stringify(serializeTimeline(data), null, 2));
  if (command === 'page') {
    if (data.events.length === 0) {
      io.err(`${path}: no events to show: no page written`);
      return 1;
    }
    if (!io.pageAssets || (output !== undefined && !io.writeFile)) throw new Error('news-timeline page: the host gives no way to read the bundle or write the page');
    const page = writePage(data, await io.pageAssets(), { locale });
    if (output === undefined) io.out(page);
    else {
      try {
        await io.writeFile!(output, page);
      } catch (error) {
        io.err(`news-timeline: cannot write ${output}: ${(error as Error).message}`);
        return 2;
      }
      io.err(`${output}: written (${Math.round(page.length / 1024)} KB, needs no other file)`);
    }
  }
  return errors > 0 || data.events.length === 0 ? 1 : 0;
}
