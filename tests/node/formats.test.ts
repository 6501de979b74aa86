import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../src/model/formats.js';
import { parseTimeline } from '../../src/model/parse.js';

const fixture = (name: string) => readFileSync(new URL(`../../examples/data/timelinejs/${name}`, import.meta.url), 'utf8');

describe('TimelineJS3 JSON', () => {
  test('marktwain.json: all 17 slides come through, with dates, headlines, text and media', () => {
    const { data, issues } = parseTimeline(fixture('marktwain.json'));
    expect(data.events).toHaveLength(17);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    // The title slide has only text: it becomes the description.
    expect(data.title).toBeNull();
    expect(data.description).toMatch(/^Samuel Langhorne Clemens/);
    const hannibal = data.events.find((e) => e.title === 'Hannibal, Missouri')!;
    expect(hannibal.start.text).toBe('1920-01-05T06:45:56');
    expect(hannibal.start.precision).toBe('second');
    expect(hannibal.end?.text).toBe('1923-01-05T06:45:56');
    expect(hannibal.summary).toBe('Moves to Hannibal, Missouri, which later serves as the model town for Tom Sawyer and Huckleberry Finn.');
    expect(hannibal.media).toEqual({ url: 'http://instagram.com/p/lEPdm4J20m/', caption: 'Mark Twain\'s boyhood home in Hannibal, Missouri.' });
    const married = data.events.find((e) => e.title === 'Married')!;
    expect(married.media).toMatchObject({ caption: 'something', credit: 'ETC' });
    // A year alone keeps year precision.
    expect(data.events.find((e) => e.title === 'Get started!')!.start).toMatchObject({ text: '2014', precision: 'year' });
  });

  test('marktwain.json: slides without a headline get one from their text or caption, with a warning each', () => {
    const { data, issues } = parseTimeline(fixture('marktwain.json'));
    expect(data.events.filter((e) => e.title === 'a tweet')).toHaveLength(1);
    expect(issues.map((i) => i.message)).toContain('events[4].text.headline: expected a headline, found "" (used "a tweet" from the slide)');
    expect(issues.map((i) => i.path)).toEqual(['events[0].text.headline', 'events[3].text.headline', 'events[4].text.headline', 'events[5].text.headline']);
  });

  test('eras.json: 20 events and 3 eras, years before 1000 kept as years', () => {
    const { data, issues } = parseTimeline(fixture('eras.json'));
    expect(issues).toEqual([]);
    expect(data.title).toBe('Eras Test');
    expect(data.events).toHaveLength(20);
    expect(data.eras.map((e) => [e.start.text, e.end.text, e.title])).toEqual([
      ['0650', '0700', 'Era Test 650-700'],
      ['0600', '0650', 'Era Test 600-650'],
      ['0700', '0720', 'Era Test 700-720'],
    ]);
    const hijra = data.events.find((e) => e.title.startsWith('Muhammad Migrates'))!;
    expect([hijra.start.text, hijra.end?.text]).toEqual(['0622-08-09', '0622-08-23']);
    expect(hijra.media?.url).toBe('https://en.wikipedia.org/wiki/Hijra_(Islam)');
    expect(data.events[0]).toMatchObject({ title: 'Last great Roman-Persian War.', summary: expect.stringMatching(/^Long conflict/) });
  });

  test('the format is detected, and can be forced', () => {
    const value = JSON.parse(fixture('eras.json'));
    expect(detectFormat(value)).toBe('timelinejs');
    expect(detectFormat({ events: [{ start: '2023', title: 'T' }] })).toBe('json');
    // Read as our own format, a TimelineJS file has no usable event.
    expect(parseTimeline(value, { format: 'json' }).data.events).toHaveLength(0);
  });

  test('negative years are BC (historical numbering), groups and display dates are kept', () => {
    const { data, issues } = parseTimeline({
      events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides of March' }, group: 'Rome', display_date: 'The Ides' }],
    });
    expect(issues).toEqual([]);
    expect(data.events[0]).toMatchObject({ group: 'Rome', displayDate: 'The Ides' });
    expect(data.events[0]!.start.text).toBe('-0043-03-15');
  });

  test.each([
    [{ start_date: { year: '1943', month: '13' }, text: { headline: 'H' } }, 'events[0] ("H").start_date.month: expected a whole number from 1 to 12, found "13"'],
    [{ start_date: { year: '1943', month: '2', day: '30' }, text: { headline: 'H' } }, 'events[0] ("H").start_date.day: expected a day that exists, found "30" (February 1943 has no day 30, only 28)'],
    [{ start_date: { year: 'MCMXL' }, text: { headline: 'H' } }, 'events[0] ("H").start_date.year: expected a year such as 1943 (negative for BC), found "MCMXL"'],
    [{ text: { headline: 'H' } }, 'events[0] ("H").start_date.year: expected a year such as 1943, found nothing'],
    [{ start_date: { year: 1950 }, end_date: { year: 1940 }, text: { headline: 'H' } }, 'events[0] ("H").end_date: expected a date on or after start (1950), found "1940"'],
    [{ start_date: { year: 1950 }, text: { text: '' } }, 'events[0].text.headline: expected a headline, or text or a caption to make one from, found nothing'],
    [{ start_date: { year: 1950 }, text: { headline: '<script>x()</script>' } }, 'events[0].text.headline: expected a headline, or text or a caption to make one from, found "<script>x()</script>"'],
  ])('a bad slide is an error named in TimelineJS’s terms: %j', (slide, message) => {
    const { data, issues } = parseTimeline({ events: [slide, { start_date: { year: 2000 }, text: { headline: 'Good' } }] });
    expect(data.events.map((e) => e.title)).toEqual(['Good']);
    expect(issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('the TimelineJS spreadsheet template as CSV', () => {
  test('my-own-timeline.csv: the title row, then all 10 events with dates, headline, text, media and credits', () => {
    const { data, issues } = parseTimeline(fixture('my-own-timeline.csv'));
    expect(issues).toEqual([]);
    expect(data.title).toBe('MY OWN CSV');
    expect(data.description).toMatch(/^In this sample timeline/);
    expect(data.events).toHaveLength(10);
    const ada = data.events.find((e) => e.title === 'Ada Lovelace')!;
    expect([ada.start.text, ada.end?.text]).toEqual(['1815-12-10', '1852-11-27']);
    expect(ada.body).toMatch(/^<p>Women have been programming.*<a href="https:\/\/en.wikipedia.org\/wiki\/Ada_Lovelace">Ada Lovelace<\/a>/);
    expect(ada.summary).toMatch(/^Women have been programming since before it was a thing\. Take Ada Lovelace: Daughter/);
    // Captions and credits are text only: their HTML is reduced to its text.
    expect(ada.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      credit: 'Wikimedia Commons',
      caption: 'Portrait by Alfred Edward Chalon',
    });
    const eniac = data.events.find((e) => e.title === '...And the women who made it work')!;
    expect([eniac.start.text, eniac.end?.text]).toEqual(['1943-07', '1946']);
    expect(eniac.media?.credit).toBe('Computer History Museum');
    // A blockquote in the Media column is text, not a URL.
    const clarke = data.events.find((e) => e.title === 'Edith Clarke: Bucking the Trend')!;
    expect(clarke.media).toBeNull();
    expect(clarke.body).toMatch(/^<blockquote>There is no demand/);
    expect(clarke.start.text).toBe('1948-03-14');
  });

  test('Time, Display Date, Group and Type=era columns', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      '2023,5,24,3:05 PM,,,,,,Press conference,,,,,,,China,',
      '2023,7,11,09:30,2023,7,12,18:00:30,Vilnius,Summit,,,,,,,NATO,',
      '2022,,,,2023,,,,,Kishida era,,,,,,era,,',
    ].join('\n');
    const { data, issues } = parseTimeline(csv);
    expect(issues).toEqual([]);
    expect(data.events.map((e) => [e.start.text, e.end?.text ?? null, e.group, e.displayDate])).toEqual([
      ['2023-05-24T15:05', null, 'China', null],
      ['2023-07-11T09:30', '2023-07-12T18:00:30', 'NATO', 'Vilnius'],
    ]);
    expect(data.eras.map((e) => e.title)).toEqual(['Kishida era']);
  });

  test('era rows are checked and named by row and column too', () => {
    const csv = 'Year,End Year,Headline,Type\n2020,2021,Good era,era\n2021,2019,Backwards era,era\n2022,,Event,\n';
    const { data, issues } = parseTimeline(csv);
    expect(data.eras.map((e) => e.title)).toEqual(['Good era']);
    expect(issues.map((i) => i.message)).toEqual(['row 3, column "End Year": expected a date on or after start (2021), found "2019" (era skipped)']);
  });

  test('TimelineJS eras are named in TimelineJS’s terms, in their own positions', () => {
    const { issues } = parseTimeline({ events: [{ start_date: { year: 1 }, text: { headline: 'H' } }], eras: [7, { start_date: { year: 5 }, text: { headline: 'E' } }] });
    expect(issues.map((i) => i.message)).toEqual([
      'eras[0]: expected an era with start_date, end_date and text, found 7',
      'eras[1].end_date: expected a date, found nothing (era skipped)',
    ]);
  });

  test('problems are named by row and column', () => {
    const csv = 'Year,Month,Day,Headline\n2023,5,24,Good\n2023,13,1,Bad month\n2023,2,30,Bad day\n,,,No year\n2023,1,1,';
    const { data, issues } = parseTimeline(csv);
    expect(data.events.map((e) => e.title)).toEqual(['Good']);
    expect(issues.map((i) => i.message)).toEqual([
      'row 3 ("Bad month"), column "Month": expected a whole number from 1 to 12, found "13"',
      'row 4 ("Bad day"), column "Day": expected a day that exists, found "30" (February 2023 has no day 30, only 28)',
      'row 5 ("No year"), column "Year": expected a year such as 1943, found ""',
      'row 6, column "Headline": expected a headline, or text or a caption to make one from, found ""',
    ]);
    expect(issues[0]).toMatchObject({ row: 3, column: 'Month', severity: 'error' });
  });
});

describe('CSV with our own field names', () => {
  test('reads every field, in any column order and header spelling', () => {
    const csv = [
      'Title,START,end,summary,group,tags,status,importance,source_url,source title,media url,media alt,display date,extra',
      '"Vilnius summit","2023-07-11",2023-07-12,"Kishida ""expected""",nato,summit; diplomacy,expected,3,https://www.nato.int/,NATO,https://example.org/a.jpg,A hall,11–12 July,ignored',
    ].join('\r\n');
    const { data, issues } = parseTimeline(csv);
    expect(issues).toEqual([]);
    expect(data.events[0]).toMatchObject({
      title: 'Vilnius summit', summary: 'Kishida "expected"', group: 'nato', tags: ['summit', 'diplomacy'], status: 'expected',
      importance: 3, displayDate: '11–12 July', media: { url: 'https://example.org/a.jpg', alt: 'A hall' },
    });
    expect(data.events[0]!.sources).toEqual([{ title: 'NATO', publisher: null, url: 'https://www.nato.int/', date: null }]);
    expect([data.events[0]!.start.text, data.events[0]!.end?.text]).toEqual(['2023-07-11', '2023-07-12']);
  });

  test('problems are named by row and by the header’s own column name', () => {
    const csv = 'Start,Title,Status,source_url\n2023-05-24,Good,,\n11/07/2023,Vilnius,,\n2023-05-25,Odd,rumoured,javascript:alert(1)';
    const { data, issues } = parseTimeline(csv);
    expect(data.events.map((e) => e.title)).toEqual(['Good', 'Odd']);
    expect(issues.map((i) => i.message)).toEqual([
      'row 3 ("Vilnius"), column "Start": expected an ISO 8601 date such as 2023-07-11, found "11/07/2023"',
      'row 4 ("Odd"), column "Status": expected one of confirmed, expected, disputed or cancelled, found "rumoured"',
      'row 4 ("Odd"), column "source_url": expected an http(s) or relative URL, found "javascript:alert(1)" (source dropped)',
    ]);
  });

  test('a header without start or title is one error', () => {
    const { data, issues } = parseTimeline('date,headline\n2023,x', { format: 'csv' });
    expect(data.events).toEqual([]);
    expect(issues[0]!.message).toBe('row 1: expected a column named "start", found the columns "date" and "headline"');
  });

  test('an unclosed quote is reported with its row', () => {
    const { issues } = parseTimeline('start,title\n2023,"Open\n');
    expect(issues.map((i) => i.message)).toContain('row 2, column "title": expected a closing quote (") for the quoted field that starts here, found the end of the file (the quote is read as text and the row ends at its line break)');
  });
});

describe('mayHaveRichText (the element loads the HTML reader only for it)', () => {
  test('says yes for our JSON with a body, as a value or as text, and no otherwise', async () => {
    const { mayHaveRichText } = await import('../../src/model/formats.js');
    const rich = { start: '2023-05-24', title: 'Statements', body: '<p>Mao Ning &amp; Kishida</p>' };
    const plain = { start: '2023-05-24', title: 'Statements', summary: 'Text' };
    expect(mayHaveRichText({ events: [plain, rich] })).toBe(true);
    expect(mayHaveRichText([rich])).toBe(true);
    expect(mayHaveRichText(JSON.stringify({ events: [rich] }, null, 2))).toBe(true);
    expect(mayHaveRichText({ events: [plain] })).toBe(false);
    expect(mayHaveRichText([plain, null, 3])).toBe(false);
    expect(mayHaveRichText(JSON.stringify([plain]))).toBe(false);
    expect(mayHaveRichText({ events: 'none' })).toBe(false);
    expect(mayHaveRichText(null)).toBe(false);
  });
});

describe('parseOrLoad (the element’s parser)', () => {
  test('parses plain JSON at once, and waits for the HTML reader before giving rich text its summary', async () => {
    const { parseOrLoad } = await import('../../src/model/lazy-parse.js');
    const plain = parseOrLoad({ events: [{ start: '2022-06-29', title: 'Madrid summit', summary: 'Kishida attends.' }] }, null, () => {});
    expect(plain?.data.events[0]!.summary).toBe('Kishida attends.');
    const rich = { events: [{ start: '2023-05-24', title: 'Statements', body: '<p>Mao Ning &amp; Kishida</p><script>x()</script>' }] };
    let ready!: () => void;
    const loaded = new Promise<void>((r) => (ready = r));
    expect(parseOrLoad(rich, null, ready)).toBeNull();
    await loaded;
    const parsed = parseOrLoad(rich, null, () => {});
    expect(parsed?.data.events[0]!.summary).toBe(parseTimeline(rich).data.events[0]!.summary);
    expect(parsed?.data.events[0]!.summary).toBe('Mao Ning & Kishida');
  });
});
