// Every gallery page, in the order the navigation lists them: the one list that the nav (injected into
// each page at serve and build time, so it works without JavaScript), the build inputs and the
// accessibility check all read. The article timeline comes first: it is the gallery's front page.
export const GALLERY_PAGES = [
  { file: 'index.html', title: 'Article: Japan and NATO' },
  { file: 'make.html', title: 'Make a timeline' },
  { file: 'script-tag.html', title: 'Script tag, no build' },
  { file: 'javascript.html', title: 'Events from JavaScript' },
  { file: 'story.html', title: 'Story mode' },
  { file: 'developing.html', title: 'Developing story' },
  { file: 'deep-links.html', title: 'Deep links' },
  { file: 'two-timelines.html', title: 'Two timelines' },
  { file: 'events-api.html', title: 'Events API' },
  { file: 'search.html', title: 'Search and filters' },
  { file: 'large.html', title: 'Large dataset' },
  { file: 'progressive.html', title: 'Plain HTML list, enhanced' },
  { file: 'timelinejs.html', title: 'TimelineJS file as it is' },
  { file: 'csv.html', title: 'Spreadsheet CSV with src' },
  { file: 'bad-data.html', title: 'Bad data, explained' },
  { file: 'languages.html', title: 'Languages' },
  { file: 'phone.html', title: 'Phone width (vertical)' },
  { file: 'themes.html', title: 'Themes and dark mode' },
  { file: 'print-export.html', title: 'Print and export' },
  { file: 'react.html', title: 'React' },
  { file: 'ssr.html', title: 'Server-rendered' },
];

/** What a page writes where the navigation goes: `compact` on a page that must read as an article. */
export const NAV_PLACEHOLDER = /<nav class="gallery-nav( compact)?" aria-label="Examples"><\/nav>/;

/**
 * The navigation for one page, marking that page as current. A compact one stays on one line that
 * scrolls sideways, so the front page still opens as an article.
 */
export function galleryNav(currentFile, compact = false) {
  const links = GALLERY_PAGES.map(({ file, title }) => {
    const href = file === 'index.html' ? './' : `./${file}`;
    return `    <a href="${href}"${file === currentFile ? ' aria-current="page"' : ''}>${title}</a>`;
  });
  return `<nav class="gallery-nav${compact ? ' compact' : ''}" aria-label="Examples">\n    <strong>news-timeline gallery</strong>\n${links.join('\n')}\n  </nav>`;
}
