import { isIP } from 'node:net';
import path from 'node:path';

/** Where the HTTPS certificate comes from. */
export type CertificateSource =
  /** Made by the server and signed by its local CA, both kept in `<DATA_DIR>/tls/`. */
  | { kind: 'generated'; extraNames: string[] }
  /** From TLS_CERT and TLS_KEY, absolute paths. */
  | { kind: 'files'; certFile: string; keyFile: string };

export type HttpsSettings = {
  source: CertificateSource;
  /** The plain-HTTP port that redirects to HTTPS (0: any free port); null when turned off. */
  httpPort: number | null;
};

export const DEFAULT_HTTPS_PORT = 8443;
export const DEFAULT_REDIRECT_PORT = 8080;

export type HttpsSettingsInput = {
  /** HTTPS read as on/off, or undefined when unset. */
  httpsVariable: boolean | undefined;
  /** The `--https` flag. */
  httpsFlag: boolean;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  tlsHostnames: string | undefined;
  httpPort: string | undefined;
  cwd: string;
};

export type HttpsSettingsResult =
  { ok: true; https: HttpsSettings | null } | { ok: false; errors: string[] };

/** Reads HTTPS, --https, TLS_CERT, TLS_KEY, TLS_HOSTNAMES and HTTP_PORT together. */
export function parseHttpsSettings(input: HttpsSettingsInput): HttpsSettingsResult {
  const errors: string[] = [];
  const givenFiles = input.tlsCert !== undefined || input.tlsKey !== undefined;
  if (givenFiles && (input.tlsCert === undefined || input.tlsKey === undefined)) {
    errors.push(
      `TLS_CERT and TLS_KEY go together (a PEM certificate and its private key); only ${input.tlsCert === undefined ? 'TLS_KEY' : 'TLS_CERT'} is set.`,
    );
  }
  const wanted = input.httpsVariable === true || input.httpsFlag || givenFiles;
  if (input.httpsVariable === false && (input.httpsFlag || givenFiles)) {
    errors.push(
      `HTTPS=0 contradicts ${input.httpsFlag ? '--https' : 'TLS_CERT/TLS_KEY'}; leave HTTPS unset or set it to 1.`,
    );
  }
  if (!wanted) {
    if (input.tlsHostnames !== undefined) {
      errors.push('TLS_HOSTNAMES names extra hosts for the HTTPS certificate; it needs HTTPS=1.');
    }
    if (input.httpPort !== undefined) {
      errors.push(
        'HTTP_PORT is the port that redirects to HTTPS; it needs HTTPS=1 (without HTTPS, PORT is the HTTP port).',
      );
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, https: null };
  }

  let extraNames: string[] = [];
  if (input.tlsHostnames !== undefined) {
    if (givenFiles) {
      errors.push(
        'TLS_HOSTNAMES applies to the generated certificate only; with TLS_CERT the names are the ones in that certificate.',
      );
    }
    const parsed = parseHostnames(input.tlsHostnames);
    if (parsed.ok) extraNames = parsed.names;
    else errors.push(parsed.error);
  }

  let httpPort: number | null = DEFAULT_REDIRECT_PORT;
  if (input.httpPort !== undefined) {
    if (input.httpPort.toLowerCase() === 'off') httpPort = null;
    else {
      const port = parsePort('HTTP_PORT', input.httpPort, ' (or "off")');
      if (port.ok) httpPort = port.port;
      else errors.push(port.error);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const source: CertificateSource =
    input.tlsCert !== undefined && input.tlsKey !== undefined
      ? {
          kind: 'files',
          certFile: path.resolve(input.cwd, input.tlsCert),
          keyFile: path.resolve(input.cwd, input.tlsKey),
        }
      : { kind: 'generated', extraNames };
  return { ok: true, https: { source, httpPort } };
}

/** A TCP port from 0 (any free port) to 65535. */
export function parsePort(
  name: string,
  text: string,
  alternatives = '',
): { ok: true; port: number } | { ok: false; error: string } {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (port >= 0 && port <= 65535) return { ok: true, port };
  return {
    ok: false,
    error: `${name} must be a whole number from 0 to 65535${alternatives}, got "${text}".`,
  };
}

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** TLS_HOSTNAMES: comma-separated DNS names or IP addresses, lower-cased, without repeats. */
function parseHostnames(
  text: string,
): { ok: true; names: string[] } | { ok: false; error: string } {
  const names: string[] = [];
  for (const part of text.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    if (!isHostname(name)) {
      return {
        ok: false,
        error: `TLS_HOSTNAMES must be a comma-separated list of host names or IP addresses, such as saoma.local,shop-laptop,192.168.1.20; got "${part.trim()}".`,
      };
    }
    if (!names.includes(name)) names.push(name);
  }
  return { ok: true, names };
}

export function isHostname(name: string): boolean {
  if (isIP(name) !== 0) return true;
  return name.length <= 253 && name.split('.').every((label) => DNS_LABEL.test(label));
}
