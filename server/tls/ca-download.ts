/**
 * GET /saoma-ca.crt: the local CA certificate in DER, the form Android's and iOS's installers
 * take. It is public (a certificate, not its key), and served over plain HTTP too, because a
 * tablet must fetch it before it trusts anything.
 */
export const CA_DOWNLOAD_PATH = '/saoma-ca.crt';
export const CA_CONTENT_TYPE = 'application/x-x509-ca-cert';

export function isCaDownload(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && pathname === CA_DOWNLOAD_PATH;
}

export function caDownloadHeaders(caDer: Buffer): Record<string, string> {
  return {
    'Content-Type': CA_CONTENT_TYPE,
    'Content-Length': String(caDer.length),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

type Handler<Rest extends unknown[]> = (
  request: Request,
  ...rest: Rest
) => Response | Promise<Response>;

/** The HTTPS server's fetch handler, answering /saoma-ca.crt before the app sees the request. */
export function withCaDownload<Rest extends unknown[]>(
  handler: Handler<Rest>,
  caDer: Buffer,
): Handler<Rest> {
  return (request, ...rest) => {
    if (!isCaDownload(request.method, new URL(request.url).pathname)) {
      return handler(request, ...rest);
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(caDer);
    return new Response(body, { headers: caDownloadHeaders(caDer) });
  };
}
