/** Shows where a message or a parameter is missing, so that tests and people can see it. */
export const missing = (name: string) => `⟦${name}⟧`;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names in a message text, in order: "Paid {amount} with {provider}" has amount, provider. */
export function placeholdersOf(text: string): string[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/**
 * Splits a message into text and parameter values, in order, so that a parameter can be any
 * value (a React element, say); `interpolate` is the all-text case.
 */
export function interpolateParts<V>(
  text: string,
  params: Readonly<Record<string, V>>,
): (string | V)[] {
  const parts: (string | V)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push(text.slice(last, match.index));
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    parts.push(value === undefined ? missing(name) : value);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function interpolate(
  text: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return interpolateParts(text, params).map(String).join('');
}
