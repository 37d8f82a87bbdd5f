import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import type { LanAddress } from '../tls/lan-addresses.ts';
import { loadTlsIdentity, type TlsIdentity } from '../tls/tls-identity.ts';
import { httpsLines } from './https-lines.ts';
import { displayHost, listenScope } from './listen-scope.ts';
import { networkLines } from './network-lines.ts';

const LAN: LanAddress[] = [
  { address: '192.168.1.20', family: 'IPv4' },
  { address: '10.0.0.7', family: 'IPv4' },
  { address: 'fd00::2', family: 'IPv6' },
];
const README = "(see README, 'Use it on a tablet')";

function generatedIdentity(lan: readonly LanAddress[] = LAN): TlsIdentity {
  const machine = { hostname: 'shop-pc', lan };
  return loadTlsIdentity(
    { kind: 'generated', extraNames: [] },
    tempDir('banner'),
    machine,
    new Date(),
  );
}

describe('listenScope', () => {
  it('reaches the IPv4 LAN addresses on 0.0.0.0, all of them on ::', () => {
    expect(listenScope('0.0.0.0', LAN)).toEqual({
      kind: 'network',
      addresses: ['192.168.1.20', '10.0.0.7'],
    });
    expect(listenScope('::', LAN)).toEqual({
      kind: 'network',
      addresses: ['192.168.1.20', '10.0.0.7', 'fd00::2'],
    });
  });

  it('is this computer only on loopback, and the one address HOST names otherwise', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      expect(listenScope(host, LAN)).toEqual({ kind: 'loopback' });
    }
    expect(listenScope('192.168.1.20', LAN)).toEqual({
      kind: 'network',
      addresses: ['192.168.1.20'],
    });
  });

  it('prints localhost for this computer wherever localhost reaches the server', () => {
    expect(['0.0.0.0', '::', '127.0.0.1', '::1'].map(displayHost)).toEqual(
      Array(4).fill('localhost'),
    );
    expect(displayHost('127.0.0.2')).toBe('127.0.0.2');
    expect(displayHost('fd00::2')).toBe('[fd00::2]');
  });
});

describe('networkLines', { timeout: 20_000 }, () => {
  it('gives one hint line on loopback', () => {
    const view = {
      host: '127.0.0.1',
      scope: listenScope('127.0.0.1', LAN),
      port: 8080,
      httpPort: null,
    };
    expect(networkLines({ ...view, tls: null })).toEqual({
      lines: [`On a tablet: npm start -- --https ${README}`],
      qrCodes: [],
    });
    const https = networkLines({ ...view, tls: generatedIdentity() });
    expect(https.lines).toEqual([
      `On a tablet: HOST=127.0.0.1 is reachable from this computer only; leave HOST unset to serve the shop's network ${README}`,
    ]);
  });

  it('lists the terminal and wallet URLs of each address, the CA download and two QR codes', () => {
    const lines = networkLines({
      host: '::',
      scope: listenScope('::', LAN),
      port: 8443,
      httpPort: 8080,
      tls: generatedIdentity(),
    });
    expect(lines.lines).toEqual([
      "On the shop's network:",
      '  Terminal:         https://192.168.1.20:8443/',
      '  Wallet simulator: https://192.168.1.20:8443/wallet',
      '  Terminal:         https://10.0.0.7:8443/',
      '  Wallet simulator: https://10.0.0.7:8443/wallet',
      '  Terminal:         https://[fd00::2]:8443/',
      '  Wallet simulator: https://[fd00::2]:8443/wallet',
      `  Trust the CA once on each device: http://192.168.1.20:8080/saoma-ca.crt ${README}`,
    ]);
    expect(lines.qrCodes).toEqual([
      { title: "Scan with the tablet's camera app: terminal", url: 'https://192.168.1.20:8443/' },
      {
        title: "Scan with a phone's camera app: wallet simulator",
        url: 'https://192.168.1.20:8443/wallet',
      },
    ]);
  });

  it('warns that plain HTTP on the LAN has no camera', () => {
    const { lines, qrCodes } = networkLines({
      host: '0.0.0.0',
      scope: listenScope('0.0.0.0', LAN.slice(0, 1)),
      port: 8080,
      httpPort: null,
      tls: null,
    });
    expect(lines.at(-1)).toBe(
      `  Warning: browsers turn the camera off on plain-HTTP addresses other than localhost: use npm start -- --https ${README}.`,
    );
    expect(qrCodes.map(({ url }) => url)).toEqual([
      'http://192.168.1.20:8080/',
      'http://192.168.1.20:8080/wallet',
    ]);
  });

  it('names the addresses a given certificate does not cover', () => {
    const covered = generatedIdentity(LAN.slice(0, 1));
    const files: TlsIdentity = {
      ...covered,
      caDer: null,
      origin: { kind: 'files', certFile: '/etc/c.pem' },
    };
    const { lines } = networkLines({
      host: '0.0.0.0',
      scope: listenScope('0.0.0.0', LAN),
      port: 443,
      httpPort: 80,
      tls: files,
    });
    expect(lines.filter((line) => line.includes('Warning'))).toEqual([
      '  Warning: the certificate in TLS_CERT does not cover 10.0.0.7; browsers will refuse https://10.0.0.7:443/',
    ]);
  });

  it('says so when the machine has no network address', () => {
    expect(
      networkLines({
        host: '0.0.0.0',
        scope: listenScope('0.0.0.0', []),
        port: 8443,
        httpPort: 8080,
        tls: null,
      }).lines,
    ).toEqual([
      "On the shop's network: no address found; connect this computer to the shop's Wi-Fi or LAN and restart Saoma.",
    ]);
  });
});

describe('httpsLines', { timeout: 20_000 }, () => {
  it('says what happened to the certificate and the CA, and where the redirect listens', () => {
    const identity = generatedIdentity();
    const reissued: TlsIdentity = {
      ...identity,
      origin: {
        kind: 'generated',
        caFile: '/data/tls/saoma-ca.pem',
        caCreated: false,
        server: { status: 'reissued', reason: 'it did not cover 10.0.0.9' },
      },
    };
    const lines = httpsLines(reissued, 'localhost', 8443, 8080);
    expect(lines[0]).toMatch(
      /^ {2}HTTPS: {7}certificate reissued because it did not cover 10\.0\.0\.9, signed by the local CA \(valid until \d{4}-\d\d-\d\d\)$/,
    );
    expect(lines.slice(1)).toEqual([
      '  Local CA:    /data/tls/saoma-ca.pem (kept); trust it once on each tablet and phone: http://localhost:8080/saoma-ca.crt',
      '  Redirect:    http://localhost:8080 redirects to HTTPS (HTTP_PORT)',
    ]);
    expect(httpsLines(reissued, 'localhost', 8443, null).slice(1)).toEqual([
      '  Local CA:    /data/tls/saoma-ca.pem (kept); trust it once on each tablet and phone: https://localhost:8443/saoma-ca.crt',
      '  Redirect:    off (HTTP_PORT=off)',
    ]);
  });
});
