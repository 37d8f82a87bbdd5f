/**
 * Parses ALLOWED_ORIGINS: the web origins (scheme, host and port, nothing else) of terminals and
 * wallet simulators hosted apart from this server. A browser on any other origin gets no CORS
 * permission. "*" is refused on purpose: a payment API names the sites that may call it.
 */
export function parseAllowedOrigins(
  text: string,
): { ok: true; origins: string[] } | { ok: false; error: string } {
  const origins: string[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const origin = originOf(item);
    if (origin === null) {
      return {
        ok: false,
        error: `ALLOWED_ORIGINS must be a comma-separated list of origins such as https://shop.example or http://192.168.1.20:5173 (scheme, host and port only; "*" is not allowed), got "${item}".`,
      };
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return { ok: true, origins };
}

function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return null;
  }
  if (url.pathname !== '/') return null;
  return url.origin;
}
