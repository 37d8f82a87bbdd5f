import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CertificateNames } from './certificate-names.ts';
import { CA_FILE, loadOrCreateCa } from './local-ca.ts';
import { readIfPresent, writeAtomically } from './pem-files.ts';
import { issueServerCertificate, reasonToReissue } from './server-certificate.ts';
import { TlsSetupError } from './tls-setup-error.ts';

export const SERVER_CERT_FILE = 'server.pem';
export const SERVER_KEY_FILE = 'server-key.pem';

export type GeneratedCertificate = {
  key: string;
  cert: string;
  caCertificatePem: string;
  /** `<dir>/saoma-ca.pem`: the file a tablet trusts. */
  caFile: string;
  caCreated: boolean;
  /** What this start did with the server certificate, and why it reissued it. */
  server: { status: 'created' | 'kept' } | { status: 'reissued'; reason: string };
};

/**
 * The server certificate in `dir` (normally `<DATA_DIR>/tls`), made or reissued as needed, and
 * the local CA that signs it. Reissuing keeps the CA, so a tablet that trusts it keeps trusting.
 */
export function ensureGeneratedCertificate(
  dir: string,
  hostname: string,
  names: CertificateNames,
  now: Date,
): GeneratedCertificate {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new TlsSetupError(`cannot create ${dir} for the HTTPS certificate: ${String(error)}`);
  }
  const ca = loadOrCreateCa(dir, hostname, now);
  const certFile = path.join(dir, SERVER_CERT_FILE);
  const keyFile = path.join(dir, SERVER_KEY_FILE);
  const storedCert = readIfPresent(certFile);
  const storedKey = readIfPresent(keyFile);
  const base = {
    caCertificatePem: ca.certificatePem,
    caFile: path.join(dir, CA_FILE),
    caCreated: ca.created,
  };
  let reason: string | null = null;
  if (storedCert !== null && storedKey !== null) {
    const stored = { certificatePem: storedCert, privateKeyPem: storedKey };
    reason = reasonToReissue(stored, ca, names, now);
    if (reason === null) {
      return { ...base, key: storedKey, cert: storedCert, server: { status: 'kept' } };
    }
  } else if (storedCert !== null || storedKey !== null) {
    reason = `${storedCert === null ? SERVER_CERT_FILE : SERVER_KEY_FILE} was missing`;
  }

  const issued = issueServerCertificate(ca, names, hostname, now);
  writeAtomically(keyFile, issued.privateKeyPem);
  writeAtomically(certFile, issued.certificatePem);
  return {
    ...base,
    key: issued.privateKeyPem,
    cert: issued.certificatePem,
    server: reason === null ? { status: 'created' } : { status: 'reissued', reason },
  };
}
