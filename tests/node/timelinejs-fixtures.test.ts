import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/model/csv.js';
import { parseTimeline } from '../../src/model/parse.js';

/**
 * Every TimelineJS file we can reach, as TimelineJS3's own repository has them (tests/fixtures/
 * timelinejs3, see its README) and as the shared fixtures hold them: each parses with no event lost.
 */
const DIRS = [fileURLToPath(new URL('../fixtures/timelinejs3/', import.meta.url)), '/work/shared/fixtures/timelinejs/'];
const FILES = DIRS.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((name) => /\.(json|csv)$/.test(name)).map((name) => ({ name, path: dir + name }));
  } catch {
    return [];
  }
});

type Slide = Record<string, unknown>;
const year = (slide: Slide) => ((slide['start_date'] ?? slide['date']) as { year?: unknown } | undefined)?.year;

/** The slides a file holds that are events: not its title slide (nor era rows), each with a start year. */
function expectedEvents(text: string, name: string): { dated: number; undated: number } {
  if (name.endsWith('.csv')) {
    const [header, ...rows] = parseCsv(text).rows;
    const type = header!.findIndex((h) => h.trim().toLowerCase() === 'type');
    const events = rows.filter((row) => row.some((cell) => cell.trim() !== '') && !['title', 'era'].includes(row[type]?.trim().toLowerCase() ?? ''));
    return { dated: events.length, undated: 0 };
  }
  const json = JSON.parse(text) as { events?: Slide[]; timeline?: { slides: Slide[] } };
  const slides = json.events ?? json.timeline!.slides;
  const dated = slides.filter((slide) => `${year(slide) ?? ''}`.trim() !== '').length;
  return { dated, undated: slides.length - dated };
}

describe('every TimelineJS file parses with no event lost', () => {
  test('the fixtures are there (17 from TimelineJS3, 3 shared)', () => {
    expect(FILES.filter((f) => f.path.includes('timelinejs3'))).toHaveLength(17);
    expect(FILES.length).toBeGreaterThanOrEqual(17);
  });

  test.each(FILES.map((f) => [f.name, f.path]))('%s', (name, path) => {
    const text = readFileSync(path, 'utf8');
    const { dated, undated } = expectedEvents(text, name);
    const { data, issues } = parseTimeline(text);
    expect(data.events, issues.map((i) => i.message).join('\n')).toHaveLength(dated);
    // The only errors are for slides with no date at all (TimelineJS's own error-message test has one).
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(undated);
    expect(data.events.every((e) => Number.isFinite(e.start.time) && e.start.endTime > e.start.time)).toBe(true);
  });
});
