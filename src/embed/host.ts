export {};

/**
 * `news-timeline-embed.js`, for the page that embeds timelines in iframes (a CMS article): sizes every
 * iframe whose embed page reports its height, so the timeline shows whole, without a scrollbar. Only
 * the frame that sent a message is sized, and only by a sane number. No dependencies; a few hundred bytes.
 */
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'news-timeline-height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
  }
});
