import { X509Certificate, createPrivateKey } from 'node:crypto';
import path from 'node:path';
import { signCaCertificate } from './forge-certificates.ts';
import { newKeyPair } from './new-key-pair.ts';
import { readIfPresent, writeAtomically } from './pem-files.ts';
import { TlsSetupError } from './tls-setup-error.ts';

export const CA_FILE = 'saoma-ca.pem';
export const CA_KEY_FILE = 'saoma-ca-key.pem';
const CA_YEARS = 10;
/** Tolerates a tablet whose clock is a little behind. */
export const CLOCK_SKEW_MS = 60 * 60 * 1000;

export type LocalCa = {
  certificatePem: string;
  privateKeyPem: string;
  certificate: X509Certificate;
  /** True when this start made it: every tablet must trust it (again). */
  created: boolean;
};

/**
 * The local certificate authority in `dir`, made on the first start and kept from then on: the
 * tablet trusts this CA once, and every server certificate it signs later is trusted with it.
 * A CA that is there but broken is an error, not a reason to make a new one behind the user's
 * back (their tablets would stop trusting the server).
 */
export function loadOrCreateCa(dir: string, hostname: string, now: Date): LocalCa {
  const certFile = path.join(dir, CA_FILE);
  const keyFile = path.join(dir, CA_KEY_FILE);
  const certificatePem = readIfPresent(certFile);
  const privateKeyPem = readIfPresent(keyFile);
  if (certificatePem === null && privateKeyPem === null) return createCa(dir, hostname, now);
  const remedy = `Restore it, or delete ${dir} to make a new CA (every tablet must then trust the new one).`;
  if (certificatePem === null || privateKeyPem === null) {
    throw new TlsSetupError(
      `the local CA in ${dir} is incomplete: ${certificatePem === null ? CA_FILE : CA_KEY_FILE} is missing. ${remedy}`,
    );
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
    if (!certificate.ca) throw new Error('it is not a CA certificate');
    if (!certificate.checkPrivateKey(createPrivateKey(privateKeyPem))) {
      throw new Error(`${CA_KEY_FILE} is not its key`);
    }
  } catch (error) {
    throw new TlsSetupError(
      `the local CA ${certFile} cannot be used (${error instanceof Error ? error.message : String(error)}). ${remedy}`,
    );
  }
  return { certificatePem, privateKeyPem, certificate, created: false };
}

function createCa(dir: string, hostname: string, now: Date): LocalCa {
  const keys = newKeyPair();
  const notBefore = new Date(now.getTime() - CLOCK_SKEW_MS);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + CA_YEARS);
  const certificatePem = signCaCertificate({
    commonName: `Saoma local CA (${hostname})`,
    ...keys,
    notBefore,
    notAfter,
  });
  // The key first: a certificate without its key would be "incomplete" on the next start.
  writeAtomically(path.join(dir, CA_KEY_FILE), keys.privateKeyPem);
  writeAtomically(path.join(dir, CA_FILE), certificatePem);
  return {
    certificatePem,
    privateKeyPem: keys.privateKeyPem,
    certificate: new X509Certificate(certificatePem),
    created: true,
  };
}
