/** The colours a chart draws with, read from the page's CSS variables (src/app/app.css). */
export type ChartColours = { bar: string; text: string; grid: string };

/** Fallbacks are the light scheme's values, for a page without app.css. */
const VARIABLES: Readonly<Record<keyof ChartColours, [variable: string, fallback: string]>> = {
  bar: ['--accent', '#c8102e'],
  text: ['--muted', '#4a4a46'],
  grid: ['--line', '#d9d9d4'],
};

/**
 * The colours in effect for `element` now. Canvas cannot use CSS variables, so they are read
 * once per drawing and read again when the colour scheme changes.
 */
export function chartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const read = ([variable, fallback]: [string, string]) =>
    style.getPropertyValue(variable).trim() || fallback;
  return { bar: read(VARIABLES.bar), text: read(VARIABLES.text), grid: read(VARIABLES.grid) };
}

const DARK = '(prefers-color-scheme: dark)';

/** Calls `onChange` when the colour scheme changes; returns the unsubscribe. */
export function onColourSchemeChange(onChange: () => void): () => void {
  const query = matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
