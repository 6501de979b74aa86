import { html, nothing, type TemplateResult } from 'lit';
import type { NewsMedia } from '../model/types.js';

const IMAGE_PATH = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/** Whether a media URL is an image a card can show, judged by its path (`…/portrait.jpg?x=1`). */
export function isImageUrl(url: string): boolean {
  try {
    return IMAGE_PATH.test(new URL(url, 'https://base.invalid/').pathname);
  } catch {
    return false;
  }
}

/** The host a link leads to, for its label: "youtube.com". */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * An event's media in its card. Images load lazily and without a referrer once the card is open;
 * anything else (video, posts, maps) is a plain link, so no third-party host is contacted until the
 * reader chooses to follow it. The URL passed the URL policy at parse time; caption and credit are text.
 */
export function renderMedia(media: NewsMedia, linkLabel: (host: string) => string): TemplateResult {
  const caption = media.caption || media.credit
    ? html`<figcaption>${media.caption ?? ''}${media.caption && media.credit ? ' ' : ''}${media.credit ? html`<span class="credit">${media.credit}</span>` : nothing}</figcaption>`
    : nothing;
  const content = isImageUrl(media.url)
    ? html`<img src=${media.url} alt=${media.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
    : html`<a class="media-link" href=${media.url} rel="noopener noreferrer" target="_blank">${linkLabel(hostOf(media.url))}</a>`;
  return html`<figure>${content}${caption}</figure>`;
}
