import type { X509Certificate } from 'node:crypto';

/**
 * The DNS names and IP addresses a certificate is valid for, from its subjectAltName (Node spells
 * it `DNS:a, IP Address:1.2.3.4, IP Address:FD00:0:0:0:0:0:0:2`). Quoted or other entries
 * (email, URI) are left out: a browser takes only these two kinds for a server.
 */
export function certificateHostNames(certificate: X509Certificate): string[] {
  const names: string[] = [];
  for (const entry of (certificate.subjectAltName ?? '').split(', ')) {
    const [kind, ...rest] = entry.split(':');
    const value = rest.join(':');
    if ((kind === 'DNS' || kind === 'IP Address') && value !== '' && !value.includes('"')) {
      names.push(value);
    }
  }
  return names;
}
