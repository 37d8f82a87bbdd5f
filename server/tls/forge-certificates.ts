/**
 * The one module that uses node-forge: it builds and signs X.509 certificates. Keys come from
 * node:crypto (native RSA generation is much faster than forge's), as PEM.
 */
import { randomBytes } from 'node:crypto';
import forge from 'node-forge';

export type Validity = { notBefore: Date; notAfter: Date };

export type CaCertificateRequest = Validity & {
  commonName: string;
  publicKeyPem: string;
  privateKeyPem: string;
};

export type ServerCertificateRequest = Validity & {
  commonName: string;
  publicKeyPem: string;
  dnsNames: readonly string[];
  ipAddresses: readonly string[];
  ca: { certificatePem: string; privateKeyPem: string };
};

/** A self-signed CA certificate that may sign server certificates and nothing else. */
export function signCaCertificate(request: CaCertificateRequest): string {
  const cert = newCertificate(request, request.publicKeyPem);
  const name = [{ shortName: 'CN', value: request.commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', critical: true, cA: true, pathLenConstraint: 0 },
    { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(request.privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/**
 * A TLS server certificate signed by the CA, for the given names and addresses. Browsers read
 * only the subjectAltName; iOS also requires extKeyUsage serverAuth and at most 825 days.
 */
export function signServerCertificate(request: ServerCertificateRequest): string {
  const ca = forge.pki.certificateFromPem(request.ca.certificatePem);
  const cert = newCertificate(request, request.publicKeyPem);
  cert.setSubject([{ shortName: 'CN', value: request.commonName }]);
  cert.setIssuer(ca.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', critical: true, cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...request.dnsNames.map((value) => ({ type: 2, value })),
        ...request.ipAddresses.map((ip) => ({ type: 7, ip })),
      ],
    },
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes(),
    },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(request.ca.privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function newCertificate(validity: Validity, publicKeyPem: string): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = validity.notBefore;
  cert.validity.notAfter = validity.notAfter;
  return cert;
}

/** 16 random bytes as a positive DER integer: the first byte is 0x01 to 0x7f. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return bytes.toString('hex');
}
