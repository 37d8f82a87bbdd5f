import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type LanAddress = { address: string; family: 'IPv4' | 'IPv6' };

/**
 * The machine's addresses a tablet on the same network can reach, from `os.networkInterfaces()`:
 * every non-internal IPv4 address, and every non-internal IPv6 address that is not link-local
 * (fe80::/10 needs a zone id, which no URL a tablet scans can carry). IPv4 first, as the
 * interfaces list them, without repeats. These are the addresses the server reports: the banner
 * prints their URLs and the generated certificate covers them.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): LanAddress[] {
  const ipv4: LanAddress[] = [];
  const ipv6: LanAddress[] = [];
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv4') ipv4.push({ address: info.address, family: 'IPv4' });
      else if (!isLinkLocal(info.address)) {
        ipv6.push({ address: info.address.toLowerCase(), family: 'IPv6' });
      }
    }
  }
  const seen = new Set<string>();
  return [...ipv4, ...ipv6].filter(({ address }) => {
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/** fe80::/10: the first 10 bits are 1111111010, i.e. fe80 to febf. */
function isLinkLocal(ipv6: string): boolean {
  return /^fe[89ab][0-9a-f]:/i.test(ipv6);
}

/** This machine's LAN addresses now: what the banner prints and the certificate covers. */
export function currentLanAddresses(): LanAddress[] {
  return lanAddresses(networkInterfaces());
}
