import { isIP } from 'node:net';
import { terminalPairingUrl, walletPairingUrl } from '../../protocol/pairing-link.ts';
import { uncovered } from '../tls/server-certificate.ts';
import type { TlsIdentity } from '../tls/tls-identity.ts';
import { caDownloadUrl, TABLET_README } from './https-lines.ts';
import { urlHost, type ListenScope } from './listen-scope.ts';

export type NetworkView = {
  host: string;
  scope: ListenScope;
  port: number;
  httpPort: number | null;
  tls: TlsIdentity | null;
  /** One-time codes issued at start (demo mode on the network), carried by the URLs and QRs. */
  pairing?: StartupPairing | null;
};

export type StartupPairing = { terminalCode: string; walletCode: string | null };

export const NEXT_CODE_LINE =
  '  Next code:        npm run pair (terminal), npm run pair -- --wallet (wallet simulator); later also from the back office';

export type QrTarget = { title: string; url: string };

/**
 * What a tablet or phone on the shop's network opens: a terminal and a wallet simulator URL for
 * each address, QR codes of the first, and what to do when that cannot work (loopback only,
 * plain HTTP, a certificate that does not cover the address).
 */
export function networkLines(view: NetworkView): { lines: string[]; qrCodes: QrTarget[] } {
  const { scope, tls, port } = view;
  const scheme = tls === null ? 'http' : 'https';
  if (scope.kind === 'loopback') {
    const hint =
      tls === null
        ? `On a tablet: npm start -- --https (${TABLET_README})`
        : `On a tablet: HOST=${view.host} is reachable from this computer only; leave HOST unset to serve the shop's network (${TABLET_README})`;
    return { lines: [hint], qrCodes: [] };
  }
  const [first] = scope.addresses;
  if (first === undefined) {
    return {
      lines: [
        "On the shop's network: no address found; connect this computer to the shop's Wi-Fi or LAN and restart Saoma.",
      ],
      qrCodes: [],
    };
  }
  const base = (address: string) => `${scheme}://${urlHost(address)}:${port}`;
  const pairing = view.pairing ?? null;
  const terminalUrl = (address: string) =>
    pairing === null
      ? `${base(address)}/`
      : terminalPairingUrl(base(address), pairing.terminalCode);
  const walletUrl = (address: string) =>
    pairing === null || pairing.walletCode === null
      ? `${base(address)}/wallet`
      : walletPairingUrl(base(address), pairing.walletCode);
  const lines = ["On the shop's network:"];
  for (const address of scope.addresses) {
    lines.push(
      `  Terminal:         ${terminalUrl(address)}`,
      `  Wallet simulator: ${walletUrl(address)}`,
    );
  }
  lines.push(...pairingLines(pairing));
  if (tls === null) {
    lines.push(
      `  Warning: browsers turn the camera off on plain-HTTP addresses other than localhost: use npm start -- --https (${TABLET_README}).`,
    );
  } else if (tls.origin.kind === 'generated') {
    lines.push(
      `  Trust the CA once on each device: ${caDownloadUrl(urlHost(first), port, view.httpPort)} (${TABLET_README})`,
    );
  } else {
    const missing = uncovered(tls.certificate, {
      dnsNames: scope.addresses.filter((address) => isIP(address) === 0),
      ipAddresses: scope.addresses.filter((address) => isIP(address) !== 0),
    });
    for (const address of missing) {
      lines.push(
        `  Warning: the certificate in TLS_CERT does not cover ${address}; browsers will refuse ${base(address)}/`,
      );
    }
  }
  return {
    lines,
    qrCodes: [
      { title: "Scan with the tablet's camera app: terminal", url: terminalUrl(first) },
      { title: "Scan with a phone's camera app: wallet simulator", url: walletUrl(first) },
    ],
  };
}

/** What the codes in the URLs are, how long they last, and where the next one comes from. */
function pairingLines(pairing: StartupPairing | null): string[] {
  if (pairing === null) {
    return ['  Pairing:          npm run pair prints a one-time pairing code and QR for a tablet'];
  }
  const wallet = pairing.walletCode === null ? '' : `, wallet simulator ${pairing.walletCode}`;
  return [
    `  Pairing codes:    terminal ${pairing.terminalCode}${wallet} (in the URLs and QR codes); each is good for one device and 10 minutes`,
    NEXT_CODE_LINE,
  ];
}
