import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, type NetworkInterfaceInfo } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { loadCertificateFiles } from './certificate-files.ts';
import { currentLanAddresses, lanAddresses, type LanAddress } from './lan-addresses.ts';
import { loadTlsIdentity, type Machine, type TlsIdentity } from './tls-identity.ts';
import { TlsSetupError } from './tls-setup-error.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const EXTRA = ['saoma.test', 'shop-laptop', '10.9.8.7'];

function generated(dataDir: string, machine: Machine, now = NOW, extraNames = EXTRA) {
  return loadTlsIdentity({ kind: 'generated', extraNames }, dataDir, machine, now);
}

function caOf(dataDir: string): X509Certificate {
  return new X509Certificate(readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem')));
}

function fakeInterface(address: string): NetworkInterfaceInfo {
  const family = address.includes(':') ? 'IPv6' : 'IPv4';
  return family === 'IPv4'
    ? {
        address,
        family,
        netmask: '255.255.255.0',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: null,
      }
    : {
        address,
        family,
        netmask: 'ffff:ffff:ffff:ffff::',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: null,
        scopeid: 0,
      };
}

/** Asserts that the server certificate is signed by the data dir's CA and covers everything. */
function expectCovers(identity: TlsIdentity, dataDir: string, lan: readonly LanAddress[]): void {
  const cert = identity.certificate;
  const ca = caOf(dataDir);
  expect(ca.ca).toBe(true);
  expect(cert.ca).toBe(false);
  expect(cert.verify(ca.publicKey)).toBe(true);
  expect(cert.issuer).toBe(ca.subject);
  expect(cert.keyUsage).toContain(SERVER_AUTH);
  for (const { address } of lan) expect(cert.checkIP(address), address).toBe(address);
  for (const ip of ['127.0.0.1', '::1', '10.9.8.7']) expect(cert.checkIP(ip), ip).toBe(ip);
  for (const name of ['localhost', 'saoma.test', 'shop-laptop']) {
    expect(cert.checkHost(name), name).toBe(name);
  }
  expect(cert.checkHost('elsewhere.example')).toBeUndefined();
  expect(cert.checkIP('192.0.2.254')).toBeUndefined();
}

// Each test makes RSA keys, a few hundred milliseconds apiece.
describe('the generated HTTPS certificate', { timeout: 20_000 }, () => {
  it('covers every LAN address this machine reports, localhost, loopback and the extra names', () => {
    const dataDir = tempDir('tls');
    const machine = { hostname: hostname(), lan: currentLanAddresses() };
    const identity = generated(dataDir, machine);
    expectCovers(identity, dataDir, machine.lan);
    const machineName = hostname()
      .toLowerCase()
      .replace(/\.local$/, '');
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(machineName)) {
      expect(identity.certificate.checkHost(machineName)).toBe(machineName);
      expect(identity.certificate.checkHost(`${machineName}.local`)).toBe(`${machineName}.local`);
    }
    expect(identity.origin).toMatchObject({
      kind: 'generated',
      caCreated: true,
      server: { status: 'created' },
    });
    expect(identity.caDer).toEqual(caOf(dataDir).raw);
  });

  it('covers the addresses reported for injected interfaces, IPv4 and IPv6', () => {
    const dataDir = tempDir('tls');
    const lan = lanAddresses({
      eth0: [
        fakeInterface('192.168.1.20'),
        fakeInterface('fd12:3456::20'),
        fakeInterface('fe80::1'),
      ],
      wlan0: [fakeInterface('10.0.0.7')],
    });
    expect(lan.map(({ address }) => address)).toEqual([
      '192.168.1.20',
      '10.0.0.7',
      'fd12:3456::20',
    ]);
    const identity = generated(dataDir, { hostname: 'shop-pc', lan });
    expectCovers(identity, dataDir, lan);
    expect(identity.certificate.checkHost('shop-pc')).toBe('shop-pc');
    expect(identity.certificate.checkHost('shop-pc.local')).toBe('shop-pc.local');
  });

  it('is a CA made once: 10 years, signs certificates only, key readable by the owner alone', () => {
    const dataDir = tempDir('tls');
    generated(dataDir, { hostname: 'shop-pc', lan: [] });
    const ca = caOf(dataDir);
    expect(ca.subject).toBe('CN=Saoma local CA (shop-pc)');
    expect(ca.checkIssued(ca)).toBe(true);
    const years = (Date.parse(ca.validTo) - NOW.getTime()) / (365 * DAY_MS);
    expect(years).toBeGreaterThan(9.9);
    expect(years).toBeLessThan(10.1);
    expect(statSync(path.join(dataDir, 'tls', 'saoma-ca-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, 'tls', 'server-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('is valid for at most 398 days, as iOS requires', () => {
    const identity = generated(tempDir('tls'), { hostname: 'shop-pc', lan: [] });
    const days =
      (Date.parse(identity.certificate.validTo) - Date.parse(identity.certificate.validFrom)) /
      DAY_MS;
    expect(days).toBeLessThanOrEqual(398);
    expect(days).toBeGreaterThan(390);
  });

  it('keeps the CA and the certificate when restarted with the same data dir', () => {
    const dataDir = tempDir('tls');
    const machine = {
      hostname: 'shop-pc',
      lan: lanAddresses({ eth0: [fakeInterface('192.168.1.20')] }),
    };
    const first = generated(dataDir, machine);
    const caPem = readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem'), 'utf8');
    const second = generated(dataDir, machine, new Date(NOW.getTime() + DAY_MS));
    expect(second.origin).toMatchObject({ caCreated: false, server: { status: 'kept' } });
    expect(second.cert).toBe(first.cert);
    expect(second.key).toBe(first.key);
    expect(readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem'), 'utf8')).toBe(caPem);
  });

  it('reissues the certificate with the same CA when the machine has a new address', () => {
    const dataDir = tempDir('tls');
    const before = generated(dataDir, {
      hostname: 'shop-pc',
      lan: lanAddresses({ eth0: [fakeInterface('192.168.1.20')] }),
    });
    const caBefore = caOf(dataDir);
    const lan = lanAddresses({
      eth0: [fakeInterface('192.168.1.20')],
      wlan0: [fakeInterface('10.1.1.5')],
    });
    const after = generated(dataDir, { hostname: 'shop-pc', lan });
    expect(after.origin).toMatchObject({
      caCreated: false,
      server: { status: 'reissued', reason: 'it did not cover 10.1.1.5' },
    });
    expect(after.cert).not.toBe(before.cert);
    expect(caOf(dataDir).raw).toEqual(caBefore.raw);
    expectCovers(after, dataDir, lan);
    expect(after.certificate.verify(caBefore.publicKey)).toBe(true);
  });

  it('reissues it 30 days before it expires, after the clock went back, and when its files are broken', () => {
    const dataDir = tempDir('tls');
    const machine = { hostname: 'shop-pc', lan: [] };
    generated(dataDir, machine);
    const expiry = new Date(NOW.getTime() + 397 * DAY_MS).toISOString().slice(0, 10);
    expect(
      generated(dataDir, machine, new Date(NOW.getTime() + 360 * DAY_MS)).origin,
    ).toMatchObject({
      server: { status: 'kept' },
    });
    expect(
      generated(dataDir, machine, new Date(NOW.getTime() + 370 * DAY_MS)).origin,
    ).toMatchObject({
      server: { status: 'reissued', reason: `it expires on ${expiry}` },
    });
    expect(generated(dataDir, machine).origin).toMatchObject({
      server: {
        status: 'reissued',
        reason: `it is valid only from ${new Date(NOW.getTime() + 370 * DAY_MS - 3_600_000).toISOString().slice(0, 10)} (the clock went back)`,
      },
    });
    writeFileSync(path.join(dataDir, 'tls', 'server.pem'), 'not a certificate');
    expect(generated(dataDir, machine).origin).toMatchObject({
      server: { status: 'reissued', reason: 'it could not be read' },
    });
    writeFileSync(
      path.join(dataDir, 'tls', 'server-key.pem'),
      generated(tempDir('tls'), machine).key,
    );
    expect(generated(dataDir, machine).origin).toMatchObject({
      caCreated: false,
      server: { status: 'reissued', reason: 'its key file does not match it' },
    });
  });

  it('refuses a broken or incomplete CA instead of silently making a new one', () => {
    const dataDir = tempDir('tls');
    const machine = { hostname: 'shop-pc', lan: [] };
    generated(dataDir, machine);
    const caFile = path.join(dataDir, 'tls', 'saoma-ca.pem');
    const caPem = readFileSync(caFile, 'utf8');
    writeFileSync(caFile, 'garbage');
    expect(() => generated(dataDir, machine)).toThrow(TlsSetupError);
    expect(() => generated(dataDir, machine)).toThrow(/saoma-ca\.pem cannot be used .* delete/);
    writeFileSync(caFile, caPem);
    writeFileSync(
      path.join(dataDir, 'tls', 'saoma-ca-key.pem'),
      generated(tempDir('tls'), machine).key,
    );
    expect(() => generated(dataDir, machine)).toThrow(/saoma-ca-key\.pem is not its key/);
  });
});

describe('TLS_CERT and TLS_KEY', { timeout: 20_000 }, () => {
  function someCertificate() {
    const dataDir = tempDir('tls');
    const identity = generated(dataDir, { hostname: 'shop-pc', lan: [] });
    const certFile = path.join(dataDir, 'cert.pem');
    const keyFile = path.join(dataDir, 'key.pem');
    writeFileSync(certFile, identity.cert);
    writeFileSync(keyFile, identity.key);
    return { dataDir, certFile, keyFile, identity };
  }

  it('serves the given certificate and key, and hands out no CA', () => {
    const { dataDir, certFile, keyFile, identity } = someCertificate();
    const loaded = loadTlsIdentity(
      { kind: 'files', certFile, keyFile },
      dataDir,
      { hostname: 'x', lan: [] },
      NOW,
    );
    expect(loaded.cert).toBe(identity.cert);
    expect(loaded.caDer).toBeNull();
    expect(loaded.origin).toEqual({ kind: 'files', certFile });
  });

  it('explains a missing file, a file that is not PEM, and a key of another certificate', () => {
    const { dataDir, certFile, keyFile } = someCertificate();
    expect(() => loadCertificateFiles(path.join(dataDir, 'nope.pem'), keyFile)).toThrow(
      /cannot read TLS_CERT \(.*nope\.pem\): no such file\.$/,
    );
    expect(() => loadCertificateFiles(certFile, path.join(dataDir, 'nope.pem'))).toThrow(
      /cannot read TLS_KEY/,
    );
    expect(() => loadCertificateFiles(keyFile, keyFile)).toThrow(
      /TLS_CERT .* is not a PEM certificate/,
    );
    expect(() => loadCertificateFiles(certFile, certFile)).toThrow(
      /TLS_KEY .* is not a PEM private key/,
    );
    const other = someCertificate();
    expect(() => loadCertificateFiles(certFile, other.keyFile)).toThrow(
      /TLS_KEY .* is not the private key of the certificate in TLS_CERT/,
    );
  });
});
