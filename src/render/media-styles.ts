import { css } from 'lit';

/** Media in a card (see ./media.ts). */
export const mediaStyles = css`
  .detail figure { margin: 12px 0 0; }
  .detail img { max-width: 100%; height: auto; border-radius: 6px; display: block; }
  .detail figcaption { font-size: 0.8125rem; color: var(--_muted); margin-top: 4px; }
`;
