import { css } from 'lit';

/** Rich text in a card (see ./rich-text.ts). */
export const richTextStyles = css`
  .detail .rich > :first-child { margin-top: 0; }
  .detail .rich p, .detail .rich blockquote { margin: 0.5em 0 0; }
  .detail .rich blockquote { padding-inline-start: 12px; border-inline-start: 3px solid var(--_line); }
  .detail .rich cite { display: block; font-size: 0.8125rem; color: var(--_muted); margin-top: 4px; }
`;
