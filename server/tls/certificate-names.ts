import { isIP } from 'node:net';
import { isHostname } from './https-settings.ts';
import type { LanAddress } from './lan-addresses.ts';

/** What a server certificate must cover. */
export type CertificateNames = { dnsNames: string[]; ipAddresses: string[] };

/**
 * localhost, the machine's name and its mDNS name (`<name>.local`), the loopback addresses, every
 * LAN address, and the extra names of TLS_HOSTNAMES (DNS names or IPs).
 */
export function certificateNames(
  hostname: string,
  lan: readonly LanAddress[],
  extraNames: readonly string[],
): CertificateNames {
  const dnsNames = new Set(['localhost']);
  const machine = hostname
    .trim()
    .toLowerCase()
    .replace(/\.local$/, '');
  // A name with characters DNS does not allow (an underscore, say) cannot be in a certificate.
  if (machine !== '' && isIP(machine) === 0) {
    for (const name of [machine, `${machine}.local`]) if (isHostname(name)) dnsNames.add(name);
  }
  const ipAddresses = new Set(['127.0.0.1', '::1', ...lan.map(({ address }) => address)]);
  for (const name of extraNames) {
    if (isIP(name) === 0) dnsNames.add(name);
    else ipAddresses.add(name);
  }
  return { dnsNames: [...dnsNames], ipAddresses: [...ipAddresses] };
}
