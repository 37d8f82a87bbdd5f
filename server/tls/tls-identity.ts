import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { loadCertificateFiles } from './certificate-files.ts';
import { certificateNames } from './certificate-names.ts';
import { ensureGeneratedCertificate, type GeneratedCertificate } from './generated-certificate.ts';
import type { CertificateSource } from './https-settings.ts';
import type { LanAddress } from './lan-addresses.ts';

/** The generated CA and certificates live in `<DATA_DIR>/tls/`. */
export const TLS_DIR = 'tls';

export type TlsIdentity = {
  key: string;
  cert: string;
  certificate: X509Certificate;
  /** The local CA in DER, handed out at /saoma-ca.crt; null with TLS_CERT. */
  caDer: Buffer | null;
  origin:
    | { kind: 'files'; certFile: string }
    | ({ kind: 'generated' } & Pick<GeneratedCertificate, 'caFile' | 'caCreated' | 'server'>);
};

export type Machine = { hostname: string; lan: readonly LanAddress[] };

/** The key and certificate the HTTPS server presents, generated or from TLS_CERT/TLS_KEY. */
export function loadTlsIdentity(
  source: CertificateSource,
  dataDir: string,
  machine: Machine,
  now: Date,
): TlsIdentity {
  if (source.kind === 'files') {
    const files = loadCertificateFiles(source.certFile, source.keyFile);
    return { ...files, caDer: null, origin: { kind: 'files', certFile: source.certFile } };
  }
  const names = certificateNames(machine.hostname, machine.lan, source.extraNames);
  const generated = ensureGeneratedCertificate(
    path.join(dataDir, TLS_DIR),
    machine.hostname,
    names,
    now,
  );
  return {
    key: generated.key,
    cert: generated.cert,
    certificate: new X509Certificate(generated.cert),
    caDer: new X509Certificate(generated.caCertificatePem).raw,
    origin: {
      kind: 'generated',
      caFile: generated.caFile,
      caCreated: generated.caCreated,
      server: generated.server,
    },
  };
}
