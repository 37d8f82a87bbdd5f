import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import type { Bootstrapped } from '../bootstrap.ts';
import { parseConfig } from '../config.ts';
import { createHarness } from '../test-support/harness.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import type { LanAddress } from '../tls/lan-addresses.ts';
import { loadTlsIdentity, type TlsIdentity } from '../tls/tls-identity.ts';
import { httpsLines } from './https-lines.ts';
import { displayHost, listenScope } from './listen-scope.ts';
import { networkLines } from './network-lines.ts';
import { serverLines } from './server-lines.ts';
import { issueStartupPairing } from './startup-pairing.ts';

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
      '  Pairing:          npm run pair prints a one-time pairing code and QR for a tablet',
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

  it('puts the pairing codes issued at start in the URLs and QR codes, and says how long they last', () => {
    const lines = networkLines({
      host: '0.0.0.0',
      scope: listenScope('0.0.0.0', LAN),
      port: 8443,
      httpPort: 8080,
      tls: generatedIdentity(),
      pairing: { terminalCode: 'TERM23456789', walletCode: 'WALL23456789' },
    });
    expect(lines.lines).toEqual([
      "On the shop's network:",
      '  Terminal:         https://192.168.1.20:8443/#pair=TERM23456789',
      '  Wallet simulator: https://192.168.1.20:8443/wallet#pair=WALL23456789',
      '  Terminal:         https://10.0.0.7:8443/#pair=TERM23456789',
      '  Wallet simulator: https://10.0.0.7:8443/wallet#pair=WALL23456789',
      '  Pairing codes:    terminal TERM23456789, wallet simulator WALL23456789 (in the URLs and QR codes); each is good for one device and 10 minutes',
      '  Next code:        npm run pair (terminal), npm run pair -- --wallet (wallet simulator); later also from the back office',
      `  Trust the CA once on each device: http://192.168.1.20:8080/saoma-ca.crt ${README}`,
    ]);
    expect(lines.qrCodes).toEqual([
      {
        title: "Scan with the tablet's camera app: terminal",
        url: 'https://192.168.1.20:8443/#pair=TERM23456789',
      },
      {
        title: "Scan with a phone's camera app: wallet simulator",
        url: 'https://192.168.1.20:8443/wallet#pair=WALL23456789',
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

describe('serverLines', () => {
  const config = (() => {
    const parsed = parseConfig({}, '/srv');
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    return parsed.config;
  })();
  const boot = (fields: Partial<Bootstrapped>): Bootstrapped => ({
    adminTokenHash: 'ab'.repeat(32),
    adminTokenSource: 'stored',
    generatedAdminToken: null,
    merchant: { id: 'm_1', name: 'Saoma Demo Shop' },
    demoWallets: [{ id: 'w_alice', name: 'Alice', balance: 1_000_000, paymentLimit: 5_000_000 }],
    ...fields,
  });
  const adminLine = (fields: Partial<Bootstrapped>) =>
    serverLines(config, boot(fields)).find((line) => line.startsWith('  Admin token:'));

  it('prints the admin token only at the start that generated it', () => {
    expect(
      adminLine({ adminTokenSource: 'generated', generatedAdminToken: 'fresh-token-123' }),
    ).toBe(
      '  Admin token: fresh-token-123 (generated now and stored as a hash: note it, it is shown only this once; set ADMIN_TOKEN to choose one)',
    );
    expect(adminLine({ adminTokenSource: 'stored' })).toBe(
      '  Admin token: set (generated at the first start, stored as a hash); to replace it, start with ADMIN_TOKEN=<new token>',
    );
    expect(adminLine({ adminTokenSource: 'env' })).toBe('  Admin token: set from ADMIN_TOKEN');
  });

  it("lists the demo wallets without any token, and no line holds the admin token's hash", () => {
    const lines = serverLines(config, boot({}));
    expect(lines).toContain('  Demo wallet: Alice     w_alice  balance 10000.00');
    expect(lines.filter((line) => line.includes('Demo wallet')).join('\n')).not.toMatch(/token/i);
    expect(lines.join('\n')).not.toContain('ab'.repeat(32));
  });
});

describe('issueStartupPairing', () => {
  const network = listenScope('0.0.0.0', LAN);

  it('issues a terminal and a demo wallet code in demo mode on the network, and both redeem once', async () => {
    const h = await createHarness({ demo: true });
    const pairing = await issueStartupPairing(h.store, { demo: true, scope: network }, h.now());
    if (pairing === null || pairing.walletCode === null) throw new Error('no codes');
    const tablet = { from: '192.168.1.30', body: { code: pairing.terminalCode, name: 'Tablet' } };
    expect((await h.request('POST', apiPaths.pairings, tablet)).status).toBe(201);
    expect((await h.request('POST', apiPaths.pairings, tablet)).status).toBe(400);
    const phone = { from: '192.168.1.31', body: { code: pairing.walletCode } };
    expect((await h.request('POST', apiPaths.walletPairings, phone)).status).toBe(201);
    expect((await h.request('POST', apiPaths.walletPairings, phone)).status).toBe(400);
  });

  it('issues none on loopback, with no LAN address, or outside demo mode', async () => {
    const h = await createHarness({ demo: true });
    const at = h.now();
    const loopback = listenScope('127.0.0.1', LAN);
    expect(await issueStartupPairing(h.store, { demo: true, scope: loopback }, at)).toBeNull();
    const nowhere = listenScope('0.0.0.0', []);
    expect(await issueStartupPairing(h.store, { demo: true, scope: nowhere }, at)).toBeNull();
    expect(await issueStartupPairing(h.store, { demo: false, scope: network }, at)).toBeNull();
  });
});
