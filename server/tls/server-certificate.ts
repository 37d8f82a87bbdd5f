import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { CertificateNames } from './certificate-names.ts';
import { signServerCertificate } from './forge-certificates.ts';
import { CLOCK_SKEW_MS, type LocalCa } from './local-ca.ts';
import { newKeyPair } from './new-key-pair.ts';

/** iOS refuses TLS server certificates valid for more than 398 days. */
const VALID_DAYS = 397;
/** Reissued this long before it expires, so that it never runs out between two starts. */
const RENEW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ServerCertificatePem = { certificatePem: string; privateKeyPem: string };

/** A new server key and a certificate for it, signed by the CA. */
export function issueServerCertificate(
  ca: LocalCa,
  names: CertificateNames,
  hostname: string,
  now: Date,
): ServerCertificatePem {
  const keys = newKeyPair();
  const certificatePem = signServerCertificate({
    commonName: `Saoma (${hostname})`,
    publicKeyPem: keys.publicKeyPem,
    dnsNames: names.dnsNames,
    ipAddresses: names.ipAddresses,
    ca: { certificatePem: ca.certificatePem, privateKeyPem: ca.privateKeyPem },
    notBefore: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfter: new Date(now.getTime() + VALID_DAYS * DAY_MS),
  });
  return { certificatePem, privateKeyPem: keys.privateKeyPem };
}

/**
 * Why the stored certificate must be replaced, in words for the banner, or null when it still
 * serves: signed by this CA, matching its key, covering every name and not expiring soon.
 */
export function reasonToReissue(
  stored: ServerCertificatePem,
  ca: LocalCa,
  names: CertificateNames,
  now: Date,
): string | null {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(stored.certificatePem);
    if (!certificate.checkPrivateKey(createPrivateKey(stored.privateKeyPem))) {
      return 'its key file does not match it';
    }
  } catch {
    return 'it could not be read';
  }
  if (
    certificate.issuer !== ca.certificate.subject ||
    !certificate.verify(ca.certificate.publicKey)
  ) {
    return 'it was not signed by the current local CA';
  }
  const validFrom = new Date(certificate.validFrom);
  if (validFrom.getTime() > now.getTime()) {
    return `it is valid only from ${validFrom.toISOString().slice(0, 10)} (the clock went back)`;
  }
  const validTo = new Date(certificate.validTo);
  if (validTo.getTime() - now.getTime() < RENEW_DAYS * DAY_MS) {
    return `it expires on ${validTo.toISOString().slice(0, 10)}`;
  }
  const missing = uncovered(certificate, names);
  if (missing.length > 0) return `it did not cover ${missing.join(', ')}`;
  return null;
}

/** The names and addresses the certificate does not cover. */
export function uncovered(certificate: X509Certificate, names: CertificateNames): string[] {
  return [
    ...names.dnsNames.filter((name) => certificate.checkHost(name) === undefined),
    ...names.ipAddresses.filter((ip) => certificate.checkIP(ip) === undefined),
  ];
}
