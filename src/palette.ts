/**
 * The default colours, light and dark, in one table: styles.ts turns each pair into a light-dark()
 * value, and a test checks their contrast (text ≥ 4.5:1, marks ≥ 3:1, WCAG 2.2) against every
 * background they are drawn on. Pages override them with the `--news-timeline-*` tokens.
 */
export interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly line: string;
  readonly grid: string;
  readonly accent: string;
  readonly era: string;
  readonly warning: string;
  readonly error: string;
  /** Categorical lane colours: markers and lane names, so they are held to the text ratio. */
  readonly lanes: readonly string[];
}

export const PALETTES: { readonly light: Palette; readonly dark: Palette } = {
  light: {
    text: '#1b1f24', muted: '#4f5964', background: '#ffffff', surface: '#f4f6f8', line: '#7b8591', grid: '#e3e7eb',
    accent: '#0b57d0', era: '#eef1f5', warning: '#b45309', error: '#b91c1c',
    lanes: ['#2563c9', '#c0390b', '#0f7a3d', '#8b2fc9', '#a3165a', '#0b6f86', '#8a5a00', '#4a6a0c'],
  },
  dark: {
    text: '#eef1f4', muted: '#b3bcc6', background: '#15181c', surface: '#20252b', line: '#8a949f', grid: '#2c3239',
    accent: '#8ab4ff', era: '#1c2127', warning: '#f59e0b', error: '#f87171',
    lanes: ['#7fb0ff', '#ff9466', '#4ed88a', '#cf9bff', '#ff86bd', '#3fd0ee', '#f0c24b', '#a9dc52'],
  },
};

/** The CSS value of one palette entry in both schemes. */
export const lightDark = (pick: (p: Palette) => string): string => `light-dark(${pick(PALETTES.light)}, ${pick(PALETTES.dark)})`;
