import { isHostname } from '../tls/https-settings.ts';
import { normaliseHostName } from './host-allow-list.ts';

/**
 * Parses ALLOWED_HOSTS: the extra host names (or IP addresses) a reverse proxy or tunnel forwards
 * requests under, added to the Host allow-list. Case and a final dot do not matter; a leading
 * `*.` allows every name one label below.
 */
export function parseAllowedHosts(
  text: string,
): { ok: true; hosts: string[] } | { ok: false; error: string } {
  const hosts: string[] = [];
  for (const part of text.split(',')) {
    const host = normaliseHostName(part);
    if (host === '') continue;
    const name = host.startsWith('*.') ? host.slice(2) : host;
    if (!isHostname(name)) {
      return {
        ok: false,
        error: `ALLOWED_HOSTS must be a comma-separated list of host names or IP addresses (no scheme, port or path), such as saoma.shop.example,*.trycloudflare.com; got "${part.trim()}".`,
      };
    }
    if (!hosts.includes(host)) hosts.push(host);
  }
  return { ok: true, hosts };
}
