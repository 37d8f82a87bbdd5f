import type { TlsIdentity } from '../tls/tls-identity.ts';
import { CA_DOWNLOAD_PATH } from '../tls/ca-download.ts';

export const TABLET_README = "see README, 'Use it on a tablet'";

/** The banner's lines about the certificate, the local CA and the HTTP_PORT redirect. */
export function httpsLines(
  tls: TlsIdentity,
  local: string,
  port: number,
  httpPort: number | null,
): string[] {
  const redirect =
    httpPort === null
      ? '  Redirect:    off (HTTP_PORT=off)'
      : `  Redirect:    http://${local}:${httpPort} redirects to HTTPS (HTTP_PORT)`;
  const { origin, certificate } = tls;
  if (origin.kind === 'files') {
    const validTo = new Date(certificate.validTo);
    return [
      `  HTTPS:       certificate from TLS_CERT (${origin.certFile}), valid until ${day(validTo)}`,
      redirect,
      ...(validTo.getTime() < Date.now()
        ? [`  Warning: the certificate in TLS_CERT expired on ${day(validTo)}; browsers refuse it.`]
        : []),
    ];
  }
  const server =
    origin.server.status === 'reissued'
      ? `reissued because ${origin.server.reason}`
      : origin.server.status === 'created'
        ? 'made now'
        : 'kept';
  return [
    `  HTTPS:       certificate ${server}, signed by the local CA (valid until ${day(new Date(certificate.validTo))})`,
    `  Local CA:    ${origin.caFile} (${origin.caCreated ? 'made now' : 'kept'}); trust it once on each tablet and phone: ${caDownloadUrl(local, port, httpPort)}`,
    redirect,
  ];
}

/** Over plain HTTP when the redirect port is on: a tablet fetches it before it trusts anything. */
export function caDownloadUrl(host: string, port: number, httpPort: number | null): string {
  return httpPort === null
    ? `https://${host}:${port}${CA_DOWNLOAD_PATH}`
    : `http://${host}:${httpPort}${CA_DOWNLOAD_PATH}`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
