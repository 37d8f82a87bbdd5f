import path from 'node:path';
import type { Bootstrapped } from '../bootstrap.ts';
import type { ServerConfig } from '../config.ts';
import { DIST_DIR, hasBuiltApp } from '../static/serve-app.ts';
import type { LanAddress } from '../tls/lan-addresses.ts';
import type { TlsIdentity } from '../tls/tls-identity.ts';
import { httpsLines } from './https-lines.ts';
import { displayHost, listenScope } from './listen-scope.ts';
import { networkLines, type StartupPairing } from './network-lines.ts';
import { serverLines } from './server-lines.ts';
import { terminalQr } from './terminal-qr.ts';

export type BannerInput = {
  config: ServerConfig;
  boot: Bootstrapped;
  /** The ports bound: PORT=0 and HTTP_PORT=0 pick free ones. */
  port: number;
  httpPort: number | null;
  tls: TlsIdentity | null;
  lan: readonly LanAddress[];
  /** The pairing codes issued at start (server/banner/startup-pairing.ts), if any. */
  pairing?: StartupPairing | null;
};

/**
 * What the server prints once it listens. The first line, `Saoma is serving <url>`, is what
 * scripts wait for (server/reliability/server-process.ts); with HTTPS the `Redirect:` line
 * follows in the same write.
 */
export async function startupBanner(input: BannerInput): Promise<string> {
  const { config, port, tls } = input;
  const scheme = tls === null ? 'http' : 'https';
  const local = displayHost(config.host);
  const staticRoot = config.staticDir ?? DIST_DIR;
  const network = networkLines({
    host: config.host,
    scope: listenScope(config.host, input.lan),
    port,
    httpPort: input.httpPort,
    tls,
    pairing: input.pairing ?? null,
  });
  const lines = [
    `Saoma is serving ${scheme}://${local}:${port}`,
    `  API:         ${scheme}://${local}:${port}/api/v1 (listening on ${config.host}:${port})`,
    ...(tls === null ? [] : httpsLines(tls, local, port, input.httpPort)),
    ...serverLines(config, input.boot),
    ...(hasBuiltApp(staticRoot)
      ? []
      : [
          `Warning: the PWA is not built (${path.join(staticRoot, 'index.html')} is missing); only the API is served. Run \`npm run build\`.`,
        ]),
    ...network.lines,
  ];
  for (const { title, url } of network.qrCodes) {
    lines.push('', `${title} (${url})`, (await terminalQr(url)).trimEnd());
  }
  return lines.join('\n');
}
