// The bundle-size gate: dist/news-timeline.bundle.js, gzipped, for the one file that draws a news
// timeline at every width on its own (the drawing, the phone's vertical layout, keys, story mode, the
// printed list, media in cards, lists written in the page). What loads only when a page needs it (the
// TimelineJS and CSV importers, the reader of rich text and its sanitiser, export's writers, developing
// stories' comparisons and polling, languages other than English, matching for search, deep links) is in
// dist/chunks and not counted.
//
// The core issue set 48 KB, and that is still the budget: it is missed. Developing stories and deep
// time took the bundle to 50.1 KB; moving export's staging and the developing-story marks on demand and
// minifying our own stylesheets brought it back to 48.3 KB. Then the WCAG 2.2 AA work (reflow, text
// spacing, hover content, target size, empty windows, names: 3.6 KB) and search and filters (the finder
// in the header, the narrowed plan: 2.7 KB; matching and its index load on demand) took it to 54.6 KB.
// The gate had been set at 52 KB "never to be raised again"; it was raised to 55 KB so that those two
// could land, and docs/performance.md lists what must move out to get back under 48 KB. Issue 16 moves it
// out step by step, lowering the gate each time: deep links and the search and filters in the link load
// only with `deep-link` (54.8 → 54.0 KB, 746 bytes); the finder's and the WCAG sheet's rules that repeated
// the main sheet's (the controls' box, the focus ring, the error line, forced colours) are written once
// (about 60 bytes: gzip had already shared most of the repeated text); the scroll anchor and the
// stale-data note's words load with developing stories (252 bytes); export's controller goes in export's
// chunk (215 bytes). Main with labels shown on hover placed on demand stood at 56353 bytes (55.0 KB); with
// these steps it is 55058 bytes (53.8 KB), so the gate was 54 KB. Our own inline-style directive
// (render/styles-directive.ts) instead of Lit's styleMap took out 145 bytes (55273 → 55128), so the gate is
// 53.9 KB. Then d3-time's local-time intervals left (Rollup told its factories are pure: 342 bytes), what
// only developing stories need after their first version went to their chunk (refreshing `src`, the marks'
// rules, the scroll anchor: 464), what only tucked labels need went to theirs (hover and focus tracking:
// 243), and rich text is inserted as the sanitiser's nodes instead of through unsafeHTML (230): 53879
// bytes (53908 after the review's mends; 53948 with the filters' chevron drawn rather than a glyph no text
// font has, and the font stack without plain Helvetica; 53962 with the parse's dates read for V8's
// interpreter; 53958 with the sort's ranks from a map, then 53952), so the gate was 52.7 KB. It was raised
// once, knowingly, to 53.2 KB: `NewsTimeline.prepare` (the page readied for its first timeline while idle:
// fonts looked up, the templates prepared, the code run once on three events) costs 428 bytes and takes a
// quarter to a third off a small timeline's first render and a sixth off 1,000 and 10,000 events' (issue
// 17; docs/performance.md). It was raised once more, to 53.4 KB, for the rehearsal laid out in the page,
// hidden, in a task of its own (118 bytes, 54472 → 54590): in fresh pages a 10-event timeline made after
// it took 34.0 → 30.0 ms to the frame after (medians, builds in turn; with the layout in the drawing's
// task, the article at 390 px 31.2 → 25.5 and 1,000 events 76.2 → 72.4). This is the gate CI keeps,
// not a target: lower it as weight moves out, and raise it only for what is measured to be worth more than its bytes, saying so here.
// Raised to 53.5 KB for a keyboard fault (92 bytes, 54679 → 54771): zoomed in, the tab stop was the first
// event laid out, which lies in the margin beyond the screen's left edge, so tabbing in panned the view to
// it (every one of four zoomed windows at 1,000 events), or left a cluster's focus out of sight. It is now
// the first event focus shows without panning the view (as the zoom controller reveals it), or the first
// cluster wholly on screen (keyboard.test.ts).
// Raised to 53.6 KB for dates read by their characters (150 bytes, 54734 → 54884; the labels' halo drawn
// once instead of three times then took out 11, to 54873): in Chromium, reading the dates of 100,000 events took 82 ms
// instead of 179 (medians of 8 fresh pages each, builds in turn), and parsing the whole dataset 605 ms
// instead of 694 (20 pages each), on the way to the 1 s budget for 100,000 events (issue 17).
// Raised to 53.8 KB for items set aside rather than removed when they leave a keyed list (render/keyed-list.ts:
// 156 bytes, 54873 -> 55029): a zoom that comes back to units shown a step ago moves them in instead of
// making them again. In compare.mjs's own step protocol (fresh pages, builds in turn), the zoom step's
// main-thread p95 went 17.4-19.9 -> 14.6-15.8 ms at 10 events (under the 16 ms budget; 12.3 in the full
// side-by-side run), and at 1,000 events its median 36.3-40.0 -> 29.5-32.3 ms (five pages each); pans as
// before (issue 17).
// Raised to 54.1 KB for small timelines holding the units that leave in place, hidden (291 bytes, 55064 ->
// 55355; render/keyed-list.ts, render/event-list.ts): in a timeline of up to 50 events, a zoom out brings
// them back with their layout kept instead of laying out their labels' text again. In compare.mjs's own
// step protocol at 10 events (fresh pages, builds in turn), the zoom out's main-thread median came down
// 2 to 4 ms in each of five hours, and the zoom step's p95 in four pages each went 25.4-30.4 -> 21.8-31.2
// ms on a busy hour, pans about 1 ms slower; larger timelines
// are unchanged (issue 17; docs/performance.md, "A small timeline holds its units in place").
// Raised to 54.2 KB for zooms that no longer move the page under the timeline (75 bytes, 55357 -> 55432;
// plan/plan.ts, render/plot.ts, render/empty-window.ts): lanes keep their rows through zooms as through
// pans, and an empty window's notice lies in the lanes (sticky under the band where the lanes scroll)
// instead of after the drawing. Wheel-zooming the article moved the page below on 8 of 40 notches (456 px
// in all), now none; 30 events 24 notches, now none (docs/performance.md, "Lanes keep their rows while the
// reader zooms too").
// Raised to 54.3 KB for a jump box whose example is a date of the timeline's own (37 bytes, 55496 -> 55533;
// plan/facets.ts, render/finder.ts): every timeline showed "2023-07-11", a 7th-century one and one that
// starts at the Big Bang too; now the latest date its events reach, as the box reads it ("0698",
// "1990-04-25"). Reading quality, not speed.
// Raised to 55.1 KB for labels sized ahead while the page is idle (777 bytes, 55590 -> 56367;
// controllers/measure-ahead.ts, layout/lanes.ts): after a first drawing, the date lines and label shapes of
// the events in view and a view either side (up to 2,000) are worked out in idle slices, and after a pan or
// zoom once the view has been still for half a second. A zoom that makes every unit new found them known:
// in compare.mjs's step protocol at 1,000 events (fresh pages, builds in turn, ten each), the first zoom's
// script to the end of Lit's update went 13.6 -> 8.7 ms (median) and its main-thread work 26.8 -> 19.5 ms
// (issue 17; docs/performance.md, "Labels sized ahead").
// Raised to 55.2 KB for a search the page or a link names applied from the first drawing (67 bytes,
// 56372 -> 56439; controllers/finder.ts, controllers/reading.ts, news-timeline.ts): an update waits for the
// search code as it waits for a language or the links' code. Before, a timeline with `query` drew every
// event until that code came in, and `next()` called then could select an event the query leaves out,
// whose card then never showed (CI's accessibility check of search.html failed so on a slower machine).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE_BUDGET_BYTES = Math.round(55.2 * 1024);
const bytes = gzipSync(readFileSync('dist/news-timeline.bundle.js'), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/news-timeline.bundle.js: ${kb(bytes)} gzipped, ${bytes} bytes (budget ${kb(BUNDLE_BUDGET_BYTES)}, ${BUNDLE_BUDGET_BYTES - bytes} bytes to spare)`);
if (bytes > BUNDLE_BUDGET_BYTES) {
  console.error(`Over the budget by ${bytes - BUNDLE_BUDGET_BYTES} bytes: see docs/performance.md.`);
  process.exit(1);
}

// The host script of iframe embeds goes on every article page that embeds a timeline: a few hundred bytes.
export const EMBED_HOST_BUDGET_BYTES = 512;
const host = gzipSync(readFileSync('dist/news-timeline-embed.js'), { level: 9 }).length;
console.log(`dist/news-timeline-embed.js: ${host} bytes gzipped (budget ${EMBED_HOST_BUDGET_BYTES})`);
if (host > EMBED_HOST_BUDGET_BYTES) {
  console.error(`The embed host script is over its budget by ${host - EMBED_HOST_BUDGET_BYTES} bytes.`);
  process.exit(1);
}
