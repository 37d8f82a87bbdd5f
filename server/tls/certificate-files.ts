import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { TlsSetupError } from './tls-setup-error.ts';

export type CertificateFiles = { key: string; cert: string; certificate: X509Certificate };

/**
 * The certificate (chain) and key of TLS_CERT and TLS_KEY, checked the way the HTTPS server will
 * use them, so that a wrong file stops the start with a message naming it.
 */
export function loadCertificateFiles(certFile: string, keyFile: string): CertificateFiles {
  const cert = readText('TLS_CERT', certFile);
  const key = readText('TLS_KEY', keyFile);
  let certificate: X509Certificate;
  try {
    // The first certificate of a chain is the server's own.
    certificate = new X509Certificate(cert);
  } catch {
    throw new TlsSetupError(`TLS_CERT (${certFile}) is not a PEM certificate.`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new TlsSetupError(
      `TLS_KEY (${keyFile}) is not a PEM private key (a passphrase-protected key cannot be used).`,
    );
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new TlsSetupError(
      `TLS_KEY (${keyFile}) is not the private key of the certificate in TLS_CERT (${certFile}).`,
    );
  }
  try {
    createSecureContext({ key, cert });
  } catch (error) {
    throw new TlsSetupError(
      `TLS_CERT (${certFile}) and TLS_KEY (${keyFile}) cannot serve HTTPS: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  return { key, cert, certificate };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function readText(name: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new TlsSetupError(`cannot read ${name} (${file}): ${READ_ERRORS[code] ?? code}.`);
  }
}
